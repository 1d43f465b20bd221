#include "ca/SealedBox.h"

#include "ca/MemoryBio.h"
#include "ca/OpensslError.h"

#include <openssl/cms.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/rsa.h>

namespace certdesk {
namespace {

constexpr qsizetype kMaxPlaintext = 1024;
constexpr unsigned int kFlags = CMS_BINARY; // never translate line endings of the secret

// Recipient parameters stronger than OpenSSL's defaults (SHA-1 KDF, PKCS#1 v1.5 key transport).
bool configureRecipient(CMS_RecipientInfo* ri, const EVP_PKEY* recipientKey)
{
    EVP_PKEY_CTX* pctx = CMS_RecipientInfo_get0_pkey_ctx(ri);
    if (!pctx)
        return false;
    switch (CMS_RecipientInfo_type(ri)) {
    case CMS_RECIPINFO_AGREE:
        return EVP_PKEY_CTX_set_ecdh_kdf_md(pctx, EVP_PKEY_get_bits(recipientKey) > 256 ? EVP_sha384()
                                                                                        : EVP_sha256()) > 0;
    case CMS_RECIPINFO_TRANS:
        return EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_OAEP_PADDING) > 0 &&
               EVP_PKEY_CTX_set_rsa_oaep_md(pctx, EVP_sha256()) > 0 &&
               EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, EVP_sha256()) > 0;
    default:
        return false;
    }
}

// Whether one of the message's recipients is `cert` (by issuer and serial or key identifier).
bool isAddressedTo(CMS_ContentInfo* cms, X509* cert)
{
    STACK_OF(CMS_RecipientInfo)* recipients = CMS_get0_RecipientInfos(cms);
    for (int i = 0; i < sk_CMS_RecipientInfo_num(recipients); ++i) {
        CMS_RecipientInfo* ri = sk_CMS_RecipientInfo_value(recipients, i);
        if (CMS_RecipientInfo_type(ri) == CMS_RECIPINFO_TRANS &&
            CMS_RecipientInfo_ktri_cert_cmp(ri, cert) == 0)
            return true;
        if (CMS_RecipientInfo_type(ri) != CMS_RECIPINFO_AGREE)
            continue;
        STACK_OF(CMS_RecipientEncryptedKey)* keys = CMS_RecipientInfo_kari_get0_reks(ri);
        for (int k = 0; k < sk_CMS_RecipientEncryptedKey_num(keys); ++k) {
            if (CMS_RecipientEncryptedKey_cert_cmp(sk_CMS_RecipientEncryptedKey_value(keys, k), cert) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

Result<QByteArray> SealedBox::seal(const Certificate& recipient, const QByteArray& plaintext)
{
    if (recipient.isNull())
        return makeError(ErrorCode::Invalid, tr("There is no CA certificate to protect the secret with."));
    if (plaintext.size() > kMaxPlaintext)
        return makeError(ErrorCode::Invalid, tr("The secret is too long to be protected with the CA key."));

    ERR_clear_error();
    const ossl::Bio in = MemoryBio::reader(plaintext);
    // CMS_PARTIAL: recipients are added (and tuned) before CMS_final encrypts.
    const ossl::CmsContentInfo cms(
        CMS_encrypt_ex(nullptr, nullptr, EVP_aes_256_gcm(), kFlags | CMS_PARTIAL, nullptr, nullptr));
    if (!in || !cms)
        return makeError(ErrorCode::Crypto, tr("Could not protect the secret with the CA key."),
                         takeOpensslErrors());
    CMS_RecipientInfo* ri = CMS_add1_recipient_cert(cms.get(), recipient.get(), kFlags | CMS_KEY_PARAM);
    if (!ri || !configureRecipient(ri, X509_get0_pubkey(recipient.get())))
        return makeError(
            ErrorCode::Crypto,
            tr("The CA key (%1) cannot be used to protect secrets.").arg(recipient.keyDescription()),
            takeOpensslErrors());
    if (CMS_final(cms.get(), in.get(), nullptr, kFlags) != 1)
        return makeError(ErrorCode::Crypto, tr("Could not protect the secret with the CA key."),
                         takeOpensslErrors());

    const int len = i2d_CMS_ContentInfo(cms.get(), nullptr);
    if (len <= 0)
        return makeError(ErrorCode::Crypto, tr("Could not protect the secret with the CA key."),
                         takeOpensslErrors());
    QByteArray der(len, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_CMS_ContentInfo(cms.get(), &out) != len)
        return makeError(ErrorCode::Crypto, tr("Could not protect the secret with the CA key."),
                         takeOpensslErrors());
    return der;
}

Result<QByteArray> SealedBox::open(const PrivateKey& key, const Certificate& recipient,
                                   const QByteArray& sealed)
{
    if (key.isNull() || recipient.isNull())
        return makeError(ErrorCode::Invalid, tr("The CA key is needed to read the protected secret."));
    if (!recipient.matchesKey(key.get()))
        return makeError(ErrorCode::Crypto, tr("The CA private key does not belong to the CA certificate."));

    ERR_clear_error();
    const auto* p = reinterpret_cast<const unsigned char*>(sealed.constData());
    const auto* const end = p + sealed.size();
    const ossl::CmsContentInfo cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(sealed.size())));
    if (!cms || p != end || !CMS_get0_RecipientInfos(cms.get()))
        return makeError(ErrorCode::Crypto, tr("The protected secret is damaged."), takeOpensslErrors());
    if (!isAddressedTo(cms.get(), recipient.get()))
        return makeError(ErrorCode::Crypto, tr("The protected secret was not sealed for this CA key."),
                         takeOpensslErrors());

    // Secure-heap BIO: the plaintext buffer is cleared when it is freed.
    const ossl::Bio out(BIO_new(BIO_s_secmem()));
    if (!out)
        return makeError(ErrorCode::Crypto, tr("Out of memory."), takeOpensslErrors());
    // With the certificate given, only the matching recipient is tried (no silent random-key fallback);
    // a wrong wrapped key or GCM tag fails here.
    if (CMS_decrypt(cms.get(), key.get(), recipient.get(), nullptr, out.get(), kFlags) != 1)
        return makeError(ErrorCode::Crypto, tr("The protected secret is damaged."), takeOpensslErrors());
    return MemoryBio::contents(out.get());
}

} // namespace certdesk
