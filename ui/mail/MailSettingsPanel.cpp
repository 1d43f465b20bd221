#include "MailSettingsPanel.h"
#include "AppSession.h"
#include "MailServerForm.h"
#include "MailTemplateEditor.h"
#include "OutboxView.h"

#include <QEvent>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace certdesk {

MailSettingsPanel::MailSettingsPanel(AppSession& session, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_server(new MailServerForm(session)),
      m_templates(new MailTemplateEditor(session)), m_outbox(new OutboxView(session))
{
    setObjectName(QStringLiteral("mailSettingsPanel"));
    m_tabs->setObjectName(QStringLiteral("mailTabs"));
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_server);
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_templates, QString());
    m_tabs->addTab(m_outbox, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(&session, &AppSession::settingsChanged, m_server, [this] {
        if (!m_server->isVisible())
            m_server->load(); // changed elsewhere (e.g. the CLI is not live; another screen): keep in step
    });
    retranslateUi();
}

void MailSettingsPanel::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void MailSettingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MailSettingsPanel::retranslateUi()
{
    m_tabs->setTabText(ServerTab, tr("Mail server"));
    m_tabs->setTabText(TemplatesTab, tr("Templates"));
    m_tabs->setTabText(OutboxTab, tr("Outbox"));
    m_server->retranslateUi();
    m_templates->retranslateUi();
    m_outbox->retranslateUi();
}

} // namespace certdesk
