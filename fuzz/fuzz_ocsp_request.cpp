// libFuzzer target: arbitrary bytes as a DER OCSPRequest to OcspResponder::respond.
// Invariants: the answer is always exactly one DER OCSPResponse; never internalError (the lookup
// below is consistent); a successful answer verifies against the CA, has one SingleResponse per
// CertID of the request and echoes its nonce.
#include "FuzzSupport.h"
#include "ocsp/OcspHandles.h"
#include "ocsp/OcspResponder.h"

#include <QFile>
#include <QRegularExpression>

#include <openssl/err.h>

#include <cstdint>
#include <optional>

using namespace certdesk;

namespace {

struct Fixture
{
    std::optional<OcspResponder> responder;
    ossl::X509Store store;
    QDateTime now;
};

Fixture* g_fixture = nullptr;

// The fixed CA of fuzz/fixture (fuzzing only, no secret): the seed requests name it, so mutations of
// them reach the lookup.
QByteArray fixtureFile(const char* name)
{
    QFile file(QString::fromUtf8(CERTDESK_FUZZ_FIXTURE_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        fuzz::fail("cannot read fuzz/fixture");
    return file.readAll();
}

// Decided by the last hex digit of the serial, so that mutations reach every status.
OcspCertStatus lookup(const QString& serialHex)
{
    static const QRegularExpression kSerial(QStringLiteral("^-?[0-9A-F]+$"));
    if (!kSerial.match(serialHex).hasMatch())
        fuzz::fail("lookup got a serial that is not upper-case hex");
    const int digit =
        serialHex.back().isDigit() ? serialHex.back().digitValue() : serialHex.back().unicode() - 'A' + 10;
    switch (digit % 4) {
    case 0:
        return {OcspCertState::Good, {}, {}};
    case 1:
        return {OcspCertState::Revoked, g_fixture->now.addDays(-digit), RevocationReason::KeyCompromise};
    case 2:
        return {OcspCertState::Revoked, g_fixture->now.addSecs(-digit), RevocationReason::Unspecified};
    default:
        return {};
    }
}

void checkSuccessful(OCSP_RESPONSE* response, const uint8_t* data, size_t size)
{
    const ossl::OcspBasicResp basic(OCSP_response_get1_basic(response));
    if (!basic)
        fuzz::fail("successful response without a BasicOCSPResponse");
    const unsigned char* p = data;
    const ossl::OcspRequest request(d2i_OCSP_REQUEST(nullptr, &p, static_cast<long>(size)));
    if (!request)
        fuzz::fail("successful response to a request that does not parse");
    if (OCSP_resp_count(basic.get()) != OCSP_request_onereq_count(request.get()))
        fuzz::fail("one SingleResponse per CertID");
    const int nonce = OCSP_check_nonce(request.get(), basic.get());
    if (nonce != 1 && nonce != 2) // 1: equal, 2: absent from both
        fuzz::fail("nonce not echoed");
    // Signature and signer chain (OCSP_NOCHECKS: a request may mix issuers, see tst_Ocsp).
    if (OCSP_basic_verify(basic.get(), nullptr, g_fixture->store.get(), OCSP_NOCHECKS) != 1)
        fuzz::fail("response does not verify");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    static Fixture fixture;
    fixture.now = QDateTime::currentDateTimeUtc();
    auto ca = CertificateAuthority::importPem(fixtureFile("ca.pem"), fixtureFile("ca.key"), {});
    if (!ca)
        fuzz::fail("cannot load the fixture CA");
    auto signer = OcspSigner::issue(ca.value(), fixture.now);
    if (!signer)
        fuzz::fail("cannot issue the OCSP signer");
    fixture.responder.emplace(ca->certificate(), std::move(signer).value());
    fixture.store.reset(X509_STORE_new());
    if (!fixture.store || X509_STORE_add_cert(fixture.store.get(), ca->certificate().get()) != 1)
        fuzz::fail("cannot build the trust store");
    g_fixture = &fixture;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto view = QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QByteArray der = g_fixture->responder->respond(view, lookup, g_fixture->now);

    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* p = begin;
    const ossl::OcspResponse response(d2i_OCSP_RESPONSE(nullptr, &p, static_cast<long>(der.size())));
    if (!response || p != begin + der.size())
        fuzz::fail("the answer is not exactly one DER OCSPResponse");
    switch (OCSP_response_status(response.get())) {
    case OCSP_RESPONSE_STATUS_SUCCESSFUL:
        checkSuccessful(response.get(), data, size);
        break;
    case OCSP_RESPONSE_STATUS_MALFORMEDREQUEST:
        break;
    default:
        fuzz::fail("unexpected response status (internalError?)");
    }
    ERR_clear_error();
    return 0;
}
