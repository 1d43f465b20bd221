#pragma once
#include "ca/CertificateAuthority.h"

namespace certdesk {

struct ClientCertificateRequest
{
    QString loginId;      // subject CN
    QString givenNameEn;  // subject GN (may be empty)
    QString familyNameEn; // subject SN (may be empty)
    QString email;        // SAN rfc822Name (may be empty)
    QString organization; // subject O (may be empty)
    QString upn;          // optional SAN otherName msUPN (1.3.6.1.4.1.311.20.2.3), UTF8String
    int validityDays = 365;
    QString crlUrl;       // CRL distribution point, when set
    QString ocspUrl;      // AIA OCSP, when set
    QString caIssuersUrl; // AIA caIssuers, when set
};

// Signs a client certificate for `key` with exactly this profile: random positive 16-byte serial,
// CN/GN/SN/O, SAN email (+UPN), basicConstraints critical CA:FALSE, keyUsage critical digitalSignature
// (+keyEncipherment for RSA keys), EKU clientAuth, SKI/AKI, CRL DP/AIA when set,
// notBefore = now - 5 min, notAfter = min(now + validityDays, CA notAfter). Digest SHA-256.
class ClientCertificateSigner
{
    Q_DECLARE_TR_FUNCTIONS(ClientCertificateSigner)
public:
    static Result<Certificate> sign(const CertificateAuthority& ca, const PrivateKey& key,
                                    const ClientCertificateRequest& request, const Clock& clock);
};

} // namespace certdesk
