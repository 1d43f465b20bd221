#pragma once
// Short secrets (auto-generated PKCS#12 passwords) kept in the database so that only the holder of the
// CA private key can read them: CMS AuthEnvelopedData (RFC 5083), AES-256-GCM, for the CA certificate.
#include "ca/Certificate.h"
#include "ca/PrivateKey.h"
#include "util/Result.h"
#include <QByteArray>
#include <QCoreApplication>

namespace certdesk {

// Stateless and thread-safe: every call owns its OpenSSL objects.
class SealedBox
{
    Q_DECLARE_TR_FUNCTIONS(SealedBox)
public:
    // DER CMS AuthEnvelopedData for `recipient` (the CA certificate). EC keys: ephemeral-static ECDH
    // (dhSinglePass-stdDH, SHA-256/SHA-384 KDF by curve size, AES-256 key wrap); RSA keys: RSAES-OAEP with
    // SHA-256. Content: AES-256-GCM. At most 1024 bytes of plaintext.
    static Result<QByteArray> seal(const Certificate& recipient, const QByteArray& plaintext);
    // Decrypts with the CA key. ErrorCode::Crypto when the data was not sealed for this key or is damaged
    // (the GCM tag authenticates the content).
    static Result<QByteArray> open(const PrivateKey& key, const Certificate& recipient,
                                   const QByteArray& sealed);
};

} // namespace certdesk
