#pragma once
#include "store/Database.h"

namespace certdesk {

// Numbered schema migrations. Each runs in its own transaction together with the row that records
// its version in schema_version; a failed migration leaves the previous version intact.
// SQL is written once for both databases with two tokens: {ID} (auto-increment primary key) and {BLOB}.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static Status run(Database& db);
    static int latestVersion();
};

} // namespace certdesk
