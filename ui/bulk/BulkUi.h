#pragma once
// Small widget helpers shared by the sections of the Bulk screen.
#include <QLabel>

namespace certdesk::bulkui {

// A selectable, wrapping status line that takes no room while it is empty.
inline QLabel* makeStatusLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    return label;
}

inline void setStatus(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace certdesk::bulkui
