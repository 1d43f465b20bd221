#pragma once
// Queues the notification mails of a change in that change's transaction (SPEC §8): after issuing, the
// download request to the notification address (with the .p12 attached when the device policy says so)
// and, for an auto-generated key password, a separate key-password mail. Secrets ({key_password},
// {download_url}) are kept sealed (PasswordSealer) in the outbox and filled in only when sending.
#include "session/WorkflowContext.h"
#include "store/Settings.h"

namespace certdesk {

struct QueuedMails
{
    int count = 0;           // mails queued
    bool configured = false; // false: mail is not configured, nothing was queued
};

class MailQueue
{
    Q_DECLARE_TR_FUNCTIONS(MailQueue)
public:
    // Inside the caller's open transaction; the PasswordSealer must already exist (ctx.passwordSealer()
    // called before the transaction). `generatedPassword` is empty for a manual password.
    static Result<QueuedMails> queueIssued(WorkflowContext& ctx, const CertificateRecord& cert,
                                           const UserRecord& user, const QByteArray& generatedPassword,
                                           const QString& downloadUrl);
    // `certdesk-cli remind --within DAYS`: an expiry-reminder mail for every certificate awaiting download
    // or in use that expires within `withinDays` and was not yet reminded for this threshold, each with a
    // "reminder" history row; returns how many were queued (one transaction).
    static Result<int> queueExpiryReminders(WorkflowContext& ctx, int withinDays);
    // A mail to the administrator (SettingKey::MailAdminAddress) in the organisation's mail language, inside
    // the caller's transaction; nothing when mail or the address is not configured. `values` adds to
    // {org_name}.
    static Status queueAdmin(WorkflowContext& ctx, int templateId, const QHash<QString, QString>& values);
    static bool mailConfigured(const Settings& settings);

private:
    // {org_name}, {user_name} (in the mail language), {login_id}, {device}.
    static Result<QHash<QString, QString>> commonValues(WorkflowContext& ctx, const Settings& settings,
                                                        const CertificateRecord& cert, const UserRecord& user,
                                                        const QString& language);
};

} // namespace certdesk
