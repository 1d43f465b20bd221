#pragma once
#include "ca/CertificateAuthority.h"
#include "ca/CryptoTypes.h"

namespace certdesk {

struct CrlEntry
{
    QString serialHex; // as Certificate::serialHex()
    QDateTime revokedAtUtc;
    RevocationReason reason = RevocationReason::Unspecified;
};

// X.509 v2 CRL: CRL number, AKI, per-entry reason code, thisUpdate/nextUpdate, signed by the CA.
class CrlBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CrlBuilder)
public:
    static Result<QByteArray> buildDer(const CertificateAuthority& ca, const QList<CrlEntry>& entries,
                                       qint64 crlNumber, const QDateTime& thisUpdateUtc,
                                       const QDateTime& nextUpdateUtc);
};

} // namespace certdesk
