#pragma once
// The status of one certificate by serial, for the OCSP responder: a status-only query prepared once and run
// many times (a responder asks on every request). One object per thread: a prepared QSqlQuery belongs to the
// calling thread's connection.
#include "store/Database.h"
#include "store/Records.h"

#include <optional>

namespace certdesk {

struct CertificateStatusRow
{
    qint64 caId = 0;
    CertStatus status = CertStatus::Issuing;
    QDateTime revokedAtUtc;   // revoked only
    QString revocationReason; // revoked only: the reason id (revocationReasonFromId), may be empty
};

class CertificateStatusQuery
{
public:
    explicit CertificateStatusQuery(Database& db) : m_db(db) {}

    // The certificate with this serial (upper-case hex, as Certificate::serialHex()); nullopt when there is
    // none. An error when the database cannot be asked (the connection is gone, the table is missing).
    Result<std::optional<CertificateStatusRow>> find(const QString& serialHex);

private:
    Database& m_db;
    std::optional<QSqlQuery> m_query; // prepared on first use
};

} // namespace certdesk
