// OCSP responder (RFC 6960) and its delegated signing certificate: requests made by `openssl ocsp`,
// responses verified by `openssl ocsp -respin`, the signer certificate checked with `openssl x509/verify`.
// The response cache is tested in tst_OcspResponseCache.
#include "OpensslCli.h"
#include "ca/ClientCertificate.h"
#include "ocsp/OcspHandles.h"
#include "ocsp/OcspResponder.h"
#include "ocsp/OcspResponderSet.h"

#include <QFile>
#include <QtTest>

#include <openssl/rand.h>

using namespace certdesk;
using certdesk::test::ProcessResult;
using certdesk::test::runOpenssl;
using certdesk::test::writeFile;

namespace {

// `openssl ocsp` checks thisUpdate/nextUpdate against the real clock, so the tests run at "now".
const QDateTime kNow = [] {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}();
const QDateTime kRevokedAt = kNow.addDays(-2).addSecs(-3723);

// "Mar  1 11:50:00 2024 GMT" as ASN1_TIME_print writes it, whitespace-normalised.
QString opensslTime(const QDateTime& utc)
{
    return QLocale::c().toString(utc, QStringLiteral("MMM d hh:mm:ss yyyy")) + QLatin1String(" GMT");
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kMalformed = QByteArray::fromHex("30030a0101");
const QByteArray kInternalError = QByteArray::fromHex("30030a0102");
const QByteArray kTryLater = QByteArray::fromHex("30030a0103");

} // namespace

class tst_OcspResponder : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<CertificateAuthority> m_ca;
    std::optional<CertificateAuthority> m_otherCa;
    std::optional<OcspResponder> m_responder;
    QString m_caPath, m_otherCaPath;
    QString m_goodPath, m_revokedPath, m_unknownPath, m_otherPath;
    Certificate m_good, m_revoked, m_unknown;
    QStringList m_lookedUp;

    Certificate issue(const CertificateAuthority& ca, const QString& login)
    {
        auto key = PrivateKey::generate(KeyType::EcP256);
        if (!key)
            return {};
        ClientCertificateRequest r;
        r.loginId = login;
        auto cert = ClientCertificateSigner::sign(ca, key.value(), r, FixedClock(kNow.addDays(-10)));
        return cert ? cert.value() : Certificate();
    }

    OcspLookup lookup()
    {
        return [this](const QString& serialHex) {
            m_lookedUp << serialHex;
            OcspCertStatus s;
            if (serialHex == m_good.serialHex())
                s.state = OcspCertState::Good;
            else if (serialHex == m_revoked.serialHex())
                s = {OcspCertState::Revoked, kRevokedAt, RevocationReason::KeyCompromise};
            return s;
        };
    }

    // `openssl ocsp ARGS -reqout` -> the DER request.
    QByteArray makeRequest(const QStringList& args, const QString& name = QStringLiteral("req.der"))
    {
        const QString path = QDir(m_dir.path()).filePath(name);
        QFile::remove(path);
        const ProcessResult r = runOpenssl(QStringList{QStringLiteral("ocsp")} + args +
                                           QStringList{QStringLiteral("-reqout"), path});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.all()));
        return readAll(path);
    }

    // Feeds the response to `openssl ocsp -respin ... -resp_text` (verified against the CA).
    ProcessResult check(const QByteArray& response, const QStringList& args, const QString& caPath = {})
    {
        const QString path = writeFile(m_dir, QStringLiteral("resp.der"), response);
        return runOpenssl(QStringList{QStringLiteral("ocsp"), QStringLiteral("-respin"), path,
                                      QStringLiteral("-CAfile"), caPath.isEmpty() ? m_caPath : caPath,
                                      QStringLiteral("-resp_text")} +
                          args);
    }

    QString ski(const Certificate& cert)
    {
        const QString path = writeFile(m_dir, QStringLiteral("ski.pem"), cert.toPem());
        const auto r = runOpenssl({"x509", "-in", path, "-noout", "-ext", "subjectKeyIdentifier"});
        return QString::fromUtf8(r.out).simplified().section(QLatin1Char(' '), -1).remove(QLatin1Char(':'));
    }

    static ossl::OcspRequest apiRequest(X509* issuer, int serials, int nonceLen)
    {
        ossl::OcspRequest req(OCSP_REQUEST_new());
        for (int i = 0; req && i < serials; ++i) {
            const ossl::Asn1Integer serial(ASN1_INTEGER_new());
            ASN1_INTEGER_set(serial.get(), i + 1);
            ossl::OcspCertId id(OCSP_cert_id_new(EVP_sha1(), X509_get_subject_name(issuer),
                                                 X509_get0_pubkey_bitstr(issuer), serial.get()));
            if (!id || !OCSP_request_add0_id(req.get(), id.get()))
                return {};
            (void)id.release();
        }
        if (req && nonceLen >= 0 && OCSP_request_add1_nonce(req.get(), nullptr, nonceLen) != 1)
            return {};
        return req;
    }

    static QByteArray toDer(OCSP_REQUEST* req)
    {
        unsigned char* der = nullptr;
        const int len = req ? i2d_OCSP_REQUEST(req, &der) : -1;
        const ossl::OsslBytes owner(der);
        return len > 0 ? QByteArray(reinterpret_cast<const char*>(der), len) : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ca = CertificateAuthority::createRoot(
            {QStringLiteral("OCSP Test CA"), QStringLiteral("Example KK"), {}}, KeyType::EcP256, 3650,
            FixedClock(kNow.addDays(-30)));
        QVERIFY2(ca.ok(), qPrintable(ca.error().message));
        m_ca.emplace(std::move(ca).value());
        auto other = CertificateAuthority::createRoot({QStringLiteral("Other CA"), {}, {}}, KeyType::EcP256,
                                                      3650, FixedClock(kNow.addDays(-30)));
        QVERIFY(other.ok());
        m_otherCa.emplace(std::move(other).value());

        m_good = issue(*m_ca, QStringLiteral("still-fine"));
        m_revoked = issue(*m_ca, QStringLiteral("lost-device"));
        m_unknown = issue(*m_ca, QStringLiteral("not-in-database"));
        const Certificate otherLeaf = issue(*m_otherCa, QStringLiteral("elsewhere"));
        QVERIFY(!m_good.isNull() && !m_revoked.isNull() && !m_unknown.isNull() && !otherLeaf.isNull());

        m_caPath = writeFile(m_dir, QStringLiteral("ca.pem"), m_ca->certificate().toPem());
        m_otherCaPath = writeFile(m_dir, QStringLiteral("other-ca.pem"), m_otherCa->certificate().toPem());
        m_goodPath = writeFile(m_dir, QStringLiteral("good.pem"), m_good.toPem());
        m_revokedPath = writeFile(m_dir, QStringLiteral("revoked.pem"), m_revoked.toPem());
        m_unknownPath = writeFile(m_dir, QStringLiteral("unknown.pem"), m_unknown.toPem());
        m_otherPath = writeFile(m_dir, QStringLiteral("other.pem"), otherLeaf.toPem());

        auto signer = OcspSigner::issue(*m_ca, kNow);
        QVERIFY2(signer.ok(), qPrintable(signer.error().message + signer.error().detail));
        m_responder.emplace(m_ca->certificate(), std::move(signer).value());
    }

    void signerCertificate()
    {
        const Certificate& cert = m_responder->signer().certificate();
        QCOMPARE(cert.commonName(), QStringLiteral("OCSP Test CA OCSP Responder"));
        QCOMPARE(cert.subject(), QStringLiteral("CN=OCSP Test CA OCSP Responder,O=Example KK"));
        QCOMPARE(cert.issuer(), m_ca->certificate().subject());
        QCOMPARE(cert.keyDescription(), QStringLiteral("ECDSA P-256"));
        QCOMPARE(cert.notBefore(), kNow.addSecs(-300));
        QCOMPARE(cert.notAfter(), kNow.addDays(30));
        QCOMPARE(m_responder->signer().notAfter(), kNow.addDays(30));
        QCOMPARE(cert.serialHex().size(), 32);
        QVERIFY(cert.matchesKey(m_responder->signer().key().get()));
        QVERIFY(!cert.isCa());

        const QString path = writeFile(m_dir, QStringLiteral("signer.pem"), cert.toPem());
        const auto textRun = runOpenssl({"x509", "-in", path, "-noout", "-text"});
        QVERIFY2(textRun.exitCode == 0, qPrintable(textRun.all()));
        const QString text = QString::fromUtf8(textRun.out).simplified();
        for (const char* expected :
             {"Signature Algorithm: ecdsa-with-SHA256", "X509v3 Basic Constraints: critical CA:FALSE",
              "X509v3 Key Usage: critical Digital Signature X509v3",
              "X509v3 Extended Key Usage: OCSP Signing",
              "OCSP No Check:", "X509v3 Subject Key Identifier:", "X509v3 Authority Key Identifier:"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        QVERIFY2(text.contains(
                     QLatin1String("X509v3 Authority Key Identifier: ") +
                     ski(m_ca->certificate())
                         .replace(QRegularExpression(QStringLiteral("(..)(?!$)")), QStringLiteral("\\1:"))),
                 qPrintable(text));

        for (const char* purpose : {"ocsphelper", "any"}) {
            const auto verify = runOpenssl({"verify", "-purpose", purpose, "-CAfile", m_caPath, path});
            QVERIFY2(verify.exitCode == 0 && verify.all().contains(QLatin1String(": OK")),
                     qPrintable(verify.all()));
        }
    }

    void signerValidityLimits()
    {
        // Never past the CA's notAfter.
        auto shortCa = CertificateAuthority::createRoot({QStringLiteral("Short CA"), {}, {}}, KeyType::EcP256,
                                                        10, FixedClock(kNow));
        QVERIFY(shortCa.ok());
        auto clamped = OcspSigner::issue(shortCa.value(), kNow, 30);
        QVERIFY(clamped.ok());
        QCOMPARE(clamped->notAfter(), shortCa->certificate().notAfter());
        QCOMPARE(clamped->certificate().subject(), QStringLiteral("CN=Short CA OCSP Responder"));

        auto expired = OcspSigner::issue(shortCa.value(), kNow.addDays(11));
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().code, ErrorCode::Invalid);
        QVERIFY(!OcspSigner::issue(shortCa.value(), kNow, 0).ok());
        auto locked = OcspSigner::issue(CertificateAuthority(), kNow);
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().code, ErrorCode::Locked);

        // A 64-character CA name still gives a valid (shortened) responder name.
        const QString longName(64, QLatin1Char('N'));
        auto longCa =
            CertificateAuthority::createRoot({longName, {}, {}}, KeyType::EcP256, 100, FixedClock(kNow));
        QVERIFY(longCa.ok());
        auto longSigner = OcspSigner::issue(longCa.value(), kNow);
        QVERIFY2(longSigner.ok(), qPrintable(longSigner.error().message + longSigner.error().detail));
        QCOMPARE(longSigner->certificate().commonName().size(), 64);
        QVERIFY(longSigner->certificate().commonName().endsWith(QLatin1String("N OCSP Responder")));
    }

    void goodRevokedUnknown()
    {
        const QStringList ids = {"-issuer", m_caPath,      "-cert", m_goodPath,
                                 "-cert",   m_revokedPath, "-cert", m_unknownPath};
        const QByteArray req = makeRequest(ids); // with a nonce (the default)
        QVERIFY(!req.isEmpty());
        m_lookedUp.clear();
        const QByteArray resp = m_responder->respond(req, lookup(), kNow);
        // The lookup sees each serial exactly as Certificate::serialHex() writes it.
        QCOMPARE(m_lookedUp, QStringList({m_good.serialHex(), m_revoked.serialHex(), m_unknown.serialHex()}));

        // -reqin alone: strict verification (signer chain to -CAfile, delegation by the CertIDs' issuer,
        // no explicitly trusted issuer) and the nonce compared with the request's.
        const QString reqPath = writeFile(m_dir, QStringLiteral("req-nonce.der"), req);
        const auto strict = check(resp, {"-reqin", reqPath});
        QVERIFY2(strict.exitCode == 0 && strict.all().contains(QLatin1String("Response verify OK")) &&
                     !strict.all().contains(QLatin1String("WARNING")),
                 strict.err.constData());

        // -cert: openssl builds its own request (-no_nonce: no nonce of its own to compare) and prints
        // the status of each certificate.
        const auto r = check(resp, ids + QStringList{"-no_nonce"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QString all = r.all();
        const QString text = all.simplified();
        QVERIFY2(all.contains(QLatin1String("Response verify OK")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("WARNING")), qPrintable(all)); // status times valid
        QVERIFY2(text.contains(QLatin1String("OCSP Response Status: successful (0x0)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Response Type: Basic OCSP Response")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Responder Id: ") + ski(m_responder->signer().certificate())),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("OCSP Nonce:")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Subject: O=Example KK, CN=OCSP Test CA OCSP Responder")),
                 qPrintable(text)); // the signer certificate is included
        QCOMPARE(text.count(QLatin1String("Cert Status:")), 3);
        QCOMPARE(text.count(QLatin1String("Next Update: ") + opensslTime(kNow.addSecs(3600))), 6);

        QVERIFY2(text.contains(m_goodPath + QLatin1String(": good This Update: ") + opensslTime(kNow) +
                               QLatin1String(" Next Update: ") + opensslTime(kNow.addSecs(3600))),
                 qPrintable(text));
        QVERIFY2(text.contains(m_revokedPath + QLatin1String(": revoked This Update: ") + opensslTime(kNow) +
                               QLatin1String(" Next Update: ") + opensslTime(kNow.addSecs(3600)) +
                               QLatin1String(" Reason: keyCompromise Revocation Time: ") +
                               opensslTime(kRevokedAt)),
                 qPrintable(text));
        QVERIFY2(text.contains(m_unknownPath + QLatin1String(": unknown")), qPrintable(text));
    }

    void otherIssuerIsUnknown()
    {
        // A CertID of another CA, alone and mixed with one of ours: unknown, without asking the lookup.
        // A client of the other CA does not accept our signer (it is not delegated by its CA), nor does
        // openssl accept a mixed-issuer response from a delegated signer; so these responses are checked
        // with our signer trusted explicitly (-VAfile). OCSP clients send one CertID in practice.
        const QString signerPath =
            writeFile(m_dir, QStringLiteral("va.pem"), m_responder->signer().certificate().toPem());
        const QStringList other = {"-issuer", m_otherCaPath, "-cert", m_otherPath};
        const QList<std::tuple<QStringList, QStringList, QStringList>> cases = {
            {other, {}, {"-VAfile", signerPath}},
            {QStringList{"-issuer", m_caPath, "-cert", m_goodPath} + other,
             {m_good.serialHex()},
             {"-VAfile", signerPath}},
        };
        for (const auto& [ids, lookedUp, trust] : cases) {
            const QByteArray req = makeRequest(ids + QStringList{"-no_nonce"});
            QVERIFY(!req.isEmpty());
            m_lookedUp.clear();
            const QByteArray resp = m_responder->respond(req, lookup(), kNow);
            QCOMPARE(m_lookedUp, lookedUp);
            const auto r = check(resp, ids + trust);
            const QString text = r.all().simplified();
            QVERIFY2(r.exitCode == 0 && text.contains(QLatin1String("Response verify OK")),
                     r.err.constData());
            QVERIFY2(text.contains(m_otherPath + QLatin1String(": unknown")), qPrintable(text));
            QCOMPARE(text.contains(m_goodPath + QLatin1String(": good")), !lookedUp.isEmpty());
        }
    }

    void responderSetAnswersForEachCa()
    {
        // Two CAs in one set (the active one first): a request is answered by the signer of the CA it names,
        // verified by openssl against that CA only; the lookup learns which CA; a request naming neither
        // goes to the primary (active) CA's responder, as "unknown".
        auto otherSigner = OcspSigner::issue(*m_otherCa, kNow);
        auto ourSigner = OcspSigner::issue(*m_ca, kNow);
        QVERIFY(otherSigner.ok() && ourSigner.ok());
        OcspResponderSet set;
        QVERIFY(set.isEmpty());
        QVERIFY(set.respond(QByteArray("x"), {}, kNow).isEmpty());
        set.insert(7, OcspResponder(m_otherCa->certificate(), std::move(otherSigner).value()));
        set.insert(3, OcspResponder(m_ca->certificate(), std::move(ourSigner).value()));
        set.setPrimary(3);
        QCOMPARE(set.caIds(), (QList<qint64>{7, 3}));
        QStringList asked;
        const OcspResponderSet::Lookup lookup = [&asked](qint64 caId, const QString& serial) {
            asked << QString::number(caId) + QLatin1Char(':') + serial;
            OcspCertStatus st;
            st.state = OcspCertState::Good;
            return st;
        };
        const auto leafSerial = [](const QString& path) {
            const auto r = runOpenssl({"x509", "-in", path, "-noout", "-serial"});
            return QString::fromUtf8(r.out).trimmed().section(QLatin1Char('='), 1);
        };
        const QList<std::tuple<QString, QString, qint64>> cases = {{m_otherCaPath, m_otherPath, 7},
                                                                   {m_caPath, m_goodPath, 3}};
        for (const auto& [caPath, leafPath, caId] : cases) {
            const QStringList ids{"-issuer", caPath, "-cert", leafPath};
            const QByteArray req = makeRequest(ids + QStringList{"-no_nonce"});
            QVERIFY(!req.isEmpty());
            QVERIFY(set.find(caId)->isIssuerOfAny(req));
            asked.clear();
            const auto r = check(set.respond(req, lookup, kNow), ids, caPath);
            const QString text = r.all().simplified();
            QVERIFY2(r.exitCode == 0 && text.contains(QLatin1String("Response verify OK")), qPrintable(text));
            QVERIFY2(text.contains(leafPath + QLatin1String(": good")), qPrintable(text));
            QCOMPARE(asked, QStringList{QString::number(caId) + QLatin1Char(':') + leafSerial(leafPath)});
        }
        // Neither CA: the primary answers "unknown" without a lookup.
        auto third = CertificateAuthority::createRoot({QStringLiteral("Third CA"), {}, {}}, KeyType::EcP256,
                                                      30, FixedClock(kNow.addDays(-1)));
        QVERIFY(third.ok());
        const QString thirdPath =
            writeFile(m_dir, QStringLiteral("third-ca.pem"), third->certificate().toPem());
        const QString thirdLeaf = writeFile(m_dir, QStringLiteral("third-leaf.pem"),
                                            issue(third.value(), QStringLiteral("x")).toPem());
        const QStringList ids{"-issuer", thirdPath, "-cert", thirdLeaf};
        const QByteArray req = makeRequest(ids + QStringList{"-no_nonce"});
        asked.clear();
        const QByteArray resp = set.respond(req, lookup, kNow);
        QVERIFY(asked.isEmpty());
        const QString va =
            writeFile(m_dir, QStringLiteral("va3.pem"), set.find(3)->signer().certificate().toPem());
        const auto r = check(resp, ids + QStringList{"-VAfile", va});
        QVERIFY2(r.all().contains(thirdLeaf + QLatin1String(": unknown")), qPrintable(r.all()));
        // Replacing and removing.
        set.remove(7);
        QCOMPARE(set.caIds(), QList<qint64>{3});
        QVERIFY(!set.find(7));
    }

    void otherHashAlgorithms_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::newRow("sha256") << QStringLiteral("-sha256");
        QTest::newRow("sha384") << QStringLiteral("-sha384");
        QTest::newRow("sha512") << QStringLiteral("-sha512");
    }

    void otherHashAlgorithms()
    {
        QFETCH(QString, digest);
        const QStringList ids = {"-issuer", m_caPath, digest, "-cert", m_goodPath, "-cert", m_revokedPath};
        const QByteArray req = makeRequest(ids + QStringList{"-no_nonce"});
        QVERIFY(!req.isEmpty());
        const auto r = check(m_responder->respond(req, lookup(), kNow), ids);
        const QString text = r.all().simplified();
        QVERIFY2(r.exitCode == 0 && text.contains(QLatin1String("Response verify OK")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Hash Algorithm: ") + digest.mid(1)), qPrintable(text));
        QVERIFY2(text.contains(m_goodPath + QLatin1String(": good")), qPrintable(text));
        QVERIFY2(text.contains(m_revokedPath + QLatin1String(": revoked")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("OCSP Nonce")), qPrintable(text));
    }

    void nonceLengths_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none") << -1 << true;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("32") << 32 << true;
        QTest::newRow("33") << 33 << false;
        QTest::newRow("1000") << 1000 << false;
    }

    void nonceLengths()
    {
        QFETCH(int, length);
        QFETCH(bool, accepted);
        const ossl::OcspRequest req = apiRequest(m_ca->certificate().get(), 1, length);
        QVERIFY(req);
        const QByteArray resp = m_responder->respond(toDer(req.get()), lookup(), kNow);
        if (!accepted) {
            QCOMPARE(resp, kMalformed); // RFC 8954
            return;
        }
        const auto r = check(resp, {});
        const QString text = r.all().simplified();
        QVERIFY2(text.contains(QLatin1String("Response verify OK")), qPrintable(text));
        QCOMPARE(text.contains(QLatin1String("OCSP Nonce:")), length > 0);
        // The nonce is copied byte for byte.
        const ossl::OcspResponse parsed = [&resp] {
            const auto* p = reinterpret_cast<const unsigned char*>(resp.constData());
            return ossl::OcspResponse(d2i_OCSP_RESPONSE(nullptr, &p, resp.size()));
        }();
        QVERIFY(parsed);
        const ossl::OcspBasicResp basic(OCSP_response_get1_basic(parsed.get()));
        QVERIFY(basic);
        QCOMPARE(OCSP_check_nonce(req.get(), basic.get()), length > 0 ? 1 : 2);
    }

    void certIdLimit()
    {
        QStringList serials = {"-issuer", m_caPath, "-no_nonce"};
        for (int i = 1; i <= OcspResponder::MaxCertIds; ++i)
            serials << QStringLiteral("-serial") << QStringLiteral("0x%1").arg(i, 0, 16);
        const QByteArray fifty = makeRequest(serials);
        QVERIFY(!fifty.isEmpty());
        const auto r = check(m_responder->respond(fifty, lookup(), kNow), {});
        QVERIFY2(r.all().contains(QLatin1String("Response verify OK")), qPrintable(r.all()));
        QCOMPARE(r.all().count(QLatin1String("Cert Status: unknown")), 50);

        const QByteArray fiftyOne =
            makeRequest(serials << QStringLiteral("-serial") << QStringLiteral("0x100"));
        QVERIFY(!fiftyOne.isEmpty());
        QCOMPARE(m_responder->respond(fiftyOne, lookup(), kNow), kMalformed);
        QCOMPARE(
            m_responder->respond(toDer(apiRequest(m_ca->certificate().get(), 0, -1).get()), lookup(), kNow),
            kMalformed); // no CertID at all
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray valid = makeRequest({"-issuer", m_caPath, "-cert", m_goodPath}, "valid.der");
        QVERIFY(valid.size() > 40);
        QByteArray random(300, Qt::Uninitialized);
        QVERIFY(RAND_bytes(reinterpret_cast<unsigned char*>(random.data()),
                           static_cast<int>(random.size())) == 1);
        random[0] = 0x30; // looks like a SEQUENCE

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte") << QByteArray("\x30", 1);
        QTest::newRow("random") << random;
        QTest::newRow("text") << QByteArray("GET / HTTP/1.1\r\n\r\n");
        QTest::newRow("truncated") << valid.left(valid.size() / 2);
        QTest::newRow("truncated by one") << valid.left(valid.size() - 1);
        QTest::newRow("trailing byte") << valid + QByteArray(1, '\0');
        QTest::newRow("two requests") << valid + valid;
        QTest::newRow("huge") << QByteArray(OcspResponder::MaxRequestBytes + 1, '\x30');
        QTest::newRow("a response") << kMalformed;
        // Found by fuzz_ocsp_request: a CertID whose hash-algorithm OID decodes but cannot be copied
        // (the responder used to answer internalError).
        QFile fuzzed(qEnvironmentVariable("CERTDESK_TEST_DATA") +
                     QStringLiteral("/ocsp/uncopyable-certid.der"));
        QVERIFY(fuzzed.open(QIODevice::ReadOnly));
        QTest::newRow("uncopyable CertID (fuzz)") << fuzzed.readAll();
    }

    void malformedRequests()
    {
        QFETCH(QByteArray, body);
        m_lookedUp.clear();
        const QByteArray resp = m_responder->respond(body, lookup(), kNow);
        QCOMPARE(resp, kMalformed);
        QVERIFY(m_lookedUp.isEmpty());
        const QString path = writeFile(m_dir, QStringLiteral("malformed.der"), resp);
        const auto r = runOpenssl({"ocsp", "-respin", path, "-resp_text", "-noverify"});
        QVERIFY2(r.all().contains(QLatin1String("Responder Error: malformedrequest (1)")),
                 qPrintable(r.all()));
    }

    void sizeLimitIsInclusive()
    {
        // A valid request padded with a private, non-critical extension to exactly MaxRequestBytes.
        const auto padded = [this](int padding) {
            ossl::OcspRequest req = apiRequest(m_ca->certificate().get(), 1, 16);
            const ossl::Asn1Object oid(OBJ_txt2obj("1.3.6.1.4.1.99999.1", 1));
            const ossl::Asn1OctetString value(ASN1_OCTET_STRING_new());
            const QByteArray bytes(padding, 'p');
            ASN1_OCTET_STRING_set(value.get(), reinterpret_cast<const unsigned char*>(bytes.constData()),
                                  padding);
            const ossl::X509Ext ext(X509_EXTENSION_create_by_OBJ(nullptr, oid.get(), 0, value.get()));
            return req && ext && OCSP_REQUEST_add_ext(req.get(), ext.get(), -1) ? toDer(req.get())
                                                                                : QByteArray();
        };
        int padding = OcspResponder::MaxRequestBytes - 400;
        QByteArray der = padded(padding);
        for (int i = 0; i < 5 && der.size() != OcspResponder::MaxRequestBytes; ++i)
            der = padded(padding += OcspResponder::MaxRequestBytes - static_cast<int>(der.size()));
        QCOMPARE(der.size(), OcspResponder::MaxRequestBytes);
        const auto r = check(m_responder->respond(der, lookup(), kNow), {});
        QVERIFY2(r.all().contains(QLatin1String("Response verify OK")), qPrintable(r.all()));

        der = padded(padding + 1);
        QCOMPARE(der.size(), OcspResponder::MaxRequestBytes + 1);
        QCOMPARE(m_responder->respond(der, lookup(), kNow), kMalformed);
    }

    void inconsistentLookupIsInternalError()
    {
        const QByteArray req = makeRequest({"-issuer", m_caPath, "-cert", m_goodPath});
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^OCSP responder: internal error")));
        const QByteArray resp = m_responder->respond(
            req,
            [](const QString&) {
                return OcspCertStatus{OcspCertState::Revoked, {}, RevocationReason::Superseded};
            },
            kNow);
        QCOMPARE(resp, kInternalError);
        const QString path = writeFile(m_dir, QStringLiteral("internal.der"), resp);
        const auto r = runOpenssl({"ocsp", "-respin", path, "-resp_text", "-noverify"});
        QVERIFY2(r.all().contains(QLatin1String("Responder Error: internalerror (2)")), qPrintable(r.all()));
    }

    void unavailableLookupIsTryLater()
    {
        // The database is unreachable for one of the CertIDs: the whole answer is an unsigned tryLater
        // (RFC 6960 4.2.1), never "unknown" (or "good") for it nor a partial answer for the others.
        const QByteArray req = makeRequest(
            {"-issuer", m_caPath, "-cert", m_goodPath, "-cert", m_revokedPath, "-cert", m_unknownPath});
        const QString unavailable = m_revoked.serialHex();
        const OcspLookup failing = [this, unavailable](const QString& serialHex) {
            if (serialHex == unavailable)
                return OcspCertStatus{OcspCertState::Unavailable, {}, RevocationReason::Unspecified};
            return lookup()(serialHex);
        };
        const QByteArray resp = m_responder->respond(req, failing, kNow);
        QCOMPARE(resp, kTryLater);
        const QString path = writeFile(m_dir, QStringLiteral("trylater.der"), resp);
        const auto r = runOpenssl({"ocsp", "-respin", path, "-resp_text", "-noverify"});
        QVERIFY2(r.all().contains(QLatin1String("Responder Error: trylater (3)")), qPrintable(r.all()));
        QVERIFY2(!r.all().contains(QLatin1String("unknown")) && !r.all().contains(QLatin1String("good")),
                 qPrintable(r.all()));

        // Through the set of responders too (the portal's path).
        auto signer = OcspSigner::issue(*m_ca, kNow);
        QVERIFY(signer.ok());
        OcspResponderSet set;
        set.insert(1, OcspResponder(m_ca->certificate(), std::move(signer).value()));
        const QByteArray viaSet = set.respond(
            req,
            [](qint64, const QString&) {
                return OcspCertStatus{OcspCertState::Unavailable, {}, RevocationReason::Unspecified};
            },
            kNow);
        QCOMPARE(viaSet, kTryLater);
    }

    void unspecifiedReasonIsOmitted()
    {
        const QStringList ids = {"-issuer", m_caPath, "-cert", m_goodPath};
        const QByteArray req = makeRequest(ids + QStringList{"-no_nonce"});
        const QByteArray resp = m_responder->respond(
            req,
            [](const QString&) {
                return OcspCertStatus{OcspCertState::Revoked, kRevokedAt, {}};
            },
            kNow);
        const auto r = check(resp, ids);
        const QString text = r.all().simplified();
        QVERIFY2(text.contains(QLatin1String("Response verify OK")), qPrintable(text));
        QVERIFY2(text.contains(m_goodPath + QLatin1String(": revoked")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Revocation Time: ") + opensslTime(kRevokedAt)),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Reason:")), qPrintable(text));
    }

    void rsaCa()
    {
        auto ca = CertificateAuthority::createRoot({QStringLiteral("RSA CA"), {}, {}}, KeyType::Rsa3072, 365,
                                                   FixedClock(kNow.addDays(-1)));
        QVERIFY(ca.ok());
        const Certificate leaf = issue(ca.value(), QStringLiteral("rsa-leaf"));
        QVERIFY(!leaf.isNull());
        auto signer = OcspSigner::issue(ca.value(), kNow, 7);
        QVERIFY(signer.ok());
        const QString caPath = writeFile(m_dir, QStringLiteral("rsa-ca.pem"), ca->certificate().toPem());
        const QString signerPath =
            writeFile(m_dir, QStringLiteral("rsa-signer.pem"), signer->certificate().toPem());
        const auto x509 = runOpenssl({"x509", "-in", signerPath, "-noout", "-text"});
        QVERIFY2(x509.all().contains(QLatin1String("sha256WithRSAEncryption")), qPrintable(x509.all()));

        const OcspResponder responder(ca->certificate(), std::move(signer).value());
        const QString leafPath = writeFile(m_dir, QStringLiteral("rsa-leaf.pem"), leaf.toPem());
        const QStringList ids = {"-issuer", caPath, "-cert", leafPath, "-sha256", "-cert", leafPath};
        const QByteArray req = makeRequest(ids);
        const QString serial = leaf.serialHex();
        const QByteArray resp = responder.respond(
            req,
            [serial](const QString& s) {
                return OcspCertStatus{s == serial ? OcspCertState::Good : OcspCertState::Unknown, {}, {}};
            },
            kNow);
        const auto r = check(resp, ids + QStringList{"-no_nonce"}, caPath);
        const QString text = r.all().simplified();
        QVERIFY2(r.exitCode == 0 && text.contains(QLatin1String("Response verify OK")), r.err.constData());
        QVERIFY2(!r.all().contains(QLatin1String("WARNING")), r.err.constData());
        QCOMPARE(text.count(leafPath + QLatin1String(": good")), 2);
    }
};

QTEST_GUILESS_MAIN(tst_OcspResponder)
#include "tst_OcspResponder.moc"
