#pragma once
#include "store/Database.h"
#include "store/Records.h"

namespace certdesk {

// SQL access to the CA table. One CA is active at a time.
class CaStore
{
    Q_DECLARE_TR_FUNCTIONS(CaStore)
public:
    explicit CaStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const CaRecord& ca); // becomes the active CA
    Result<std::optional<CaRecord>> active();
    Result<std::optional<CaRecord>> findById(qint64 id);
    // Every CA of the database, the active one first, then the ones it replaced, newest first.
    Result<QList<CaRecord>> all();
    // Increments and returns the CRL number of the CA (inside the caller's transaction).
    Result<qint64> nextCrlNumber(qint64 caId);

private:
    Database& m_db;
};

} // namespace certdesk
