#pragma once
// psql as a given login role, for tests that prove PostgreSQL itself refuses what a role may not do.
#include "store/DatabaseUrl.h"

#include <QString>

namespace certdesk::test {

struct Psql
{
    int exitCode = -1; // -1 when psql hung or crashed
    QString out;
    QString err;
};

// Runs one statement with psql as `login`; the password goes through PGPASSWORD, never the command line.
Psql psqlAs(const DatabaseUrl& url, const QString& login, const QString& password, const QString& sql);

} // namespace certdesk::test
