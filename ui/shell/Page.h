#pragma once
// A screen of the main window. Pages rebuild their texts in retranslateUi() (language switches live)
// and reload their data in refresh().
#include "AppSession.h"
#include <QEvent>
#include <QWidget>

namespace certdesk {

class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(AppSession& session, QWidget* parent = nullptr) : QWidget(parent), m_session(session) {}
    virtual QString title() const = 0; // navigation label, translated
    virtual void refresh() {}

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslateUi();
        QWidget::changeEvent(event);
    }
    virtual void retranslateUi() = 0;
    AppSession& m_session;
};

} // namespace certdesk
