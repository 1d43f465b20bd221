#include "ocsp/OcspSigner.h"

#include "ca/X509Builder.h"

#include <algorithm>

namespace certdesk {
namespace {

constexpr qint64 kBackdateSecs = 5 * 60;
constexpr qsizetype kMaxCommonName = 64; // RFC 5280 ub-common-name

QString subjectField(const Certificate& cert, int nid)
{
    const X509_NAME* name = X509_get_subject_name(cert.get());
    const int idx = name ? X509_NAME_get_index_by_NID(name, nid, -1) : -1;
    if (idx < 0)
        return {};
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx)));
    const ossl::OsslBytes owner(utf8);
    return len < 0 ? QString() : QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
}

QString responderCommonName(const Certificate& caCert)
{
    const QString suffix = QStringLiteral(" OCSP Responder");
    QString caName = caCert.commonName().trimmed();
    if (caName.isEmpty())
        caName = subjectField(caCert, NID_organizationName).trimmed();
    caName.truncate(kMaxCommonName - suffix.size()); // upper bound; ub is in characters, not UTF-16 units
    return (caName + suffix).trimmed();
}

} // namespace

OcspSigner::OcspSigner(Certificate certificate, PrivateKey key)
    : m_certificate(std::move(certificate)), m_key(std::move(key))
{
}

Result<OcspSigner> OcspSigner::issue(const CertificateAuthority& ca, const QDateTime& nowUtc,
                                     int validityDays)
{
    if (ca.certificate().isNull() || ca.key().isNull())
        return makeError(ErrorCode::Locked, tr("The CA is not unlocked."));
    if (validityDays < 1)
        return makeError(ErrorCode::Invalid, tr("The validity must be at least one day."));
    if (!nowUtc.isValid())
        return makeError(ErrorCode::Invalid, tr("The validity period is empty."));
    const QDateTime caNotAfter = ca.certificate().notAfter();
    if (caNotAfter <= nowUtc)
        return makeError(ErrorCode::Invalid,
                         tr("The CA certificate expired on %1; it cannot issue an OCSP signing certificate.")
                             .arg(caNotAfter.toString(Qt::ISODate)));

    auto key = PrivateKey::generate(KeyType::EcP256);
    if (!key)
        return key.error();

    X509* issuer = ca.certificate().get();
    X509Builder builder;
    Status st = builder.setRandomSerial();
    if (st)
        st = builder.setSubject({{NID_organizationName, subjectField(ca.certificate(), NID_organizationName)},
                                 {NID_commonName, responderCommonName(ca.certificate())}});
    if (st)
        st = builder.setIssuer(X509_get_subject_name(issuer));
    if (st)
        st = builder.setValidity(nowUtc.addSecs(-kBackdateSecs),
                                 std::min(nowUtc.addDays(validityDays), caNotAfter));
    if (st)
        st = builder.setPublicKey(key.value().get());
    if (st)
        st = builder.addLeafExtensions("critical,digitalSignature", "OCSPSigning", issuer);
    if (st) // the value is ignored: the extension is an ASN.1 NULL (RFC 6960 4.2.2.2.1)
        st = builder.addExtension(NID_id_pkix_OCSP_noCheck, "ignored", issuer);
    if (!st)
        return st.error();

    auto cert = builder.sign(ca.key().get());
    if (!cert)
        return cert.error();
    return OcspSigner(std::move(cert).value(), std::move(key).value());
}

} // namespace certdesk
