#include "store/DatabaseUrl.h"

#include <QDir>
#include <QUrl>

namespace certdesk {

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
        url.path = QDir::cleanPath(QDir::current().absoluteFilePath(url.path));
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
        return url;
    }
    if (!t.contains(QLatin1String("://")) && !t.contains(QLatin1Char(':'))) {
        url.kind = Kind::Sqlite;
        url.path = QDir::cleanPath(QDir::current().absoluteFilePath(t));
        return url;
    }
    return makeError(
        ErrorCode::Invalid,
        tr("Unknown database URL \"%1\". Use sqlite:PATH or postgresql://USER@HOST:PORT/DB.").arg(t));
}

QString DatabaseUrl::display() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    return s + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
}

} // namespace certdesk
