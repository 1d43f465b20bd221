#pragma once
// A 256-bit AES-GCM data key: encrypts many short secrets cheaply once the key itself is protected
// (PasswordSealer keeps it sealed to the CA with SealedBox). Thread-safe; the key is wiped on destruction.
#include "util/Result.h"
#include <QByteArray>
#include <QCoreApplication>

namespace certdesk {

class AeadKey
{
    Q_DECLARE_TR_FUNCTIONS(AeadKey)
public:
    static Result<AeadKey> generate();
    static Result<AeadKey> fromBytes(const QByteArray& raw); // 32 bytes
    AeadKey(const AeadKey&) = default;
    AeadKey& operator=(const AeadKey&) = default;
    ~AeadKey();

    const QByteArray& bytes() const { return m_key; }
    // 12-byte random nonce || ciphertext || 16-byte tag; `aad` is authenticated, not stored.
    Result<QByteArray> encrypt(const QByteArray& plaintext, const QByteArray& aad = {}) const;
    // ErrorCode::Crypto when the data was not encrypted with this key and aad, or is damaged.
    Result<QByteArray> decrypt(const QByteArray& sealed, const QByteArray& aad = {}) const;

private:
    AeadKey() = default;
    QByteArray m_key;
};

} // namespace certdesk
