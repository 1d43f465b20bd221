#include "ca/DetachedSignature.h"
#include "ca/OpensslError.h"
#include "ca/X509Builder.h"

namespace certdesk {

namespace {

// "rsa", "ecdsa", "ed25519", "ed448", or empty for a key CertDesk does not sign with.
QString family(const EVP_PKEY* key)
{
    if (EVP_PKEY_is_a(key, "RSA"))
        return QStringLiteral("rsa");
    if (EVP_PKEY_is_a(key, "EC"))
        return QStringLiteral("ecdsa");
    if (EVP_PKEY_is_a(key, "ED25519"))
        return QStringLiteral("ed25519");
    if (EVP_PKEY_is_a(key, "ED448"))
        return QStringLiteral("ed448");
    return {};
}

bool isEdDsa(const QString& fam)
{
    return fam == QLatin1String("ed25519") || fam == QLatin1String("ed448");
}

} // namespace

QByteArray DetachedSigner::digestName(const QString& algorithm)
{
    const QString digest = algorithm.section(QLatin1Char('-'), 1);
    if (digest == QLatin1String("sha256"))
        return QByteArrayLiteral("SHA256");
    if (digest == QLatin1String("sha384"))
        return QByteArrayLiteral("SHA384");
    if (digest == QLatin1String("sha512"))
        return QByteArrayLiteral("SHA512");
    return {};
}

QString DetachedSigner::algorithmFor(const EVP_PKEY* key)
{
    const QString fam = key ? family(key) : QString();
    if (fam.isEmpty() || isEdDsa(fam))
        return fam;
    const EVP_MD* md = X509Builder::signingDigest(key);
    return fam + (md == EVP_sha512()   ? QLatin1String("-sha512")
                  : md == EVP_sha384() ? QLatin1String("-sha384")
                                       : QLatin1String("-sha256"));
}

Result<DetachedSignature> DetachedSigner::sign(const PrivateKey& key, const QByteArray& message)
{
    DetachedSignature out;
    out.algorithm = key.isNull() ? QString() : algorithmFor(key.get());
    if (out.algorithm.isEmpty())
        return makeError(ErrorCode::Crypto, tr("This kind of CA key cannot sign the history."));
    const QByteArray digest = digestName(out.algorithm);
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    size_t length = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(message.constData());
    if (!ctx ||
        EVP_DigestSignInit_ex(ctx.get(), nullptr, digest.isEmpty() ? nullptr : digest.constData(), nullptr,
                              nullptr, key.get(), nullptr) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length, data, size_t(message.size())) != 1)
        return makeError(ErrorCode::Crypto, tr("Signing the history checkpoint failed."),
                         takeOpensslErrors());
    out.signature.resize(qsizetype(length));
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(out.signature.data()), &length, data,
                       size_t(message.size())) != 1)
        return makeError(ErrorCode::Crypto, tr("Signing the history checkpoint failed."),
                         takeOpensslErrors());
    out.signature.truncate(qsizetype(length));
    return out;
}

bool DetachedSigner::verify(const Certificate& signer, const DetachedSignature& signature,
                            const QByteArray& message)
{
    if (signer.isNull() || signature.signature.isEmpty())
        return false;
    EVP_PKEY* key = X509_get0_pubkey(signer.get());
    if (!key)
        return false;
    // Only the algorithm that sign() uses with this key: no downgrade to a weaker digest.
    if (signature.algorithm.isEmpty() || signature.algorithm != algorithmFor(key))
        return false;
    const QByteArray digest = digestName(signature.algorithm);
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    const bool ok =
        ctx &&
        EVP_DigestVerifyInit_ex(ctx.get(), nullptr, digest.isEmpty() ? nullptr : digest.constData(), nullptr,
                                nullptr, key, nullptr) == 1 &&
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.signature.constData()),
                         size_t(signature.signature.size()),
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         size_t(message.size())) == 1;
    if (!ok)
        (void)takeOpensslErrors();
    return ok;
}

} // namespace certdesk
