#include "store/Settings.h"
#include "ca/CryptoTypes.h"
#include "text/EmailAddress.h"

#include <QHash>
#include <QUrl>

namespace certdesk {

QString SettingKey::device(const QString& deviceId, const char* field)
{
    return QStringLiteral("device.") + deviceId + QLatin1Char('.') + QLatin1String(field);
}

namespace {

struct IntRange
{
    int min;
    int max;
};

const QHash<QString, QString>& defaults()
{
    static const QHash<QString, QString> map = {
        {SettingKey::OrgName, QString()},
        {SettingKey::MaxCertsPerUser, QStringLiteral("5")},
        {SettingKey::LicenceContracted, QStringLiteral("0")},
        {SettingKey::CertValidityDays, QStringLiteral("365")},
        {SettingKey::DownloadDeadlineDays, QStringLiteral("14")},
        {SettingKey::DownloadLimit, QStringLiteral("3")},
        {SettingKey::CrlNextUpdateDays, QStringLiteral("7")},
        {SettingKey::CrlUrl, QString()},
        {SettingKey::OcspUrl, QString()},
        {SettingKey::CaIssuersUrl, QString()},
        {SettingKey::PortalBaseUrl, QString()},
        {SettingKey::DefaultCertAuth, QStringLiteral("0")},
        {SettingKey::MailLanguage, QStringLiteral("ja")},
        {SettingKey::Language, QString()},
        {SettingKey::IdleLockMinutes, QStringLiteral("15")},
        {SettingKey::SmtpHost, QString()},
        {SettingKey::SmtpPort, QStringLiteral("587")},
        {SettingKey::SmtpSecurity, QStringLiteral("starttls")},
        {SettingKey::SmtpUser, QString()},
        {SettingKey::SmtpSender, QString()},
        {SettingKey::SmtpSenderName, QString()},
        {SettingKey::SmtpReplyTo, QString()},
        {SettingKey::SmtpTimeout, QStringLiteral("30")},
        {SettingKey::SmtpCaFile, QString()},
        {SettingKey::SmtpAllowPlainAuth, QStringLiteral("0")},
        {SettingKey::MailAdminAddress, QString()},
    };
    return map;
}

const QHash<QString, IntRange>& ranges()
{
    static const QHash<QString, IntRange> map = {
        {SettingKey::MaxCertsPerUser, {1, 50}},       {SettingKey::CertValidityDays, {1, 3650}},
        {SettingKey::DownloadDeadlineDays, {1, 365}}, {SettingKey::DownloadLimit, {1, 100}},
        {SettingKey::CrlNextUpdateDays, {1, 365}},    {SettingKey::DefaultCertAuth, {0, 1}},
        {SettingKey::SmtpPort, {1, 65535}},           {SettingKey::SmtpTimeout, {1, 600}},
        {SettingKey::IdleLockMinutes, {1, 480}},      {SettingKey::SmtpAllowPlainAuth, {0, 1}},
        {SettingKey::LicenceContracted, {0, 100000}},
    };
    return map;
}

} // namespace

QString Settings::defaultValue(const QString& key)
{
    return defaults().value(key);
}

QStringList Settings::knownKeys()
{
    QStringList keys = defaults().keys();
    keys.sort();
    return keys;
}

QString Settings::validate(const QString& key, const QString& value)
{
    // A command in the database would run on whichever computer publishes the CRL (issue 13).
    if (key == SettingKey::CrlPublishDir || key == SettingKey::CrlPublishCommand)
        return tr("%1 is no longer kept in the database: the CRL folder and the command run after "
                  "publishing are set on the computer that publishes (the file crl-publish.conf, "
                  "Settings → Portal and CRL, or certdesk-portal --crl-publish-config).")
            .arg(key);
    if (const auto it = ranges().constFind(key); it != ranges().constEnd()) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < it->min || n > it->max)
            return tr("%1 must be a whole number from %2 to %3.").arg(key).arg(it->min).arg(it->max);
        return {};
    }
    if (key == SettingKey::CrlUrl || key == SettingKey::OcspUrl || key == SettingKey::CaIssuersUrl ||
        key == SettingKey::PortalBaseUrl) {
        if (value.isEmpty())
            return {};
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return tr("%1 must be an http:// or https:// address.").arg(key);
        return {};
    }
    if (key == SettingKey::MailLanguage || key == SettingKey::Language) {
        if (!value.isEmpty() && value != QLatin1String("ja") && value != QLatin1String("en"))
            return tr("%1 must be \"ja\" or \"en\".").arg(key);
        return {};
    }
    if (key == SettingKey::MailAdminAddress) {
        if (!value.isEmpty() && !isValidEmailAddress(value))
            return tr("\"%1\" is not a valid e-mail address.").arg(value);
        return {};
    }
    if (key == SettingKey::SmtpSecurity) {
        if (value != QLatin1String("none") && value != QLatin1String("starttls") &&
            value != QLatin1String("tls"))
            return tr("%1 must be none, starttls or tls.").arg(key);
        return {};
    }
    // Mail templates are text here; their placeholders are checked by the settings workflows, which know
    // the templates (the store does not).
    if (key.startsWith(QLatin1String("mail.template.")))
        return {};
    if (key.startsWith(QLatin1String("device."))) {
        if (key.endsWith(QLatin1String(".profile")) && !pkcs12ProfileFromId(value))
            return tr("Unknown PKCS#12 profile \"%1\".").arg(value);
        if (key.endsWith(QLatin1String(".key_type")) && !keyTypeFromId(value))
            return tr("Unknown key type \"%1\".").arg(value);
        if (key.endsWith(QLatin1String(".attach")) && value != QLatin1String("0") &&
            value != QLatin1String("1"))
            return tr("%1 must be 0 or 1.").arg(key);
        return {};
    }
    if (!defaults().contains(key))
        return tr("Unknown setting \"%1\".").arg(key);
    return {};
}

QString Settings::value(const QString& key) const
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (q && q->next())
        return q->value(0).toString();
    return defaultValue(key);
}

int Settings::intValue(const QString& key) const
{
    return value(key).toInt();
}

bool Settings::boolValue(const QString& key) const
{
    return value(key) == QLatin1String("1");
}

Status Settings::set(const QString& key, const QString& value)
{
    if (const QString err = validate(key, value); !err.isEmpty())
        return makeError(ErrorCode::Invalid, err);
    auto q = m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {key, value});
    if (!q)
        return q.error();
    return {};
}

} // namespace certdesk
