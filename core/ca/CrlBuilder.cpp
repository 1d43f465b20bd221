#include "ca/CrlBuilder.h"

#include "ca/OpensslError.h"
#include "ca/X509Builder.h"

#include <cctype>

namespace certdesk {
namespace {

Result<ossl::Asn1Integer> serialFromHex(const QString& hex)
{
    const QByteArray latin = hex.trimmed().toLatin1();
    bool ok = !latin.isEmpty() && latin.size() <= 40; // RFC 5280: at most 20 octets
    for (const char c : latin)
        ok = ok && std::isxdigit(static_cast<unsigned char>(c));
    BIGNUM* raw = nullptr;
    if (ok && BN_hex2bn(&raw, latin.constData()) != latin.size())
        ok = false;
    const ossl::BigNum bn(raw);
    if (!ok || !bn)
        return makeError(ErrorCode::Invalid,
                         CrlBuilder::tr("\"%1\" is not a certificate serial number.").arg(hex));
    ossl::Asn1Integer serial(BN_to_ASN1_INTEGER(bn.get(), nullptr));
    if (!serial)
        return makeError(ErrorCode::Crypto, CrlBuilder::tr("Out of memory."), takeOpensslErrors());
    return serial;
}

Status addEntry(X509_CRL* crl, const CrlEntry& entry)
{
    auto serial = serialFromHex(entry.serialHex);
    if (!serial)
        return serial.error();
    if (!entry.revokedAtUtc.isValid())
        return makeError(ErrorCode::Invalid,
                         CrlBuilder::tr("The revocation of %1 has no date.").arg(entry.serialHex));
    ossl::X509Revoked revoked(X509_REVOKED_new());
    const ossl::Asn1Time when = X509Builder::toAsn1Time(entry.revokedAtUtc);
    if (!revoked || !when || X509_REVOKED_set_serialNumber(revoked.get(), serial.value().get()) != 1 ||
        X509_REVOKED_set_revocationDate(revoked.get(), when.get()) != 1)
        return makeError(ErrorCode::Crypto, CrlBuilder::tr("Could not add a revoked certificate to the CRL."),
                         takeOpensslErrors());
    // RFC 5280 5.3.1: the reasonCode "unspecified" SHOULD be absent, so it is omitted.
    if (entry.reason != RevocationReason::Unspecified) {
        const ossl::Asn1Enumerated reason(ASN1_ENUMERATED_new());
        if (!reason || ASN1_ENUMERATED_set(reason.get(), static_cast<long>(entry.reason)) != 1 ||
            X509_REVOKED_add1_ext_i2d(revoked.get(), NID_crl_reason, reason.get(), 0, X509V3_ADD_DEFAULT) !=
                1)
            return makeError(ErrorCode::Crypto,
                             CrlBuilder::tr("Could not add the revocation reason to the CRL."),
                             takeOpensslErrors());
    }
    if (X509_CRL_add0_revoked(crl, revoked.get()) != 1)
        return makeError(ErrorCode::Crypto, CrlBuilder::tr("Could not add a revoked certificate to the CRL."),
                         takeOpensslErrors());
    (void)revoked.release(); // owned by the CRL
    return {};
}

} // namespace

Result<QByteArray> CrlBuilder::buildDer(const CertificateAuthority& ca, const QList<CrlEntry>& entries,
                                        qint64 crlNumber, const QDateTime& thisUpdateUtc,
                                        const QDateTime& nextUpdateUtc)
{
    if (ca.certificate().isNull() || ca.key().isNull())
        return makeError(ErrorCode::Locked, tr("The CA is not unlocked."));
    if (crlNumber < 0)
        return makeError(ErrorCode::Invalid, tr("The CRL number must not be negative."));
    if (!thisUpdateUtc.isValid() || !nextUpdateUtc.isValid() || nextUpdateUtc <= thisUpdateUtc)
        return makeError(ErrorCode::Invalid, tr("The next CRL update must be after this update."));

    X509* caCert = ca.certificate().get();
    const ossl::X509Crl crl(X509_CRL_new());
    const ossl::Asn1Time thisUpdate = X509Builder::toAsn1Time(thisUpdateUtc);
    const ossl::Asn1Time nextUpdate = X509Builder::toAsn1Time(nextUpdateUtc);
    if (!crl || !thisUpdate || !nextUpdate || X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2) != 1 ||
        X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(caCert)) != 1 ||
        X509_CRL_set1_lastUpdate(crl.get(), thisUpdate.get()) != 1 ||
        X509_CRL_set1_nextUpdate(crl.get(), nextUpdate.get()) != 1)
        return makeError(ErrorCode::Crypto, tr("Could not create the CRL."), takeOpensslErrors());

    for (const CrlEntry& entry : entries) {
        if (Status added = addEntry(crl.get(), entry); !added)
            return added.error();
    }

    const ossl::Asn1Integer number(ASN1_INTEGER_new());
    if (!number || ASN1_INTEGER_set_int64(number.get(), crlNumber) != 1 ||
        X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, X509V3_ADD_DEFAULT) != 1)
        return makeError(ErrorCode::Crypto, tr("Could not add the CRL number."), takeOpensslErrors());

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, caCert, nullptr, nullptr, crl.get(), 0);
    const ossl::X509Ext aki(
        X509V3_EXT_nconf_nid(nullptr, &ctx, NID_authority_key_identifier, "keyid,issuer"));
    if (!aki || X509_CRL_add_ext(crl.get(), aki.get(), -1) != 1)
        return makeError(ErrorCode::Crypto, tr("Could not add the authority key identifier to the CRL."),
                         takeOpensslErrors());

    EVP_PKEY* caKey = ca.key().get();
    if (X509_CRL_sort(crl.get()) != 1 ||
        X509_CRL_sign(crl.get(), caKey, X509Builder::signingDigest(caKey)) <= 0)
        return makeError(ErrorCode::Crypto, tr("Could not sign the CRL."), takeOpensslErrors());

    const int len = i2d_X509_CRL(crl.get(), nullptr);
    if (len <= 0)
        return makeError(ErrorCode::Crypto, tr("Could not encode the CRL."), takeOpensslErrors());
    QByteArray der(len, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_X509_CRL(crl.get(), &out) != len)
        return makeError(ErrorCode::Crypto, tr("Could not encode the CRL."), takeOpensslErrors());
    return der;
}

} // namespace certdesk
