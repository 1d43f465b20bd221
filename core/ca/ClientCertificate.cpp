#include "ca/ClientCertificate.h"

#include "ca/OpensslError.h"
#include "ca/X509Builder.h"

#include <QUrl>

#include <algorithm>

namespace certdesk {
namespace {

constexpr qint64 kBackdateSecs = 5 * 60;
constexpr const char* kUpnOid = "1.3.6.1.4.1.311.20.2.3"; // Microsoft User Principal Name

bool isPrintableAscii(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

// The URL goes into an OpenSSL configuration string, so it must be plain ASCII without commas
// (percent-encode them) and an http, https or ldap URL.
bool isUsableUrl(const QString& url)
{
    if (!isPrintableAscii(url) || url.contains(QLatin1Char(',')))
        return false;
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && !parsed.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
            scheme == QLatin1String("ldap"));
}

Status pushName(GENERAL_NAMES* names, ossl::GeneralName name)
{
    if (sk_GENERAL_NAME_push(names, name.get()) <= 0)
        return makeError(ErrorCode::Crypto, ClientCertificateSigner::tr("Out of memory."),
                         takeOpensslErrors());
    (void)name.release(); // owned by the stack
    return {};
}

Status addEmail(GENERAL_NAMES* names, const QByteArray& email)
{
    ossl::GeneralName name(GENERAL_NAME_new());
    ossl::Asn1Ia5String value(ASN1_IA5STRING_new());
    if (!name || !value ||
        ASN1_STRING_set(value.get(), email.constData(), static_cast<int>(email.size())) != 1)
        return makeError(ErrorCode::Crypto, ClientCertificateSigner::tr("Out of memory."),
                         takeOpensslErrors());
    GENERAL_NAME_set0_value(name.get(), GEN_EMAIL, value.release());
    return pushName(names, std::move(name));
}

Status addUpn(GENERAL_NAMES* names, const QByteArray& upnUtf8)
{
    ossl::GeneralName name(GENERAL_NAME_new());
    ossl::Asn1Object oid(OBJ_txt2obj(kUpnOid, 1));
    ossl::Asn1Type value(ASN1_TYPE_new());
    ossl::Asn1Utf8String text(ASN1_UTF8STRING_new());
    if (!name || !oid || !value || !text ||
        ASN1_STRING_set(text.get(), upnUtf8.constData(), static_cast<int>(upnUtf8.size())) != 1)
        return makeError(ErrorCode::Crypto, ClientCertificateSigner::tr("Out of memory."),
                         takeOpensslErrors());
    ASN1_TYPE_set(value.get(), V_ASN1_UTF8STRING, text.release());
    if (GENERAL_NAME_set0_othername(name.get(), oid.get(), value.get()) != 1)
        return makeError(ErrorCode::Crypto, ClientCertificateSigner::tr("Out of memory."),
                         takeOpensslErrors());
    (void)oid.release();
    (void)value.release();
    return pushName(names, std::move(name));
}

Status validate(const ClientCertificateRequest& request)
{
    if (request.loginId.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, ClientCertificateSigner::tr(
                                                 "The certificate needs a login ID for its common name."));
    if (request.validityDays < 1)
        return makeError(ErrorCode::Invalid,
                         ClientCertificateSigner::tr("The validity must be at least one day."));
    if (!request.email.isEmpty() &&
        (!isPrintableAscii(request.email) || !request.email.contains(QLatin1Char('@'))))
        return makeError(ErrorCode::Invalid, ClientCertificateSigner::tr(
                                                 "The e-mail address \"%1\" cannot be put in a certificate.")
                                                 .arg(request.email));
    if (!request.upn.isEmpty() && !request.upn.contains(QLatin1Char('@')))
        return makeError(ErrorCode::Invalid, ClientCertificateSigner::tr(
                                                 "The user principal name \"%1\" must look like user@domain.")
                                                 .arg(request.upn));
    for (const QString* url : {&request.crlUrl, &request.ocspUrl, &request.caIssuersUrl}) {
        if (!url->isEmpty() && !isUsableUrl(*url))
            return makeError(
                ErrorCode::Invalid,
                ClientCertificateSigner::tr("The URL \"%1\" is not a valid http, https or ldap URL "
                                            "(use percent-encoding for commas and non-ASCII characters).")
                    .arg(*url));
    }
    return {};
}

} // namespace

Result<Certificate> ClientCertificateSigner::sign(const CertificateAuthority& ca, const PrivateKey& key,
                                                  const ClientCertificateRequest& request, const Clock& clock)
{
    if (ca.certificate().isNull() || ca.key().isNull())
        return makeError(ErrorCode::Locked, tr("The CA is not unlocked."));
    if (key.isNull())
        return makeError(ErrorCode::Invalid, tr("There is no key to certify."));
    if (Status valid = validate(request); !valid)
        return valid.error();

    const QDateTime now = clock.nowUtc();
    const QDateTime notBefore = now.addSecs(-kBackdateSecs);
    const QDateTime caNotAfter = ca.certificate().notAfter();
    const QDateTime notAfter = std::min(now.addDays(request.validityDays), caNotAfter);
    if (caNotAfter <= now)
        return makeError(ErrorCode::Invalid,
                         tr("The CA certificate expired on %1; it cannot issue certificates.")
                             .arg(caNotAfter.toString(Qt::ISODate)));

    X509* issuer = ca.certificate().get();
    const bool rsa = EVP_PKEY_is_a(key.get(), "RSA");
    X509Builder builder;
    Status st = builder.setRandomSerial();
    if (st)
        st = builder.setSubject({{NID_organizationName, request.organization.trimmed()},
                                 {NID_surname, request.familyNameEn.trimmed()},
                                 {NID_givenName, request.givenNameEn.trimmed()},
                                 {NID_commonName, request.loginId.trimmed()}});
    if (st)
        st = builder.setIssuer(X509_get_subject_name(issuer));
    if (st)
        st = builder.setValidity(notBefore, notAfter);
    if (st)
        st = builder.setPublicKey(key.get());
    if (st)
        st = builder.addLeafExtensions(rsa ? "critical,digitalSignature,keyEncipherment"
                                           : "critical,digitalSignature",
                                       "clientAuth", issuer);
    if (!st)
        return st.error();

    if (!request.email.isEmpty() || !request.upn.isEmpty()) {
        const ossl::GeneralNames names(sk_GENERAL_NAME_new_null());
        if (!names)
            return makeError(ErrorCode::Crypto, tr("Out of memory."), takeOpensslErrors());
        if (!request.email.isEmpty())
            st = addEmail(names.get(), request.email.toLatin1());
        if (st && !request.upn.isEmpty())
            st = addUpn(names.get(), request.upn.toUtf8());
        if (st)
            st = builder.addExtension(NID_subject_alt_name, names.get(), false);
        if (!st)
            return st.error();
    }
    if (!request.crlUrl.isEmpty()) {
        const QByteArray value = "URI:" + request.crlUrl.toLatin1();
        if (Status added = builder.addExtension(NID_crl_distribution_points, value.constData(), issuer);
            !added)
            return added.error();
    }
    if (!request.ocspUrl.isEmpty() || !request.caIssuersUrl.isEmpty()) {
        QByteArrayList access;
        if (!request.ocspUrl.isEmpty())
            access << "OCSP;URI:" + request.ocspUrl.toLatin1();
        if (!request.caIssuersUrl.isEmpty())
            access << "caIssuers;URI:" + request.caIssuersUrl.toLatin1();
        const QByteArray value = access.join(',');
        if (Status added = builder.addExtension(NID_info_access, value.constData(), issuer); !added)
            return added.error();
    }
    return builder.sign(ca.key().get());
}

} // namespace certdesk
