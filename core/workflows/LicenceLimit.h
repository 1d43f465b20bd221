#pragma once
// The contracted number of certificates (seed 002: 契約数 / 発行数 / 追加発行可能数). "Issued" counts the
// ACTIVE certificates: not revoked and not yet expired (a certificate awaiting download counts, it can be
// used as soon as it is fetched). Setting licence.contracted = 0 means no limit.
#include "store/Database.h"

#include <QDateTime>

namespace certdesk {

struct LicenceCounts
{
    qint64 contracted = 0; // 0: no limit
    qint64 issued = 0;     // active: not revoked, not expired
    bool limited() const { return contracted > 0; }
    qint64 remaining() const { return limited() ? std::max<qint64>(0, contracted - issued) : -1; }
};

class LicenceLimit
{
    Q_DECLARE_TR_FUNCTIONS(LicenceLimit)
public:
    // Read only (dashboard, CLI, bulk validation).
    static Result<LicenceCounts> counts(Database& db, const QDateTime& nowUtc);
    // The same when the caller has just counted the certificates that are not revoked (`notRevoked`, the
    // dashboard's CertificateStore::counts().issued): only the few expired ones are counted and taken off.
    static Result<LicenceCounts> countsFrom(Database& db, const QDateTime& nowUtc, qint64 notRevoked);
    // Inside the caller's issuing transaction, before the certificate row is written: when a limit is set,
    // issuers take turns (PostgreSQL: a transaction-scoped advisory lock; SQLite: BEGIN IMMEDIATE already
    // serializes writers), then the active certificates are counted. Conflict when `adding` more would
    // pass the contracted number.
    static Status reserve(Database& db, const QDateTime& nowUtc, qint64 adding = 1);
    // The translated refusal for `adding` more certificates, or empty when they fit.
    static QString refusal(const LicenceCounts& counts, qint64 adding);
};

} // namespace certdesk
