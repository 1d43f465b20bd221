#pragma once
// RAII owners for every OpenSSL handle used in CertDesk. Never hold a raw owning pointer.
#include <memory>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/conf.h> // before x509v3.h: enables X509V3_EXT_nconf_nid
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace certdesk::ossl {

template <auto FreeFn> struct Deleter
{
    template <typename T> void operator()(T* p) const
    {
        if (p)
            FreeFn(p);
    }
};

using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509Crl = std::unique_ptr<X509_CRL, Deleter<X509_CRL_free>>;
using X509Revoked = std::unique_ptr<X509_REVOKED, Deleter<X509_REVOKED_free>>;
using X509Name = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;
using X509Ext = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using X509Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using X509StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using Asn1Integer = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER_free>>;
using Asn1Time = std::unique_ptr<ASN1_TIME, Deleter<ASN1_TIME_free>>;
using Asn1OctetString = std::unique_ptr<ASN1_OCTET_STRING, Deleter<ASN1_OCTET_STRING_free>>;
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using GeneralNames = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;
using GeneralName = std::unique_ptr<GENERAL_NAME, Deleter<GENERAL_NAME_free>>;
using OtherName = std::unique_ptr<OTHERNAME, Deleter<OTHERNAME_free>>;
using Asn1Enumerated = std::unique_ptr<ASN1_ENUMERATED, Deleter<ASN1_ENUMERATED_free>>;
using Asn1Type = std::unique_ptr<ASN1_TYPE, Deleter<ASN1_TYPE_free>>;
using Asn1Ia5String = std::unique_ptr<ASN1_IA5STRING, Deleter<ASN1_IA5STRING_free>>;
using Asn1Utf8String = std::unique_ptr<ASN1_UTF8STRING, Deleter<ASN1_UTF8STRING_free>>;
using Asn1Object = std::unique_ptr<ASN1_OBJECT, Deleter<ASN1_OBJECT_free>>;
using Pkcs8PrivKeyInfo = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Deleter<PKCS8_PRIV_KEY_INFO_free>>;
using X509Sig = std::unique_ptr<X509_SIG, Deleter<X509_SIG_free>>;
using X509Algor = std::unique_ptr<X509_ALGOR, Deleter<X509_ALGOR_free>>;
using CmsContentInfo = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;

// Memory returned by OpenSSL (BN_bn2hex, ASN1_STRING_to_UTF8, ...): released with OPENSSL_free.
inline void freeOpensslMemory(void* p)
{
    OPENSSL_free(p);
}
using OsslChars = std::unique_ptr<char, Deleter<freeOpensslMemory>>;
using OsslBytes = std::unique_ptr<unsigned char, Deleter<freeOpensslMemory>>;

struct X509StackDeleter
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_pop_free(s, X509_free); }
};
using X509Stack = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

} // namespace certdesk::ossl
