#pragma once
// The mail server settings as stored (Settings keys mail.smtp.*) and the SMTP password (OS keychain, or
// CERTDESK_SMTP_PASSWORD for headless runs) — never in the database, settings file or logs.
#include "mail/SmtpSettings.h"
#include "store/Settings.h"

namespace certdesk {

class MailConfig
{
    Q_DECLARE_TR_FUNCTIONS(MailConfig)
public:
    static SmtpSettings load(const Settings& settings);
    // Validates (host, port, sender and reply-to addresses) and writes every key; inside the caller's
    // transaction if any.
    static Status save(Settings& settings, const SmtpSettings& smtp);
    // The password for smtp.user: CERTDESK_SMTP_PASSWORD, else the keychain entry of this user, host and
    // port (SmtpSettings::keychainKey). The single entry older versions kept is moved there on first read
    // (read, stored under the new key, deleted). Empty when no user.
    static Result<QByteArray> password(const SmtpSettings& smtp);
    static Status storePassword(const SmtpSettings& smtp, const QByteArray& password); // keychain
    static QString notConfiguredMessage();
};

} // namespace certdesk
