#include "store/DatabaseUrl.h"

#include <QDir>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace certdesk {
namespace {

const QLatin1String kSslMode("sslmode");
const QLatin1String kSslRootCert("sslrootcert");
const QLatin1String kSslCert("sslcert");
const QLatin1String kSslKey("sslkey");

bool hasControlCharacters(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString absoluteFile(const QString& path)
{
    return QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

} // namespace

QStringList DatabaseUrl::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    DatabaseUrl url;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("No database given. Use sqlite:PATH or postgresql://USER@HOST:PORT/DB."));
    if (t.startsWith(QLatin1String("sqlite:"))) {
        url.kind = Kind::Sqlite;
        url.path = t.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2);
        if (url.path.isEmpty())
            return makeError(ErrorCode::Invalid, tr("The SQLite database path is empty."));
        url.path = absoluteFile(url.path);
        return url;
    }
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(t, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty())
            return makeError(ErrorCode::Invalid,
                             tr("The PostgreSQL URL is not valid: %1").arg(u.toString(QUrl::RemovePassword)));
        url.kind = Kind::Postgres;
        url.host = u.host();
        url.port = u.port(5432);
        url.user = u.userName();
        url.password = u.password();
        url.database = u.path().mid(1);
        if (url.database.isEmpty())
            return makeError(ErrorCode::Invalid,
                             tr("The PostgreSQL URL names no database: %1").arg(url.display()));
        for (const QString* part : {&url.host, &url.user, &url.password, &url.database}) {
            if (hasControlCharacters(*part))
                return makeError(ErrorCode::Invalid,
                                 tr("The PostgreSQL URL contains control characters: %1").arg(url.display()));
        }
        QSet<QString> seen;
        const auto items = QUrlQuery(u).queryItems(QUrl::FullyDecoded);
        for (const auto& [key, value] : items) {
            if (key != kSslMode && key != kSslRootCert && key != kSslCert && key != kSslKey)
                return makeError(
                    ErrorCode::Invalid,
                    tr("The PostgreSQL URL has the unknown parameter \"%1\". CertDesk understands "
                       "sslmode, sslrootcert, sslcert and sslkey.")
                        .arg(key.left(40)));
            if (seen.contains(key))
                return makeError(ErrorCode::Invalid,
                                 tr("The PostgreSQL URL gives the parameter %1 twice.").arg(key));
            seen.insert(key);
            if (value.isEmpty())
                return makeError(ErrorCode::Invalid,
                                 tr("The parameter %1 in the PostgreSQL URL has no value.").arg(key));
            if (hasControlCharacters(value))
                return makeError(ErrorCode::Invalid,
                                 tr("The value of the parameter %1 in the PostgreSQL URL contains control "
                                    "characters.")
                                     .arg(key));
            if (key == kSslMode) {
                if (!sslModes().contains(value))
                    return makeError(ErrorCode::Invalid,
                                     tr("\"%1\" is not a TLS mode (sslmode). Use one of: %2.")
                                         .arg(value.left(40), sslModes().join(QLatin1String(", "))));
                url.sslMode = value;
                continue;
            }
            // Qt's PostgreSQL driver turns every ';' of its connect options into a space.
            if (value.contains(QLatin1Char(';')))
                return makeError(ErrorCode::Invalid,
                                 tr("The file name in the parameter %1 contains \";\", which the PostgreSQL "
                                    "driver cannot pass on. Use a path without \";\".")
                                     .arg(key));
            const QString file = absoluteFile(value);
            if (key == kSslRootCert)
                url.sslRootCert = file;
            else if (key == kSslCert)
                url.sslCert = file;
            else
                url.sslKey = file;
        }
        return url;
    }
    if (!t.contains(QLatin1String("://")) && !t.contains(QLatin1Char(':'))) {
        url.kind = Kind::Sqlite;
        url.path = absoluteFile(t);
        return url;
    }
    return makeError(
        ErrorCode::Invalid,
        tr("Unknown database URL \"%1\". Use sqlite:PATH or postgresql://USER@HOST:PORT/DB.").arg(t));
}

QString DatabaseUrl::display() const
{
    return build(false);
}

QString DatabaseUrl::toString() const
{
    return build(true);
}

QString DatabaseUrl::build(bool withPassword) const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    const auto encoded = [](const QString& s, const char* keep = "") {
        return QString::fromLatin1(QUrl::toPercentEncoding(s, QByteArray("-._~") + keep));
    };
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        s += encoded(user);
        if (withPassword && !password.isEmpty())
            s += QLatin1Char(':') + encoded(password);
        s += QLatin1Char('@');
    }
    s += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
    s += QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + encoded(database);
    QStringList query;
    const std::pair<QLatin1String, const QString*> params[] = {
        {kSslMode, &sslMode}, {kSslRootCert, &sslRootCert}, {kSslCert, &sslCert}, {kSslKey, &sslKey}};
    for (const auto& [key, value] : params) {
        if (!value->isEmpty())
            query << key + QLatin1Char('=') + encoded(*value, "/:");
    }
    if (!query.isEmpty())
        s += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return s;
}

QString DatabaseUrl::conninfoQuoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString DatabaseUrl::tlsConnectOptions() const
{
    if (kind != Kind::Postgres)
        return {};
    QString options;
    const std::pair<QLatin1String, const QString*> params[] = {
        {kSslMode, &sslMode}, {kSslRootCert, &sslRootCert}, {kSslCert, &sslCert}, {kSslKey, &sslKey}};
    for (const auto& [key, value] : params) {
        if (!value->isEmpty())
            options += QLatin1Char(';') + key + QLatin1Char('=') + conninfoQuoted(*value);
    }
    return options;
}

} // namespace certdesk
