#include "ca/PrivateKey.h"

#include "ca/MemoryBio.h"
#include "ca/OpensslError.h"

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <cstring>

namespace certdesk {
namespace {

constexpr int kPkcs8Iterations = 600000;
constexpr int kPkcs8SaltLength = 16;

struct PassphraseRequest
{
    const QByteArray* passphrase = nullptr;
    bool asked = false;
};

int passphraseCallback(char* buf, int size, int /*rwflag*/, void* userData)
{
    auto* request = static_cast<PassphraseRequest*>(userData);
    request->asked = true;
    const QByteArray& pass = *request->passphrase;
    if (pass.isEmpty() || pass.size() > size)
        return -1;
    std::memcpy(buf, pass.constData(), static_cast<size_t>(pass.size()));
    return static_cast<int>(pass.size());
}

QString ecGroupName(const EVP_PKEY* key)
{
    char name[80] = {};
    size_t len = 0;
    if (EVP_PKEY_get_group_name(key, name, sizeof name, &len) != 1)
        return {};
    return QString::fromLatin1(name, static_cast<qsizetype>(len));
}

bool looksEncrypted(const QByteArray& pem)
{
    return pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || pem.contains("Proc-Type: 4,ENCRYPTED");
}

} // namespace

PrivateKey::PrivateKey(ossl::PKey key) : m_key(std::move(key)) {}

std::optional<KeyType> keyTypeOf(const EVP_PKEY* key)
{
    if (!key)
        return std::nullopt;
    if (EVP_PKEY_is_a(key, "EC")) {
        const QString group = ecGroupName(key);
        const int nid = OBJ_txt2nid(group.toLatin1().constData());
        if (nid == NID_X9_62_prime256v1)
            return KeyType::EcP256;
        if (nid == NID_secp384r1)
            return KeyType::EcP384;
        return std::nullopt;
    }
    if (EVP_PKEY_is_a(key, "RSA")) {
        switch (EVP_PKEY_get_bits(key)) {
        case 2048:
            return KeyType::Rsa2048;
        case 3072:
            return KeyType::Rsa3072;
        default:
            return std::nullopt;
        }
    }
    return std::nullopt;
}

QString describeKey(const EVP_PKEY* key)
{
    if (!key)
        return {};
    if (const auto type = keyTypeOf(key))
        return keyTypeDisplayName(*type);
    if (EVP_PKEY_is_a(key, "EC")) {
        const QString group = ecGroupName(key);
        // Prefer the NIST name ("P-521") when OpenSSL knows one.
        const int nid = OBJ_txt2nid(group.toLatin1().constData());
        const char* nist = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr;
        return QStringLiteral("ECDSA %1").arg(nist ? QString::fromLatin1(nist) : group);
    }
    if (EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS"))
        return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    return QString::fromLatin1(EVP_PKEY_get0_type_name(key));
}

Result<PrivateKey> PrivateKey::generate(KeyType type)
{
    ossl::PKey key;
    switch (type) {
    case KeyType::EcP256:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        break;
    case KeyType::EcP384:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
        break;
    case KeyType::Rsa2048:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048)));
        break;
    case KeyType::Rsa3072:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(3072)));
        break;
    }
    if (!key)
        return makeError(ErrorCode::Crypto, tr("Could not generate a %1 key.").arg(keyTypeDisplayName(type)),
                         takeOpensslErrors());
    return PrivateKey(std::move(key));
}

Result<QByteArray> PrivateKey::toEncryptedPkcs8Pem(const QByteArray& passphrase) const
{
    if (!m_key)
        return makeError(ErrorCode::Invalid, tr("There is no private key to export."));
    if (passphrase.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A passphrase is required to protect the private key."));

    const ossl::Pkcs8PrivKeyInfo p8(EVP_PKEY2PKCS8(m_key.get()));
    if (!p8)
        return makeError(ErrorCode::Crypto, tr("Could not encode the private key."), takeOpensslErrors());
    // PBES2: AES-256-CBC, PBKDF2 with HMAC-SHA256, 600,000 iterations, random 16-byte salt and IV.
    ossl::X509Algor pbe(PKCS5_pbe2_set_iv_ex(EVP_aes_256_cbc(), kPkcs8Iterations, nullptr, kPkcs8SaltLength,
                                             nullptr, NID_hmacWithSHA256, nullptr));
    if (!pbe)
        return makeError(ErrorCode::Crypto, tr("Could not set up the private key encryption."),
                         takeOpensslErrors());
    const ossl::X509Sig encrypted(PKCS8_set0_pbe_ex(
        passphrase.constData(), static_cast<int>(passphrase.size()), p8.get(), pbe.get(), nullptr, nullptr));
    if (!encrypted)
        return makeError(ErrorCode::Crypto, tr("Could not encrypt the private key."), takeOpensslErrors());
    (void)pbe.release(); // owned by `encrypted` now

    const ossl::Bio bio = MemoryBio::writer();
    if (!bio || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1)
        return makeError(ErrorCode::Crypto, tr("Could not encode the private key."), takeOpensslErrors());
    return MemoryBio::contents(bio.get());
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray& pem, const QByteArray& passphrase)
{
    ERR_clear_error();
    if (!pem.contains("PRIVATE KEY-----"))
        return makeError(ErrorCode::Invalid, tr("No private key was found in the PEM data."));
    const ossl::Bio bio = MemoryBio::reader(pem);
    if (!bio)
        return makeError(ErrorCode::Crypto, tr("Out of memory."), takeOpensslErrors());

    PassphraseRequest request{&passphrase, false};
    ossl::PKey key(
        PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, passphraseCallback, &request, nullptr, nullptr));
    if (key)
        return PrivateKey(std::move(key));

    const QString detail = takeOpensslErrors();
    if (request.asked || looksEncrypted(pem)) {
        if (passphrase.isEmpty())
            return makeError(ErrorCode::Locked, tr("The private key is encrypted; enter its passphrase."),
                             detail);
        if (request.asked)
            return makeError(ErrorCode::Locked,
                             tr("The passphrase is wrong, or the encrypted private key is damaged."), detail);
    }
    return makeError(ErrorCode::Invalid,
                     tr("The private key could not be read: it is damaged or in an "
                        "unsupported format."),
                     detail);
}

std::optional<KeyType> PrivateKey::type() const
{
    return keyTypeOf(m_key.get());
}

QString PrivateKey::description() const
{
    return describeKey(m_key.get());
}

} // namespace certdesk
