#include "ocsp/OcspResponder.h"

#include "ca/OpensslError.h"
#include "ca/X509Builder.h"
#include "ocsp/OcspHandles.h"

#include <openssl/err.h>

namespace certdesk {
namespace {

// OCSPResponse ::= SEQUENCE { responseStatus ENUMERATED, ... } without responseBytes: fixed DER, so
// that an error answer never depends on an allocation succeeding.
QByteArray statusOnlyResponse(int status)
{
    const char der[] = {0x30, 0x03, 0x0A, 0x01, static_cast<char>(status)};
    return QByteArray(der, sizeof der);
}

QByteArray malformed()
{
    ERR_clear_error();
    return statusOnlyResponse(OCSP_RESPONSE_STATUS_MALFORMEDREQUEST);
}

QByteArray internalError()
{
    const QString detail = takeOpensslErrors();
    qWarning("OCSP responder: internal error%s%s", detail.isEmpty() ? "" : ": ", qPrintable(detail));
    return statusOnlyResponse(OCSP_RESPONSE_STATUS_INTERNALERROR);
}

ossl::OcspRequest parseRequest(QByteArrayView der)
{
    if (der.isEmpty() || der.size() > OcspResponder::MaxRequestBytes)
        return {};
    const auto* begin = reinterpret_cast<const unsigned char*>(der.data());
    const unsigned char* p = begin;
    ossl::OcspRequest req(d2i_OCSP_REQUEST(nullptr, &p, static_cast<long>(der.size())));
    if (!req || p != begin + der.size()) // trailing bytes
        return {};
    return req;
}

// RFC 8954: a nonce of 1..32 octets. The extension value is normally a DER OCTET STRING; a raw value
// (some old clients) is measured as it is.
bool nonceAcceptable(OCSP_REQUEST* req)
{
    const int idx = OCSP_REQUEST_get_ext_by_NID(req, NID_id_pkix_OCSP_Nonce, -1);
    if (idx < 0)
        return true;
    const ASN1_OCTET_STRING* value = X509_EXTENSION_get_data(OCSP_REQUEST_get_ext(req, idx));
    if (!value)
        return false;
    const unsigned char* p = ASN1_STRING_get0_data(value);
    const int len = ASN1_STRING_length(value);
    const unsigned char* q = p;
    const ossl::Asn1OctetString inner(d2i_ASN1_OCTET_STRING(nullptr, &q, len));
    ERR_clear_error(); // a raw nonce is not an error
    const int nonceLen = inner && q == p + len ? ASN1_STRING_length(inner.get()) : len;
    return nonceLen >= 1 && nonceLen <= OcspResponder::MaxNonceBytes;
}

// The CA's own CertID (no serial) with the hash algorithm of `requested`, or null when OpenSSL has no
// such digest.
ossl::OcspCertId caCertId(OCSP_CERTID* requested, X509* caCert)
{
    ASN1_OBJECT* mdOid = nullptr;
    if (OCSP_id_get0_info(nullptr, &mdOid, nullptr, nullptr, requested) != 1 || !mdOid)
        return {};
    const EVP_MD* md = EVP_get_digestbyobj(mdOid);
    if (!md || (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0)
        return {};
    return ossl::OcspCertId(OCSP_cert_to_id(md, nullptr, caCert));
}

QString serialHexOf(OCSP_CERTID* id)
{
    ASN1_INTEGER* serial = nullptr;
    if (OCSP_id_get0_info(nullptr, nullptr, nullptr, &serial, id) != 1 || !serial)
        return {};
    const ossl::BigNum bn(ASN1_INTEGER_to_BN(serial, nullptr));
    const ossl::OsslChars hex(bn ? BN_bn2hex(bn.get()) : nullptr);
    return hex ? QString::fromLatin1(hex.get()) : QString();
}

enum class Added { Yes, Failed, Unavailable };

// Adds the SingleResponse for `id`: Failed when OpenSSL fails or the lookup is inconsistent, Unavailable
// when the lookup could not be made (nothing added).
Added addStatus(OCSP_BASICRESP* basic, OCSP_CERTID* id, X509* caCert, const OcspLookup& lookup,
                ASN1_TIME* thisUpdate, ASN1_TIME* nextUpdate)
{
    OcspCertStatus status;
    const ossl::OcspCertId ours = caCertId(id, caCert);
    if (ours && OCSP_id_issuer_cmp(ours.get(), id) == 0) {
        const QString serial = serialHexOf(id);
        if (!serial.isEmpty() && lookup)
            status = lookup(serial);
    }
    ERR_clear_error(); // a digest OpenSSL does not know is an answer (unknown), not a failure
    auto added = [](bool ok) { return ok ? Added::Yes : Added::Failed; };

    switch (status.state) {
    case OcspCertState::Unavailable:
        return Added::Unavailable;
    case OcspCertState::Good:
        return added(OCSP_basic_add1_status(basic, id, V_OCSP_CERTSTATUS_GOOD, 0, nullptr, thisUpdate,
                                            nextUpdate) != nullptr);
    case OcspCertState::Revoked: {
        if (!status.revokedAtUtc.isValid())
            return Added::Failed;
        const ossl::Asn1Time revokedAt = X509Builder::toAsn1Time(status.revokedAtUtc);
        // RFC 5280 5.3.1: "unspecified" is expressed by leaving the reasonCode out, as in the CRL.
        const int reason = status.reason == RevocationReason::Unspecified ? OCSP_REVOKED_STATUS_NOSTATUS
                                                                          : static_cast<int>(status.reason);
        return added(revokedAt && OCSP_basic_add1_status(basic, id, V_OCSP_CERTSTATUS_REVOKED, reason,
                                                         revokedAt.get(), thisUpdate, nextUpdate) != nullptr);
    }
    case OcspCertState::Unknown:
        break;
    }
    return added(OCSP_basic_add1_status(basic, id, V_OCSP_CERTSTATUS_UNKNOWN, 0, nullptr, thisUpdate,
                                        nextUpdate) != nullptr);
}

} // namespace

OcspResponder::OcspResponder(Certificate caCert, OcspSigner signer)
    : m_caCert(std::move(caCert)), m_signer(std::move(signer))
{
}

bool OcspResponder::isIssuerOfAny(QByteArrayView requestDer) const
{
    const ossl::OcspRequest req = parseRequest(requestDer);
    if (!req || m_caCert.isNull())
        return false;
    const int count = OCSP_request_onereq_count(req.get());
    for (int i = 0; i < count && i < MaxCertIds; ++i) {
        OCSP_CERTID* id = OCSP_onereq_get0_id(OCSP_request_onereq_get0(req.get(), i));
        const ossl::OcspCertId ours = id ? caCertId(id, m_caCert.get()) : ossl::OcspCertId();
        if (ours && OCSP_id_issuer_cmp(ours.get(), id) == 0) {
            ERR_clear_error();
            return true;
        }
    }
    ERR_clear_error();
    return false;
}

QByteArray OcspResponder::respond(QByteArrayView requestDer, const OcspLookup& lookup,
                                  const QDateTime& nowUtc, bool* cacheable) const
{
    if (cacheable)
        *cacheable = false;
    const ossl::OcspRequest req = parseRequest(requestDer);
    if (!req)
        return malformed();
    const int count = OCSP_request_onereq_count(req.get());
    if (count < 1 || count > MaxCertIds || !nonceAcceptable(req.get()))
        return malformed();
    // Every CertID must survive a copy (the response holds copies). A CertID that DER-decodes but does not
    // re-encode (found by fuzz_ocsp_request: an algorithm OID with an oversized arc) is a malformed request,
    // not an internal error — checked before any lookup.
    for (int i = 0; i < count; ++i) {
        OCSP_CERTID* id = OCSP_onereq_get0_id(OCSP_request_onereq_get0(req.get(), i));
        const ossl::OcspCertId copy(id ? OCSP_CERTID_dup(id) : nullptr);
        if (!copy) {
            ERR_clear_error();
            return malformed();
        }
    }

    if (m_caCert.isNull() || m_signer.certificate().isNull() || m_signer.key().isNull() || !nowUtc.isValid())
        return internalError();
    const ossl::OcspBasicResp basic(OCSP_BASICRESP_new());
    const ossl::Asn1Time thisUpdate = X509Builder::toAsn1Time(nowUtc);
    const ossl::Asn1Time nextUpdate = X509Builder::toAsn1Time(nowUtc.addSecs(ValiditySecs));
    if (!basic || !thisUpdate || !nextUpdate)
        return internalError();

    for (int i = 0; i < count; ++i) {
        OCSP_CERTID* id = OCSP_onereq_get0_id(OCSP_request_onereq_get0(req.get(), i));
        const Added added =
            id ? addStatus(basic.get(), id, m_caCert.get(), lookup, thisUpdate.get(), nextUpdate.get())
               : Added::Failed;
        if (added == Added::Unavailable) { // no answer is better than a wrong one: the client asks again
            ERR_clear_error();
            return statusOnlyResponse(OCSP_RESPONSE_STATUS_TRYLATER);
        }
        if (added == Added::Failed)
            return internalError();
    }
    const int copied = OCSP_copy_nonce(basic.get(), req.get()); // 2: the request has no nonce
    if (copied <= 0)
        return internalError();

    EVP_PKEY* key = m_signer.key().get();
    if (OCSP_basic_sign(basic.get(), m_signer.certificate().get(), key, X509Builder::signingDigest(key),
                        nullptr, OCSP_RESPID_KEY) != 1)
        return internalError();
    const ossl::OcspResponse response(OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic.get()));
    const int len = response ? i2d_OCSP_RESPONSE(response.get(), nullptr) : -1;
    if (len <= 0)
        return internalError();
    QByteArray der(len, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_OCSP_RESPONSE(response.get(), &out) != len)
        return internalError();
    if (cacheable)
        *cacheable = copied == 2;
    return der;
}

} // namespace certdesk
