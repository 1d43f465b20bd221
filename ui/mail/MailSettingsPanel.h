#pragma once
// Settings → Mail: the mail server form, the template editor and the outbox, one tab each.
#include <QWidget>

class QTabWidget;

namespace certdesk {
class AppSession;
class MailServerForm;
class MailTemplateEditor;
class OutboxView;

class MailSettingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MailSettingsPanel(AppSession& session, QWidget* parent = nullptr);
    enum Tab { ServerTab, TemplatesTab, OutboxTab };
    void showTab(Tab tab);
    MailServerForm* serverForm() const { return m_server; }
    MailTemplateEditor* templateEditor() const { return m_templates; }
    OutboxView* outboxView() const { return m_outbox; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QTabWidget* m_tabs;
    MailServerForm* m_server;
    MailTemplateEditor* m_templates;
    OutboxView* m_outbox;
};

} // namespace certdesk
