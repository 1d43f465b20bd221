#pragma once
#include "ca/CryptoTypes.h"
#include "ca/OsslHandles.h"
#include "util/Result.h"
#include <QByteArray>
#include <QCoreApplication>

namespace certdesk {

// A move-only private key (EVP_PKEY). Generation and (de)serialisation only; no signing policy here.
class PrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)
public:
    PrivateKey() = default;
    explicit PrivateKey(ossl::PKey key);

    static Result<PrivateKey> generate(KeyType type);
    // PEM "ENCRYPTED PRIVATE KEY" (PKCS#8, PBES2: AES-256-CBC, PBKDF2-HMAC-SHA256, 600,000 iterations).
    Result<QByteArray> toEncryptedPkcs8Pem(const QByteArray& passphrase) const;
    // Reads unencrypted or encrypted PEM (PKCS#8 or traditional). Wrong passphrase -> ErrorCode::Locked.
    static Result<PrivateKey> fromPem(const QByteArray& pem, const QByteArray& passphrase = {});

    bool isNull() const { return !m_key; }
    EVP_PKEY* get() const { return m_key.get(); }
    std::optional<KeyType>
    type() const;                // nullopt for key types CertDesk does not issue (e.g. RSA-4096 CA import)
    QString description() const; // "ECDSA P-384", "RSA 3072", ...

private:
    ossl::PKey m_key;
};

// Helpers shared with Certificate (public keys): the CertDesk key type and a human description.
std::optional<KeyType> keyTypeOf(const EVP_PKEY* key);
QString describeKey(const EVP_PKEY* key);

} // namespace certdesk
