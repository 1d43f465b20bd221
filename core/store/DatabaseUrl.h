#pragma once
#include "util/Result.h"
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace certdesk {

// "sqlite:PATH" (or a bare path ending in .db/.sqlite) or
// "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=MODE&sslrootcert=FILE&sslcert=FILE&sslkey=FILE]".
// The query parameters are libpq's TLS settings; every part is percent-decoded. Unknown parameters, a mode
// libpq does not know and values with control characters are refused.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
public:
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password; // only when given in the URL; never printed
    QString database;
    // TLS to PostgreSQL; empty = libpq's default (sslmode "prefer", ~/.postgresql/root.crt …).
    QString sslMode;     // one of sslModes()
    QString sslRootCert; // absolute path of the CA certificate(s) that must have signed the server's
    QString sslCert;     // absolute path of a client certificate
    QString sslKey;      // absolute path of its private key

    static Result<DatabaseUrl> parse(const QString& text);
    // libpq's modes, weakest first: disable, allow, prefer, require, verify-ca, verify-full.
    static QStringList sslModes();

    QString display() const;  // the URL with its TLS parameters, without the password; parses back
    QString toString() const; // the whole URL, password included (to open it again, never to print)
    // The TLS parameters as QPSQL connect options, each led by ';' (the separator QSqlDatabase wants),
    // values quoted for libpq's conninfo; empty when the URL has none.
    QString tlsConnectOptions() const;
    // One conninfo value in single quotes, with \ and ' escaped by a backslash.
    static QString conninfoQuoted(const QString& value);

private:
    QString build(bool withPassword) const;
};

} // namespace certdesk
