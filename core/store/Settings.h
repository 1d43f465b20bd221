#pragma once
// One typed settings table (key → text) with the defaults in code. Secrets are never stored here.
#include "store/Database.h"

namespace certdesk {

namespace SettingKey {
inline const QString OrgName = QStringLiteral("org.name");
inline const QString MaxCertsPerUser = QStringLiteral("limits.max_certs_per_user");
// 契約数: how many active certificates (not revoked, not expired) the organisation has contracted for;
// issuing past it is refused (core/workflows/LicenceLimit). 0: no limit.
inline const QString LicenceContracted = QStringLiteral("licence.contracted");
inline const QString CertValidityDays = QStringLiteral("policy.validity_days");
inline const QString DownloadDeadlineDays = QStringLiteral("delivery.deadline_days");
inline const QString DownloadLimit = QStringLiteral("delivery.download_limit");
inline const QString CrlNextUpdateDays = QStringLiteral("crl.next_update_days");
// No longer settings: the CRL publish folder and command are local configuration of the computer that
// publishes (core/revocation/PublishTarget). A value older versions stored under these keys is never read
// for publishing, and Settings::set refuses them.
inline const QString CrlPublishDir = QStringLiteral("crl.publish_dir");
inline const QString CrlPublishCommand = QStringLiteral("crl.publish_command");
inline const QString CrlUrl = QStringLiteral("urls.crl");
inline const QString OcspUrl = QStringLiteral("urls.ocsp");
inline const QString CaIssuersUrl = QStringLiteral("urls.ca_issuers");
inline const QString PortalBaseUrl = QStringLiteral("urls.portal");
inline const QString DefaultCertAuth = QStringLiteral("users.default_cert_auth");
inline const QString MailLanguage = QStringLiteral("mail.language");
inline const QString Language = QStringLiteral("ui.language");
// Minutes without keyboard or mouse input after which the desktop locks and forgets the unlocked CA.
inline const QString IdleLockMinutes = QStringLiteral("session.idle_lock_minutes");
// Mail server; the SMTP password is in the OS keychain, never here.
inline const QString SmtpHost = QStringLiteral("mail.smtp.host");
inline const QString SmtpPort = QStringLiteral("mail.smtp.port");
inline const QString SmtpSecurity = QStringLiteral("mail.smtp.security"); // none | starttls | tls
inline const QString SmtpUser = QStringLiteral("mail.smtp.user");
inline const QString SmtpSender = QStringLiteral("mail.smtp.sender"); // 通知メール送信者アドレス
inline const QString SmtpSenderName = QStringLiteral("mail.smtp.sender_name");
inline const QString SmtpReplyTo = QStringLiteral("mail.smtp.reply_to");
inline const QString SmtpTimeout = QStringLiteral("mail.smtp.timeout_seconds");
inline const QString SmtpCaFile = QStringLiteral("mail.smtp.ca_file");
// 1: the SMTP password may be sent over a connection without TLS (security "none"); default 0 refuses.
inline const QString SmtpAllowPlainAuth = QStringLiteral("mail.smtp.allow_plain_auth");
inline const QString MailAdminAddress =
    QStringLiteral("mail.admin_address"); // bulk accepted/rejected, issuance failed
// Per device type: "device.<id>.profile" | ".key_type" | ".attach"
QString device(const QString& deviceId, const char* field);
} // namespace SettingKey

class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
public:
    explicit Settings(Database& db) : m_db(db) {}

    QString value(const QString& key) const; // stored value or the default
    int intValue(const QString& key) const;
    bool boolValue(const QString& key) const;
    // Validates known keys (numbers in range, ids known); writes inside the caller's transaction if any.
    Status set(const QString& key, const QString& value);
    static QString defaultValue(const QString& key);
    static QStringList knownKeys();
    static QString validate(const QString& key, const QString& value); // translated error or empty

private:
    Database& m_db;
};

} // namespace certdesk
