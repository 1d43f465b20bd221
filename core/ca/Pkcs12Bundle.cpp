#include "ca/Pkcs12Bundle.h"

#include "ca/OpensslError.h"

#include <openssl/err.h>

namespace certdesk {
namespace {

constexpr int kIterations = 2048;
constexpr int kMacSaltLength = 8;

} // namespace

Result<QByteArray> Pkcs12Bundle::build(Pkcs12Profile profile, const PrivateKey& key, const Certificate& leaf,
                                       const QList<Certificate>& caChain, const QString& friendlyName,
                                       const QByteArray& password)
{
    if (password.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A PKCS#12 file needs a password."));
    if (password.contains('\0'))
        return makeError(ErrorCode::Invalid, tr("The PKCS#12 password contains a NUL character."));
    if (key.isNull() || leaf.isNull())
        return makeError(ErrorCode::Invalid, tr("A PKCS#12 file needs a key and its certificate."));
    if (!leaf.matchesKey(key.get()))
        return makeError(ErrorCode::Invalid, tr("The private key does not belong to the certificate."));

    const ossl::X509Stack chain(sk_X509_new_null());
    if (!chain)
        return makeError(ErrorCode::Crypto, tr("Out of memory."), takeOpensslErrors());
    for (const Certificate& cert : caChain) {
        if (!cert.isNull() && X509_add_cert(chain.get(), cert.get(), X509_ADD_FLAG_UP_REF) != 1)
            return makeError(ErrorCode::Crypto, tr("Out of memory."), takeOpensslErrors());
    }

    // Compatible: PKCS#12 PBE SHA-1/3DES (8-byte salt) for key and certificates, SHA-1 MAC.
    // Modern: PBES2 AES-256-CBC with PBKDF2-HMAC-SHA256 for key and certificates, SHA-256 MAC.
    const bool compatible = profile == Pkcs12Profile::Compatible;
    const int nid = compatible ? NID_pbe_WithSHA1And3_Key_TripleDES_CBC : NID_aes_256_cbc;
    const EVP_MD* macMd = compatible ? EVP_sha1() : EVP_sha256();
    const QByteArray name = friendlyName.toUtf8(); // stored as BMPString by PKCS12_add_friendlyname_utf8

    // mac_iter = -1: no MAC yet, so that the MAC digest can be set explicitly below (OpenSSL would
    // otherwise choose it).
    const ossl::Pkcs12 p12(PKCS12_create_ex(password.constData(), name.isEmpty() ? nullptr : name.constData(),
                                            key.get(), leaf.get(), chain.get(), nid, nid, kIterations, -1, 0,
                                            nullptr, nullptr));
    if (!p12)
        return makeError(ErrorCode::Crypto, tr("Could not create the PKCS#12 file."), takeOpensslErrors());
    if (PKCS12_set_mac(p12.get(), password.constData(), static_cast<int>(password.size()), nullptr,
                       kMacSaltLength, kIterations, macMd) != 1)
        return makeError(ErrorCode::Crypto, tr("Could not protect the PKCS#12 file with a MAC."),
                         takeOpensslErrors());

    const int len = i2d_PKCS12(p12.get(), nullptr);
    if (len <= 0)
        return makeError(ErrorCode::Crypto, tr("Could not encode the PKCS#12 file."), takeOpensslErrors());
    QByteArray der(len, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_PKCS12(p12.get(), &out) != len)
        return makeError(ErrorCode::Crypto, tr("Could not encode the PKCS#12 file."), takeOpensslErrors());
    return der;
}

Result<Pkcs12Bundle::Contents> Pkcs12Bundle::parse(const QByteArray& der, const QByteArray& password)
{
    ERR_clear_error();
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    const ossl::Pkcs12 p12(d2i_PKCS12(nullptr, &in, static_cast<long>(der.size())));
    if (!p12)
        return makeError(ErrorCode::Invalid,
                         tr("The file is not a PKCS#12 (.p12/.pfx) file or it is damaged."),
                         takeOpensslErrors());

    const char* pass = password.constData();
    const int passLen = static_cast<int>(password.size());
    if (PKCS12_mac_present(p12.get())) {
        // An empty password may have been encoded as absent; OpenSSL's own parser tries both too.
        const bool macOk = PKCS12_verify_mac(p12.get(), pass, passLen) == 1 ||
                           (password.isEmpty() && PKCS12_verify_mac(p12.get(), nullptr, 0) == 1);
        if (!macOk)
            return makeError(ErrorCode::Locked, tr("The PKCS#12 password is wrong."), takeOpensslErrors());
    }

    EVP_PKEY* rawKey = nullptr;
    X509* rawCert = nullptr;
    STACK_OF(X509)* rawCa = nullptr;
    const int parsed = PKCS12_parse(p12.get(), pass, &rawKey, &rawCert, &rawCa);
    ossl::PKey key(rawKey);
    ossl::X509Ptr cert(rawCert);
    const ossl::X509Stack ca(rawCa);
    if (parsed != 1) {
        const QString detail = takeOpensslErrors();
        if (!PKCS12_mac_present(p12.get()))
            return makeError(ErrorCode::Locked,
                             tr("The PKCS#12 password is wrong, or the file uses an unsupported algorithm."),
                             detail);
        return makeError(
            ErrorCode::Invalid,
            tr("The PKCS#12 file could not be read: it is damaged or uses an unsupported (legacy) "
               "algorithm such as RC2. Export it again with AES or 3DES."),
            detail);
    }

    Contents contents;
    contents.key = PrivateKey(std::move(key));
    contents.certificate = Certificate(std::move(cert));
    while (ca && sk_X509_num(ca.get()) > 0)
        contents.caCertificates.append(Certificate(ossl::X509Ptr(sk_X509_shift(ca.get()))));
    return contents;
}

} // namespace certdesk
