#include "CliJson.h"

#include <QJsonArray>

namespace certdesk::cli {

QString isoTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm")) : QString();
}

QJsonObject toJson(const UserRecord& u)
{
    return {{QStringLiteral("login_id"), u.loginId},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("name"), u.displayName},
            {QStringLiteral("department"), u.department},
            {QStringLiteral("title"), u.title},
            {QStringLiteral("groups"), QJsonArray::fromStringList(u.groups)},
            {QStringLiteral("cert_auth"), u.certAuth},
            {QStringLiteral("mail_language"), u.mailLanguage},
            {QStringLiteral("created_at"), isoTime(u.createdAt)},
            {QStringLiteral("updated_at"), isoTime(u.updatedAt)}};
}

QJsonObject toJson(const IdentityRecord& i)
{
    return {{QStringLiteral("family_name"), i.familyName},
            {QStringLiteral("given_name"), i.givenName},
            {QStringLiteral("family_kana"), i.familyKana},
            {QStringLiteral("given_kana"), i.givenKana},
            {QStringLiteral("family_en"), i.familyEn},
            {QStringLiteral("given_en"), i.givenEn},
            {QStringLiteral("registered_at"), isoTime(i.registeredAt)},
            {QStringLiteral("registered_by"), i.registeredBy}};
}

QJsonObject toJson(const CertificateRecord& c)
{
    return {{QStringLiteral("login_id"), c.loginId},
            {QStringLiteral("slot"), c.slot},
            {QStringLiteral("device"), c.device},
            {QStringLiteral("notify_email"), c.notifyEmail},
            {QStringLiteral("remarks"), c.remarks},
            {QStringLiteral("status"), certStatusId(c.status)},
            {QStringLiteral("serial"), c.serialHex},
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("key_type"), c.keyType},
            {QStringLiteral("pkcs12_profile"), c.pkcs12Profile},
            {QStringLiteral("not_before"), isoTime(c.notBefore)},
            {QStringLiteral("not_after"), isoTime(c.notAfter)},
            {QStringLiteral("download_deadline"), isoTime(c.downloadDeadline)},
            {QStringLiteral("downloaded_at"), isoTime(c.downloadedAt)},
            {QStringLiteral("download_count"), c.downloadCount},
            {QStringLiteral("revoked_at"), isoTime(c.revokedAt)},
            {QStringLiteral("revocation_reason"), c.revocationReason},
            {QStringLiteral("password_auto"), c.passwordAuto},
            {QStringLiteral("issued_by"), c.issuedBy},
            {QStringLiteral("issued_at"), isoTime(c.issuedAt)}};
}

QJsonObject toJson(const CaRecord& c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("serial"), c.serialHex},
            {QStringLiteral("key_type"), c.keyType},
            {QStringLiteral("sha256_fingerprint"), c.fingerprint},
            {QStringLiteral("not_before"), isoTime(c.notBefore)},
            {QStringLiteral("not_after"), isoTime(c.notAfter)},
            {QStringLiteral("crl_number"), c.crlNumber}};
}

QJsonObject toJson(const HistoryEntry& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("operation"), e.operation},
            {QStringLiteral("operator"), e.operatorName},
            {QStringLiteral("target"), e.targetLogin},
            {QStringLiteral("device"), e.device},
            {QStringLiteral("notify_email"), e.notifyEmail},
            {QStringLiteral("remarks"), e.remarks},
            {QStringLiteral("host"), e.host},
            {QStringLiteral("user_agent"), e.userAgent},
            {QStringLiteral("details"), e.details}};
}

} // namespace certdesk::cli
