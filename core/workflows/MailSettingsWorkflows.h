#pragma once
// The mail settings (Settings → Mail, `certdesk-cli mail configure`): the mail server with the
// administrator address, and the notification templates. Each save writes its "settings-changed"
// history rows in the same transaction. The SMTP password is not stored here: it goes to the keychain
// (MailConfig::storePassword).
#include "mail/MailTemplates.h"
#include "mail/SmtpSettings.h"
#include "session/WorkflowContext.h"

#include <optional>

namespace certdesk {

class MailSettingsWorkflows
{
public:
    explicit MailSettingsWorkflows(WorkflowContext& ctx) : m_ctx(ctx) {}

    // Validates and stores every mail server setting (MailConfig::save) and, when given, the
    // administrator address, with one "key=value" history row per key whose stored value changed.
    // Nothing is committed when nothing changed. Returns how many keys changed.
    Result<int> saveServer(const SmtpSettings& smtp, const std::optional<QString>& adminAddress);
    // Stores the subject and body of one template in one language (checked as MailTemplates::validate
    // does), with the history row "mail.template.<id>.<lang>".
    Status saveTemplate(MailTemplateId which, const QString& language, const MailTemplate& tmpl);
    // Back to the shipped text, with the history row "mail.template.<id>.<lang>=default".
    Status resetTemplate(MailTemplateId which, const QString& language);

private:
    WorkflowContext& m_ctx;
};

} // namespace certdesk
