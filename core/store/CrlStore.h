#pragma once
// Signed CRLs of each CA (table crls, migration 11): the newest one is "the current CRL".
#include "store/Database.h"
#include <QDateTime>
#include <optional>

namespace certdesk {

struct CrlRecord
{
    qint64 id = 0;
    qint64 caId = 0;
    qint64 number = 0;
    QDateTime thisUpdate; // UTC
    QDateTime nextUpdate; // UTC
    int entries = 0;
    QByteArray der;
};

class CrlStore
{
    Q_DECLARE_TR_FUNCTIONS(CrlStore)
public:
    explicit CrlStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const CrlRecord& crl); // inside the caller's transaction
    // The newest CRL of the CA; `withDer` false skips the blob (dashboard checks).
    Result<std::optional<CrlRecord>> latest(qint64 caId, bool withDer = true);
    // How many certificates of the CA are revoked: a CRL with fewer entries misses a revocation
    // (revocations are final, so the count only grows).
    Result<int> revokedCount(qint64 caId);

private:
    Database& m_db;
};

} // namespace certdesk
