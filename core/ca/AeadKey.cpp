#include "ca/AeadKey.h"
#include "ca/OsslHandles.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace certdesk {
namespace {
constexpr int kKeySize = 32;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
} // namespace

AeadKey::~AeadKey()
{
    if (!m_key.isEmpty() && m_key.isDetached())
        OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
}

Result<AeadKey> AeadKey::generate()
{
    AeadKey k;
    k.m_key.resize(kKeySize);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(k.m_key.data()), kKeySize) != 1)
        return makeError(ErrorCode::Crypto, tr("Could not create a random key."));
    return k;
}

Result<AeadKey> AeadKey::fromBytes(const QByteArray& raw)
{
    if (raw.size() != kKeySize)
        return makeError(ErrorCode::Crypto, tr("The protected key is damaged."));
    AeadKey k;
    k.m_key = raw;
    k.m_key.detach();
    return k;
}

Result<QByteArray> AeadKey::encrypt(const QByteArray& plaintext, const QByteArray& aad) const
{
    QByteArray out(kNonceSize + plaintext.size() + kTagSize, Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int tail = 0;
    const auto* key = reinterpret_cast<const unsigned char*>(m_key.constData());
    if (!ctx || RAND_bytes(o, kNonceSize) != 1 ||
        EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key, o, nullptr) != 1 ||
        (!aad.isEmpty() &&
         EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                           int(aad.size())) != 1) ||
        EVP_EncryptUpdate(ctx.get(), o + kNonceSize, &len,
                          reinterpret_cast<const unsigned char*>(plaintext.constData()),
                          int(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), o + kNonceSize + len, &tail) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, o + kNonceSize + plaintext.size()) !=
            1)
        return makeError(ErrorCode::Crypto, tr("Could not encrypt the secret."));
    return out;
}

Result<QByteArray> AeadKey::decrypt(const QByteArray& sealed, const QByteArray& aad) const
{
    if (sealed.size() < kNonceSize + kTagSize)
        return makeError(ErrorCode::Crypto, tr("The protected secret is damaged."));
    const auto* in = reinterpret_cast<const unsigned char*>(sealed.constData());
    const int n = int(sealed.size()) - kNonceSize - kTagSize;
    QByteArray out(n, Qt::Uninitialized);
    QByteArray tag = sealed.right(kTagSize);
    ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int tail = 0;
    const auto* key = reinterpret_cast<const unsigned char*>(m_key.constData());
    if (!ctx || EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key, in, nullptr) != 1 ||
        (!aad.isEmpty() &&
         EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                           int(aad.size())) != 1) ||
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, in + kNonceSize,
                          n) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + len, &tail) != 1) {
        OPENSSL_cleanse(out.data(), size_t(out.size()));
        return makeError(ErrorCode::Crypto, tr("The protected secret is damaged."));
    }
    return out;
}

} // namespace certdesk
