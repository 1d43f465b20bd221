#include "ca/X509Builder.h"

#include "ca/OpensslError.h"

#include <openssl/rand.h>

namespace certdesk {

X509Builder::X509Builder() : m_cert(X509_new())
{
    if (m_cert)
        X509_set_version(m_cert.get(), X509_VERSION_3);
}

Result<ossl::Asn1Integer> X509Builder::randomSerial()
{
    unsigned char bytes[16];
    do {
        if (RAND_bytes(bytes, sizeof bytes) != 1)
            return makeError(ErrorCode::Crypto, tr("Could not generate a random serial number."),
                             takeOpensslErrors());
        bytes[0] &= 0x7F;    // positive
    } while (bytes[0] == 0); // keeps the DER encoding at exactly 16 bytes, and never zero
    const ossl::BigNum bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    ossl::Asn1Integer serial(bn ? BN_to_ASN1_INTEGER(bn.get(), nullptr) : nullptr);
    if (!serial)
        return makeError(ErrorCode::Crypto, tr("Could not generate a random serial number."),
                         takeOpensslErrors());
    return serial;
}

ossl::Asn1Time X509Builder::toAsn1Time(const QDateTime& utc)
{
    // ASN1_TIME_set picks UTCTime up to 2049 and GeneralizedTime after, as RFC 5280 requires.
    return ossl::Asn1Time(ASN1_TIME_set(nullptr, static_cast<time_t>(utc.toSecsSinceEpoch())));
}

const EVP_MD* X509Builder::signingDigest(const EVP_PKEY* key)
{
    if (EVP_PKEY_is_a(key, "ED25519") || EVP_PKEY_is_a(key, "ED448"))
        return nullptr;
    if (EVP_PKEY_is_a(key, "EC")) {
        const int bits = EVP_PKEY_get_bits(key);
        if (bits > 384)
            return EVP_sha512();
        if (bits > 256)
            return EVP_sha384();
    }
    return EVP_sha256();
}

Status X509Builder::setRandomSerial()
{
    auto serial = randomSerial();
    if (!serial)
        return serial.error();
    if (!m_cert || X509_set_serialNumber(m_cert.get(), serial.value().get()) != 1)
        return makeError(ErrorCode::Crypto, tr("Could not set the serial number."), takeOpensslErrors());
    return {};
}

Status X509Builder::setSubject(const QList<NameEntry>& entries)
{
    const ossl::X509Name name(X509_NAME_new());
    if (!name || !m_cert)
        return makeError(ErrorCode::Crypto, tr("Out of memory."), takeOpensslErrors());
    for (const NameEntry& entry : entries) {
        if (entry.value.isEmpty())
            continue;
        const QByteArray utf8 = entry.value.toUtf8();
        if (X509_NAME_add_entry_by_NID(name.get(), entry.nid, MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>(utf8.constData()),
                                       static_cast<int>(utf8.size()), -1, 0) != 1) {
            return makeError(
                ErrorCode::Invalid,
                tr("The subject field %1 is too long or contains characters that are not allowed.")
                    .arg(QString::fromLatin1(OBJ_nid2sn(entry.nid))),
                takeOpensslErrors());
        }
    }
    if (X509_set_subject_name(m_cert.get(), name.get()) != 1)
        return makeError(ErrorCode::Crypto, tr("Could not set the certificate subject."),
                         takeOpensslErrors());
    return {};
}

Status X509Builder::setIssuer(const X509_NAME* issuer)
{
    if (!m_cert || X509_set_issuer_name(m_cert.get(), issuer) != 1)
        return makeError(ErrorCode::Crypto, tr("Could not set the certificate issuer."), takeOpensslErrors());
    return {};
}

Status X509Builder::setValidity(const QDateTime& notBeforeUtc, const QDateTime& notAfterUtc)
{
    if (!notBeforeUtc.isValid() || !notAfterUtc.isValid() || notAfterUtc <= notBeforeUtc)
        return makeError(ErrorCode::Invalid, tr("The validity period is empty."));
    const ossl::Asn1Time from = toAsn1Time(notBeforeUtc);
    const ossl::Asn1Time until = toAsn1Time(notAfterUtc);
    if (!m_cert || !from || !until || X509_set1_notBefore(m_cert.get(), from.get()) != 1 ||
        X509_set1_notAfter(m_cert.get(), until.get()) != 1)
        return makeError(ErrorCode::Crypto, tr("Could not set the validity period."), takeOpensslErrors());
    return {};
}

Status X509Builder::setPublicKey(EVP_PKEY* key)
{
    if (!m_cert || !key || X509_set_pubkey(m_cert.get(), key) != 1)
        return makeError(ErrorCode::Crypto, tr("Could not set the public key."), takeOpensslErrors());
    return {};
}

Status X509Builder::addExtension(int nid, const char* value, X509* issuer)
{
    if (!m_cert)
        return makeError(ErrorCode::Crypto, tr("Out of memory."));
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : m_cert.get(), m_cert.get(), nullptr, nullptr, 0);
    const ossl::X509Ext ext(X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value));
    if (!ext || X509_add_ext(m_cert.get(), ext.get(), -1) != 1)
        return makeError(ErrorCode::Crypto,
                         tr("Could not add the %1 extension.").arg(QString::fromLatin1(OBJ_nid2ln(nid))),
                         takeOpensslErrors());
    return {};
}

Status X509Builder::addLeafExtensions(const char* keyUsage, const char* extendedKeyUsage, X509* issuer)
{
    Status st = addExtension(NID_basic_constraints, "critical,CA:FALSE", issuer);
    if (st)
        st = addExtension(NID_key_usage, keyUsage, issuer);
    if (st)
        st = addExtension(NID_ext_key_usage, extendedKeyUsage, issuer);
    if (st)
        st = addExtension(NID_subject_key_identifier, "hash", issuer);
    if (st)
        st = addExtension(NID_authority_key_identifier, "keyid,issuer", issuer);
    return st;
}

Status X509Builder::addExtension(int nid, void* value, bool critical)
{
    if (!m_cert || X509_add1_ext_i2d(m_cert.get(), nid, value, critical ? 1 : 0, X509V3_ADD_DEFAULT) != 1)
        return makeError(ErrorCode::Crypto,
                         tr("Could not add the %1 extension.").arg(QString::fromLatin1(OBJ_nid2ln(nid))),
                         takeOpensslErrors());
    return {};
}

Result<Certificate> X509Builder::sign(EVP_PKEY* issuerKey)
{
    if (!m_cert || !issuerKey || X509_sign(m_cert.get(), issuerKey, signingDigest(issuerKey)) <= 0)
        return makeError(ErrorCode::Crypto, tr("Could not sign the certificate."), takeOpensslErrors());
    // Round-trip through DER so the returned certificate is exactly what was signed.
    return Certificate::fromDer(Certificate(std::move(m_cert)).toDer());
}

} // namespace certdesk
