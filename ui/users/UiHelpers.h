#pragma once
// Small helpers shared by the Users & certificates dialogs: inline error labels and user names.
#include "DateFormat.h"
#include "store/Records.h"
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QTimer>

namespace certdesk::uihelpers {

// A red label under a field, hidden while there is nothing to say.
inline QLabel* makeErrorLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c0001a;"));
    label->setVisible(false);
    return label;
}

inline void setError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

// Makes a shown window taller when wrapped texts (errors appearing) need more room than it has;
// Qt does not grow a top-level window for height-for-width content by itself.
inline void growToFit(QWidget* window)
{
    QLayout* layout = window->layout();
    if (!layout || !window->isVisible())
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

// growToFit() once the layout has taken in the texts just set (the next turn of the event loop).
inline void growToFitLater(QWidget* window)
{
    QTimer::singleShot(0, window, [window] { growToFit(window); });
}

// A note in a smaller, muted font.
inline QLabel* makeNoteLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A form row whose label text is set later (retranslateUi) through QFormLayout::labelForField().
// (addRow(QString(), field) would create no label at all.)
inline QLabel* addLabelledRow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

inline QString localDateTime(const QDateTime& utc)
{
    return utc.isValid() ? dateformat::dateTime(utc) : QString();
}

} // namespace certdesk::uihelpers
