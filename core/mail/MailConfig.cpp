#include "mail/MailConfig.h"
#include "secrets/Keychain.h"
#include "text/EmailAddress.h"

namespace certdesk {

SmtpSettings MailConfig::load(const Settings& s)
{
    SmtpSettings m;
    m.host = s.value(SettingKey::SmtpHost);
    m.port = s.intValue(SettingKey::SmtpPort);
    smtpSecurityFromId(s.value(SettingKey::SmtpSecurity), &m.security);
    m.user = s.value(SettingKey::SmtpUser);
    m.sender = s.value(SettingKey::SmtpSender);
    m.senderName = s.value(SettingKey::SmtpSenderName);
    m.replyTo = s.value(SettingKey::SmtpReplyTo);
    m.timeoutSeconds = s.intValue(SettingKey::SmtpTimeout);
    m.caFile = s.value(SettingKey::SmtpCaFile);
    m.allowPlainAuth = s.boolValue(SettingKey::SmtpAllowPlainAuth);
    return m;
}

Status MailConfig::save(Settings& s, const SmtpSettings& m)
{
    if (m.host.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the mail server's host name."));
    if (m.sender.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the sender address of notification mails."));
    for (const QString& address : {m.sender, m.replyTo}) {
        if (const QString a = address.trimmed(); !a.isEmpty() && !isValidEmailAddress(a))
            return makeError(ErrorCode::Invalid, tr("\"%1\" is not a valid e-mail address.").arg(a));
    }
    const QList<QPair<QString, QString>> values = {
        {SettingKey::SmtpHost, m.host.trimmed()},
        {SettingKey::SmtpPort, QString::number(m.port)},
        {SettingKey::SmtpSecurity, smtpSecurityId(m.security)},
        {SettingKey::SmtpUser, m.user.trimmed()},
        {SettingKey::SmtpSender, m.sender.trimmed()},
        {SettingKey::SmtpSenderName, m.senderName.trimmed()},
        {SettingKey::SmtpReplyTo, m.replyTo.trimmed()},
        {SettingKey::SmtpTimeout, QString::number(m.timeoutSeconds)},
        {SettingKey::SmtpCaFile, m.caFile},
        {SettingKey::SmtpAllowPlainAuth, m.allowPlainAuth ? QStringLiteral("1") : QStringLiteral("0")},
    };
    for (const auto& [key, value] : values) {
        if (auto r = s.set(key, value); !r)
            return r;
    }
    return {};
}

Result<QByteArray> MailConfig::password(const SmtpSettings& smtp)
{
    if (smtp.user.isEmpty())
        return QByteArray();
    const QByteArray env = qgetenv("CERTDESK_SMTP_PASSWORD");
    if (!env.isEmpty())
        return env;
    if (!Keychain::sessionPresent())
        return makeError(
            ErrorCode::Locked,
            tr("The SMTP password is not available: no keychain on this session. "
               "Store it with \"certdesk-cli mail configure --password-file\" in a desktop session, "
               "or set CERTDESK_SMTP_PASSWORD."));
    auto pw = Keychain::load(smtp.keychainKey());
    if (!pw && pw.error().code == ErrorCode::NotFound) {
        // Stored by a CertDesk that kept one entry for every server: move it under this server's key.
        auto legacy = Keychain::load(SmtpSettings::legacyKeychainKey());
        if (legacy) {
            if (auto s = Keychain::store(smtp.keychainKey(), legacy.value()); !s)
                return s.error();
            if (auto s = Keychain::remove(SmtpSettings::legacyKeychainKey()); !s)
                return s.error();
            return legacy.value();
        }
        if (legacy.error().code != ErrorCode::NotFound)
            return legacy.error();
    }
    if (!pw) {
        if (pw.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::Locked,
                             tr("The SMTP password for %1 on %2 is not stored in the keychain. Store it "
                                "with certdesk-cli mail configure --password-file.")
                                 .arg(smtp.user, smtp.host));
        return pw.error();
    }
    return pw.value();
}

Status MailConfig::storePassword(const SmtpSettings& smtp, const QByteArray& password)
{
    if (smtp.user.trimmed().isEmpty() || smtp.host.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The SMTP password needs the server and the user name."));
    return Keychain::store(smtp.keychainKey(), password);
}

QString MailConfig::notConfiguredMessage()
{
    return tr("Mail is not configured: set the mail server and the sender address with certdesk-cli mail "
              "configure.");
}

} // namespace certdesk
