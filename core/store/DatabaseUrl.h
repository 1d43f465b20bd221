#pragma once
#include "util/Result.h"
#include <QCoreApplication>
#include <QString>

namespace certdesk {

// "sqlite:PATH" (or a bare path ending in .db/.sqlite) or "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB".
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

    static Result<DatabaseUrl> parse(const QString& text);
    QString display() const; // without the password
};

} // namespace certdesk
