#pragma once
#include "ca/Certificate.h"
#include "ca/PrivateKey.h"
#include "util/Clock.h"

namespace certdesk {

struct CaSubject
{
    QString commonName;   // required
    QString organization; // optional
    QString country;      // optional, two letters
};

// The signing CA: its certificate, its private key and the chain above it (empty for a root).
class CertificateAuthority
{
    Q_DECLARE_TR_FUNCTIONS(CertificateAuthority)
public:
    // Root CA: basicConstraints critical CA:TRUE pathlen:0, keyUsage critical keyCertSign+cRLSign,
    // SKI, AKI; random 16-byte positive serial; notBefore = now - 5 min; SHA-256 (SHA-384 for P-384).
    static Result<CertificateAuthority> createRoot(const CaSubject& subject, KeyType keyType,
                                                   int validityDays, const Clock& clock);
    // Import a CA or intermediate: PEM file(s) with the CA certificate first, then any chain, and its key
    // (may be in the same PEM). Checks the key matches and the certificate is a CA with keyCertSign.
    static Result<CertificateAuthority> importPem(const QByteArray& certificatesPem, const QByteArray& keyPem,
                                                  const QByteArray& keyPassphrase);
    static Result<CertificateAuthority> importPkcs12(const QByteArray& pkcs12, const QByteArray& password);
    // From storage: CA certificate DER, chain PEM (may be empty), encrypted PKCS#8 PEM and its passphrase.
    static Result<CertificateAuthority> load(const QByteArray& certificateDer, const QByteArray& chainPem,
                                             const QByteArray& encryptedKeyPem, const QByteArray& passphrase);

    const Certificate& certificate() const { return m_certificate; }
    const QList<Certificate>& chain() const { return m_chain; } // issuers above the CA, nearest first
    const PrivateKey& key() const { return m_key; }
    QByteArray chainPem() const; // chain() as concatenated PEM
    Result<QByteArray> encryptedKeyPem(const QByteArray& passphrase) const;

private:
    Certificate m_certificate;
    QList<Certificate> m_chain;
    PrivateKey m_key;
};

} // namespace certdesk
