#pragma once
// Signed CRLs of each CA (table crls, migration 11): the newest one of a CA is its current CRL.
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
    // The CAs that need a CRL at `nowUtc`: the active one first, then every other CA that still has an
    // unexpired certificate (a replaced CA's revocations must stay in a CRL signed by that CA until its
    // certificates expire), oldest first.
    Result<QList<qint64>> caIdsNeedingCrl(const QDateTime& nowUtc);
    // The short name of a CA in CRL file names and portal addresses: the first 16 hex digits (lower case)
    // of its SHA-256 fingerprint as stored in cas.fingerprint ("AB:CD:…").
    static QString fingerprintId(const QString& fingerprint);
    // The newest CRL of the CA whose fingerprintId() is `id` (the portal's /crl/<id>); none when no CA or
    // no CRL matches.
    Result<std::optional<CrlRecord>> latestOfCa(const QString& id);

private:
    Database& m_db;
};

} // namespace certdesk
