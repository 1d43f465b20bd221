#include "auth/PasswordHash.h"
#include "ca/OpensslError.h"
#include "ca/OsslHandles.h"
#include "ca/WipedBytes.h"

#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace certdesk {
namespace {

using Kdf = std::unique_ptr<EVP_KDF, ossl::Deleter<EVP_KDF_free>>;
using KdfCtx = std::unique_ptr<EVP_KDF_CTX, ossl::Deleter<EVP_KDF_CTX_free>>;

const QByteArray kScheme = QByteArrayLiteral("scrypt");
constexpr auto kBase64 = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;

// What OpenSSL's scrypt allocates (kdf_scrypt.c): the p lanes of 128 * r bytes and the table V of
// 128 * r * (N + 2) bytes. Passed as the memory limit so that exactly this much is allowed.
quint64 memoryNeeded(const ScryptParams& params)
{
    const quint64 r = quint64(params.r);
    return 128 * r * quint64(params.p) + 128 * r * ((quint64(1) << params.log2N) + 2);
}

bool inRange(const ScryptParams& params)
{
    return params.log2N >= 1 && params.log2N <= PasswordHash::kMaxLog2N && params.r >= 1 &&
           params.r <= PasswordHash::kMaxR && params.p >= 1 && params.p <= PasswordHash::kMaxP &&
           memoryNeeded(params) <= PasswordHash::kMaxMemoryBytes;
}

// scrypt(password, salt) into `key` (its size is the output length). The caller wipes `key`.
Status derive(const QByteArray& password, const QByteArray& salt, const ScryptParams& params, QByteArray& key)
{
    Kdf kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_SCRYPT, nullptr));
    KdfCtx ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx)
        return makeError(ErrorCode::Crypto, PasswordHash::tr("scrypt is not available in this OpenSSL."),
                         takeOpensslErrors());
    uint64_t n = uint64_t(1) << params.log2N;
    uint32_t r = uint32_t(params.r);
    uint32_t p = uint32_t(params.p);
    uint64_t maxMemory = memoryNeeded(params);
    // The octet strings are only read by OpenSSL; the casts drop const for the OSSL_PARAM interface.
    const OSSL_PARAM settings[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<char*>(password.constData()),
                                          size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.constData()),
                                          size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char*>(key.data()), size_t(key.size()),
                       settings) != 1)
        return makeError(ErrorCode::Crypto, PasswordHash::tr("The password could not be hashed."),
                         takeOpensslErrors());
    return {};
}

// A decimal parameter without sign, spaces or leading zeros, e.g. "15".
std::optional<int> parseNumber(const QByteArray& field, const QByteArray& name)
{
    if (!field.startsWith(name + '='))
        return std::nullopt;
    const QByteArray digits = field.mid(name.size() + 1);
    if (digits.isEmpty() || digits.size() > 3 || (digits.size() > 1 && digits.front() == '0'))
        return std::nullopt;
    int value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Standard base64 without padding, only in its one canonical spelling, of minBytes to kMaxStoredBytes.
std::optional<QByteArray> parseBase64(const QByteArray& text, int minBytes)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::Base64Encoding |
                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < minBytes ||
        decoded.decoded.size() > PasswordHash::kMaxStoredBytes || decoded.decoded.toBase64(kBase64) != text)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

ScryptParams PasswordHash::currentParams()
{
    return ScryptParams{15, 8, 1};
}

Result<QString> PasswordHash::hash(const QString& password)
{
    return hash(password, currentParams());
}

Result<QString> PasswordHash::hash(const QString& password, const ScryptParams& params)
{
    if (!inRange(params))
        return makeError(ErrorCode::Invalid, tr("The password hash parameters are out of range."));
    ParsedPasswordHash parts;
    parts.params = params;
    parts.salt.resize(kSaltBytes);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(parts.salt.data()), kSaltBytes) != 1)
        return makeError(ErrorCode::Crypto, tr("No random bytes for the password hash."),
                         takeOpensslErrors());
    QByteArray utf8 = password.toUtf8();
    WipedBytes wipeUtf8(utf8);
    parts.key.resize(kKeyBytes);
    WipedBytes wipeKey(parts.key);
    if (auto s = derive(utf8, parts.salt, params, parts.key); !s)
        return s.error();
    return encode(parts);
}

bool PasswordHash::verify(const QString& password, const QString& encoded)
{
    auto parts = parse(encoded);
    if (!parts)
        return false;
    QByteArray utf8 = password.toUtf8();
    WipedBytes wipeUtf8(utf8);
    QByteArray key(parts->key.size(), '\0');
    WipedBytes wipeKey(key);
    if (!derive(utf8, parts->salt, parts->params, key))
        return false;
    return CRYPTO_memcmp(key.constData(), parts->key.constData(), size_t(key.size())) == 0;
}

bool PasswordHash::needsRehash(const QString& encoded)
{
    const auto parts = parse(encoded);
    if (!parts)
        return true;
    const ScryptParams now = currentParams();
    const ScryptParams& had = parts->params;
    return had.log2N < now.log2N || had.r < now.r || had.p < now.p;
}

std::optional<ParsedPasswordHash> PasswordHash::parse(const QString& encoded)
{
    for (QChar c : encoded) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return std::nullopt;
    }
    const QList<QByteArray> fields = encoded.toLatin1().split('$');
    if (fields.size() != 6 || fields.at(0) != kScheme)
        return std::nullopt;
    const auto log2N = parseNumber(fields.at(1), QByteArrayLiteral("ln"));
    const auto r = parseNumber(fields.at(2), QByteArrayLiteral("r"));
    const auto p = parseNumber(fields.at(3), QByteArrayLiteral("p"));
    if (!log2N || !r || !p)
        return std::nullopt;
    ParsedPasswordHash parts;
    parts.params = ScryptParams{*log2N, *r, *p};
    if (!inRange(parts.params))
        return std::nullopt;
    auto salt = parseBase64(fields.at(4), kSaltBytes);
    auto key = parseBase64(fields.at(5), kKeyBytes);
    if (!salt || !key)
        return std::nullopt;
    parts.salt = *salt;
    parts.key = *key;
    return parts;
}

QString PasswordHash::encode(const ParsedPasswordHash& parts)
{
    return QStringLiteral("scrypt$ln=%1$r=%2$p=%3$%4$%5")
        .arg(parts.params.log2N)
        .arg(parts.params.r)
        .arg(parts.params.p)
        .arg(QString::fromLatin1(parts.salt.toBase64(kBase64)),
             QString::fromLatin1(parts.key.toBase64(kBase64)));
}

} // namespace certdesk
