#pragma once
// RFC 6960 OCSP responder for one CA: DER OCSPRequest in, DER OCSPResponse out (no HTTP here).
#include "ca/CryptoTypes.h"
#include "ocsp/OcspSigner.h"

#include <QByteArrayView>

#include <functional>

namespace certdesk {

// Unavailable: the lookup could not be made (the database is unreachable, a query failed); the responder
// then answers tryLater for the whole request, never "unknown" or "good" (RFC 6960 4.2.1).
enum class OcspCertState { Good, Revoked, Unknown, Unavailable };

struct OcspCertStatus
{
    OcspCertState state = OcspCertState::Unknown;
    QDateTime revokedAtUtc;                                  // Revoked only
    RevocationReason reason = RevocationReason::Unspecified; // Revoked only; Unspecified -> no reasonCode
};

// Looks up one serial of the CA (upper-case hex, no separators, no leading 00 padding — as
// Certificate::serialHex()).
using OcspLookup = std::function<OcspCertStatus(const QString& serialHex)>;

// Stateless apart from the CA certificate and the signer; respond() is const and may run on several
// threads at once.
class OcspResponder
{
public:
    static constexpr int MaxRequestBytes = 16 * 1024; // larger bodies: the HTTP layer answers 413
    static constexpr int MaxCertIds = 50;
    static constexpr int MaxNonceBytes = 32;        // RFC 8954: 1..32 octets, otherwise malformedRequest
    static constexpr qint64 ValiditySecs = 60 * 60; // nextUpdate - thisUpdate

    OcspResponder(Certificate caCert, OcspSigner signer);

    // Always a DER OCSPResponse, whatever the input:
    //  - malformedRequest: not exactly one DER OCSPRequest (garbage, trailing bytes, more than
    //    MaxRequestBytes), no CertID or more than MaxCertIds, a nonce outside 1..MaxNonceBytes octets;
    //  - internalError: signing failed, or lookup() returned Revoked without a valid date;
    //  - tryLater (unsigned): lookup() returned Unavailable for any CertID (e.g. the database is down);
    //  - successful: BasicOCSPResponse signed by the delegated signer (responderID byKey, signer
    //    certificate in certs), one SingleResponse per CertID in request order. A CertID whose hash
    //    algorithm, issuerNameHash or issuerKeyHash does not match the CA is unknown; otherwise
    //    lookup(serial) decides good / revoked (revocationTime, reasonCode) / unknown.
    //    thisUpdate = nowUtc, nextUpdate = nowUtc + 1 hour; the request nonce is copied.
    //    producedAt is the system time of signing (set by OpenSSL).
    // `cacheable` (optional): set to whether the answer is a successful one to a request without a nonce,
    // i.e. the same bytes may answer the same request again while every status in it stays the same.
    QByteArray respond(QByteArrayView requestDer, const OcspLookup& lookup, const QDateTime& nowUtc,
                       bool* cacheable = nullptr) const;
    // Whether a CertID of the request (a well-formed one, as respond() accepts) names this CA as issuer.
    bool isIssuerOfAny(QByteArrayView requestDer) const;

    const Certificate& caCertificate() const { return m_caCert; }
    const OcspSigner& signer() const { return m_signer; }

private:
    Certificate m_caCert;
    OcspSigner m_signer;
};

} // namespace certdesk
