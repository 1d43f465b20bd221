#pragma once
// Internal to core/ca: assembles and signs an X.509 v3 certificate (shared by the root CA and the
// client certificate signer). Every setter reports failures as a translated Error.
#include "ca/Certificate.h"

namespace certdesk {

class X509Builder
{
    Q_DECLARE_TR_FUNCTIONS(X509Builder)
public:
    struct NameEntry
    {
        int nid = NID_undef;
        QString value; // UTF-8 in the certificate; empty values are skipped
    };

    X509Builder(); // a fresh v3 certificate
    X509* get() const { return m_cert.get(); }

    Status setRandomSerial();
    Status setSubject(const QList<NameEntry>& entries);
    Status setIssuer(const X509_NAME* issuer);
    Status setValidity(const QDateTime& notBeforeUtc, const QDateTime& notAfterUtc);
    Status setPublicKey(EVP_PKEY* key);
    // An extension from its OpenSSL configuration string ("critical,CA:TRUE", "keyid:always", ...).
    // `issuer` is the issuing certificate (nullptr: the certificate is self-signed).
    Status addExtension(int nid, const char* value, X509* issuer);
    // The end-entity profile issued by `issuer`: basicConstraints critical CA:FALSE, keyUsage (the
    // configuration string, e.g. "critical,digitalSignature"), extendedKeyUsage, SKI, and AKI (the CA's key
    // id; issuer name + serial only when the CA has no SKI). Client certificates and the OCSP signer.
    Status addLeafExtensions(const char* keyUsage, const char* extendedKeyUsage, X509* issuer);
    // An extension from its structure (e.g. GENERAL_NAMES for subjectAltName).
    Status addExtension(int nid, void* value, bool critical);
    Result<Certificate> sign(EVP_PKEY* issuerKey);

    // 16 random bytes, most significant bit cleared (positive), first byte non-zero (always 16 bytes).
    static Result<ossl::Asn1Integer> randomSerial();
    static ossl::Asn1Time toAsn1Time(const QDateTime& utc);
    // SHA-384 for P-384 keys, SHA-512 for P-521, none for EdDSA, otherwise SHA-256.
    static const EVP_MD* signingDigest(const EVP_PKEY* key);

private:
    ossl::X509Ptr m_cert;
};

} // namespace certdesk
