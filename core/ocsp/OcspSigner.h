#pragma once
// The delegated OCSP-signing certificate (RFC 6960 4.2.2.2) and its private key, held in memory only.
#include "ca/CertificateAuthority.h"

namespace certdesk {

// Move-only (owns the private key). Const use is thread-safe.
class OcspSigner
{
    Q_DECLARE_TR_FUNCTIONS(OcspSigner)
public:
    // Fresh ECDSA P-256 key; certificate issued by `ca`: subject CN = "<CA CN> OCSP Responder" (the CA
    // part shortened to fit 64 characters) + O of the CA if present, random 16-byte serial,
    // notBefore = now - 5 min, notAfter = min(now + validityDays, CA notAfter), basicConstraints
    // critical CA:FALSE, keyUsage critical digitalSignature, EKU OCSPSigning, id-pkix-ocsp-nocheck,
    // SKI, AKI; signed with the CA key (SHA-256, SHA-384 for P-384).
    static Result<OcspSigner> issue(const CertificateAuthority& ca, const QDateTime& nowUtc,
                                    int validityDays = 30);

    const Certificate& certificate() const { return m_certificate; }
    const PrivateKey& key() const { return m_key; }
    QDateTime notAfter() const { return m_certificate.notAfter(); }

private:
    OcspSigner(Certificate certificate, PrivateKey key);

    Certificate m_certificate;
    PrivateKey m_key;
};

} // namespace certdesk
