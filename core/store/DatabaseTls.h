#pragma once
// TLS between CertDesk and PostgreSQL: is this connection encrypted, and why did a TLS connection fail.
#include "store/DatabaseUrl.h"

namespace certdesk {

class Database;

class DatabaseTls
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseTls)
public:
    // PostgreSQL: whether the calling thread's connection is encrypted (pg_stat_ssl of this backend).
    // SQLite: true — nothing travels over a network.
    static Result<bool> isEncrypted(Database& db);
    // A translated sentence naming the cause when `message` (a failed connection's error) is a TLS failure:
    // the root certificate did not sign the server's certificate, the host name is not in it, the root
    // certificate file is missing or unreadable, the server has no TLS or demands it. Empty otherwise.
    static QString failureCause(const DatabaseUrl& url, const QString& message);
};

} // namespace certdesk
