#include "mail/SmtpSettings.h"

namespace certdesk {

QString SmtpSettings::keychainKey() const
{
    return QStringLiteral("smtp-password/%1@%2:%3").arg(user.trimmed(), host.trimmed().toLower()).arg(port);
}

QString smtpSecurityId(SmtpSecurity s)
{
    switch (s) {
    case SmtpSecurity::None:
        return QStringLiteral("none");
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::Tls:
        return QStringLiteral("tls");
    }
    return QStringLiteral("starttls");
}

bool smtpSecurityFromId(const QString& id, SmtpSecurity* out)
{
    const QString key = id.trimmed().toLower();
    SmtpSecurity value;
    if (key == QLatin1String("none"))
        value = SmtpSecurity::None;
    else if (key == QLatin1String("starttls"))
        value = SmtpSecurity::StartTls;
    else if (key == QLatin1String("tls") || key == QLatin1String("smtps"))
        value = SmtpSecurity::Tls;
    else
        return false;
    if (out)
        *out = value;
    return true;
}

} // namespace certdesk
