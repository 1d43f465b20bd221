// certdesk-portal over real HTTP: downloads, CA certificate, CRL and OCSP, checked with curl and
// the openssl command; malformed requests get 4xx and the portal keeps answering; the headless binary
// says when OCSP is off.
#include "PortalServer.h"
#include "WorkflowFixture.h"
#include "store/HistoryLog.h"
#include "store/Settings.h"
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestPortal : public QObject
{
    Q_OBJECT
private slots:
    void servesCaCrlAndOcsp();
    void downloadsWithLoginIdAndLimit();
    void wrongLoginIdsAreRateLimited();
    void malformedRequestsGet4xx();
    void headlessBinary();
    void databaseErrorsStayInTheLog();
    void securityHeadersAndTlsChain();
};

namespace {

// Runs a program while this thread's event loop keeps serving the in-process portal.
ProcessResult runAsync(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "could not start " + program.toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!finished.wait(60000)) {
        p.kill();
        p.waitForFinished(3000);
        r.err = "timed out";
    }
    r.out = p.readAllStandardOutput();
    r.err += p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

struct Http
{
    int status = 0;
    QByteArray headers;
    QByteArray body;
};

// curl: status, headers and body of one request (a fresh process = a fresh connection).
Http curl(const QTemporaryDir& dir, const QStringList& args)
{
    const QString body = dir.filePath(QStringLiteral("curl-body"));
    const QString headers = dir.filePath(QStringLiteral("curl-headers"));
    QFile::remove(body);
    QFile::remove(headers);
    auto r = runAsync(QStringLiteral("curl"),
                      QStringList{QStringLiteral("-s"), QStringLiteral("-o"), body, QStringLiteral("-D"),
                                  headers, QStringLiteral("-w"), QStringLiteral("%{http_code}")} +
                          args);
    Http h;
    h.status = r.out.trimmed().toInt();
    QFile b(body), hd(headers);
    if (b.open(QIODevice::ReadOnly))
        h.body = b.readAll();
    if (hd.open(QIODevice::ReadOnly))
        h.headers = hd.readAll();
    return h;
}

struct PortalFixture
{
    WorkflowFixture f;
    std::shared_ptr<WorkflowContext> portalCtx;
    std::unique_ptr<PortalServer> server;
    QString base;

    QString setUp(TestDatabase& tdb, bool withPassphrase = true, const QHostAddress& trustedProxy = {},
                  const QString& tlsCertFile = {}, const QString& tlsKeyFile = {})
    {
        if (QString e = f.setUp(tdb); !e.isEmpty())
            return e;
        portalCtx = std::make_shared<WorkflowContext>(f.db, Actor::system());
        if (withPassphrase)
            portalCtx->setPassphraseProvider(
                [](const CaRecord&) -> Result<QByteArray> { return kPassphrase; });
        server = std::make_unique<PortalServer>(portalCtx);
        PortalOptions o;
        o.address = QHostAddress::LocalHost;
        o.port = 0;
        o.trustedProxy = trustedProxy;
        o.tlsCertFile = tlsCertFile;
        o.tlsKeyFile = tlsKeyFile;
        if (auto s = server->start(o); !s)
            return s.error().message;
        base = server->baseUrl();
        if (auto s = Settings(*f.db).set(SettingKey::PortalBaseUrl, base); !s)
            return s.error().message;
        return {};
    }
    Result<IssueResult> issue(const QString& login, const QString& device)
    {
        return CertificateWorkflows(*f.ctx).issue(
            {login, device, {}, PasswordMode::Manual, "Abc12345", {}, 0});
    }
};

} // namespace

void TestPortal::servesCaCrlAndOcsp()
{
    CERTDESK_TEST_DATABASE(tdb);
    PortalFixture p;
    QCOMPARE(p.setUp(*tdb), QString());
    QVERIFY(p.server->ocspEnabled());
    QCOMPARE(p.f.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto lost = p.issue(QStringLiteral("taro"), QStringLiteral("windows"));
    auto kept = p.issue(QStringLiteral("taro"), QStringLiteral("mac"));
    QVERIFY(lost.ok() && kept.ok());
    const QString lostPem = p.f.writePem(QStringLiteral("lost.pem"), lost->certificate.certDer);
    const QString keptPem = p.f.writePem(QStringLiteral("kept.pem"), kept->certificate.certDer);

    Http ca = curl(p.f.dir, {p.base + QStringLiteral("/ca.pem")});
    QCOMPARE(ca.status, 200);
    QFile caFile(p.f.caPem());
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    QCOMPARE(ca.body, caFile.readAll());
    Http der = curl(p.f.dir, {p.base + QStringLiteral("/ca.crt")});
    QCOMPARE(der.status, 200);
    QVERIFY(der.headers.contains("application/pkix-cert"));
    const QString derPath = writeFile(p.f.dir, QStringLiteral("ca.der"), der.body);
    auto x = runAsync(QStringLiteral("openssl"),
                      {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                       QStringLiteral("-in"), derPath, QStringLiteral("-noout"), QStringLiteral("-subject")});
    QVERIFY2(x.exitCode == 0 && x.all().contains(QStringLiteral("Test Device CA")), qPrintable(x.all()));

    auto ocsp = [&](const QString& leaf) {
        return runAsync(QStringLiteral("openssl"),
                        {QStringLiteral("ocsp"), QStringLiteral("-issuer"), p.f.caPem(),
                         QStringLiteral("-cert"), leaf, QStringLiteral("-url"),
                         p.base + QStringLiteral("/ocsp"), QStringLiteral("-CAfile"), p.f.caPem(),
                         QStringLiteral("-timeout"), QStringLiteral("20")});
    };
    auto good = ocsp(lostPem);
    QVERIFY2(good.all().contains(QStringLiteral("Response verify OK")), qPrintable(good.all()));
    QVERIFY2(good.all().contains(QStringLiteral(": good")), qPrintable(good.all()));

    // Revoke (reason lost): OCSP says revoked at once, with the reason; the other device stays good.
    QVERIFY(
        RevocationWorkflows(*p.f.ctx)
            .revoke(CertificateRef{lost->certificate.serialHex, {}, 0}, RevocationReason::KeyCompromise, {})
            .ok());
    auto revoked = ocsp(lostPem);
    QVERIFY2(revoked.all().contains(QStringLiteral("Response verify OK")), qPrintable(revoked.all()));
    QVERIFY2(revoked.all().contains(QStringLiteral(": revoked")), qPrintable(revoked.all()));
    QVERIFY2(revoked.all().contains(QStringLiteral("Reason: keyCompromise")), qPrintable(revoked.all()));
    QVERIFY2(ocsp(keptPem).all().contains(QStringLiteral(": good")), qPrintable(ocsp(keptPem).all()));

    // GET /ocsp/BASE64 (RFC 6960 appendix A.1), the request made by openssl.
    const QString reqPath = p.f.dir.filePath(QStringLiteral("req.der"));
    auto req =
        runAsync(QStringLiteral("openssl"),
                 {QStringLiteral("ocsp"), QStringLiteral("-issuer"), p.f.caPem(), QStringLiteral("-cert"),
                  lostPem, QStringLiteral("-no_nonce"), QStringLiteral("-reqout"), reqPath});
    QVERIFY2(req.exitCode == 0, qPrintable(req.all()));
    QFile reqFile(reqPath);
    QVERIFY(reqFile.open(QIODevice::ReadOnly));
    const QByteArray b64 = QUrl::toPercentEncoding(QString::fromLatin1(reqFile.readAll().toBase64()));
    Http get = curl(p.f.dir, {p.base + QStringLiteral("/ocsp/") + QString::fromLatin1(b64)});
    QCOMPARE(get.status, 200);
    QVERIFY(get.headers.contains("application/ocsp-response"));
    const QString respPath = writeFile(p.f.dir, QStringLiteral("resp.der"), get.body);
    auto resp =
        runAsync(QStringLiteral("openssl"),
                 {QStringLiteral("ocsp"), QStringLiteral("-respin"), respPath, QStringLiteral("-issuer"),
                  p.f.caPem(), QStringLiteral("-cert"), lostPem, QStringLiteral("-CAfile"), p.f.caPem()});
    QVERIFY2(resp.all().contains(QStringLiteral("Response verify OK")) &&
                 resp.all().contains(QStringLiteral(": revoked")),
             qPrintable(resp.all()));

    // /crl: the CRL re-signed after the revocation, listing the lost device only.
    Http crl = curl(p.f.dir, {p.base + QStringLiteral("/crl")});
    QCOMPARE(crl.status, 200);
    const QString crlPath = writeFile(p.f.dir, QStringLiteral("portal.crl"), crl.body);
    auto text = runAsync(QStringLiteral("openssl"),
                         {QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                          QStringLiteral("-in"), crlPath, QStringLiteral("-noout"), QStringLiteral("-text"),
                          QStringLiteral("-CAfile"), p.f.caPem()});
    QVERIFY2(text.all().contains(QStringLiteral("verify OK")), qPrintable(text.all()));
    QVERIFY2(text.all().contains(lost->certificate.serialHex) &&
                 !text.all().contains(kept->certificate.serialHex),
             qPrintable(text.all()));
}

void TestPortal::downloadsWithLoginIdAndLimit()
{
    CERTDESK_TEST_DATABASE(tdb);
    PortalFixture p;
    QCOMPARE(p.setUp(*tdb), QString());
    QCOMPARE(p.f.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto issued = p.issue(QStringLiteral("taro"), QStringLiteral("windows"));
    QVERIFY(issued.ok());
    const QString url = issued->downloadUrl;
    QVERIFY2(url.startsWith(p.base + QStringLiteral("/download/")), qPrintable(url));

    Http en = curl(p.f.dir, {QStringLiteral("-H"), QStringLiteral("Accept-Language: en-US,en;q=0.9"), url});
    QCOMPARE(en.status, 200);
    QVERIFY(en.body.contains("<html lang=\"en\">"));
    QVERIFY(en.body.contains("Download your client certificate"));
    QVERIFY(en.body.contains("name=\"login_id\""));
    QVERIFY(!en.body.contains("taro")); // the page never tells who the link is for
    Http ja = curl(p.f.dir, {QStringLiteral("-H"), QStringLiteral("Accept-Language: ja"), url});
    QCOMPARE(ja.status, 200);
    QVERIFY(ja.body.contains("<html lang=\"ja\">"));

    Http wrong = curl(p.f.dir, {QStringLiteral("--data-urlencode"), QStringLiteral("login_id=jiro"), url});
    QCOMPARE(wrong.status, 403);
    QVERIFY(!wrong.headers.contains("pkcs12"));

    for (int n = 1; n <= 3; ++n) {
        // X-Forwarded-For from a client that is not the trusted proxy is ignored.
        Http got = curl(p.f.dir, {QStringLiteral("-H"), QStringLiteral("X-Forwarded-For: 203.0.113.66"),
                                  QStringLiteral("-A"), QStringLiteral("CertDeskTest/1.0"),
                                  QStringLiteral("--data-urlencode"), QStringLiteral("login_id=taro"), url});
        QCOMPARE(got.status, 200);
        QVERIFY(got.headers.contains("Content-Type: application/x-pkcs12"));
        QVERIFY2(got.headers.contains("Content-Disposition: attachment; filename=\"taro-windows.p12\""),
                 got.headers.constData());
        QCOMPARE(got.body, issued->pkcs12);
    }
    const QString p12 = writeFile(p.f.dir, QStringLiteral("got.p12"), issued->pkcs12);
    auto opened = runAsync(QStringLiteral("openssl"),
                           {QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-passin"),
                            QStringLiteral("pass:Abc12345"), QStringLiteral("-nokeys")});
    QVERIFY2(opened.exitCode == 0 && opened.all().contains(QStringLiteral("CN = taro")),
             qPrintable(opened.all()));

    Http fourth = curl(p.f.dir, {QStringLiteral("--data-urlencode"), QStringLiteral("login_id=taro"), url});
    QCOMPARE(fourth.status, 410);
    QVERIFY(fourth.body.contains("as often as allowed"));
    auto cert = CertificateWorkflows(*p.f.ctx).find(CertificateRef{issued->certificate.serialHex, {}, 0});
    QCOMPARE(cert->status, CertStatus::InUse);
    QCOMPARE(cert->downloadCount, 3);
    HistoryFilter filter;
    filter.operation = Op::Download;
    auto rows = HistoryLog::list(*p.f.db, filter);
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->first().host, QStringLiteral("127.0.0.1"));
    QCOMPARE(rows->first().userAgent, QStringLiteral("CertDeskTest/1.0"));

    // Revoked link: refused with the page, never the file.
    auto other = p.issue(QStringLiteral("taro"), QStringLiteral("android"));
    QVERIFY(
        RevocationWorkflows(*p.f.ctx)
            .revoke(CertificateRef{other->certificate.serialHex, {}, 0}, RevocationReason::KeyCompromise, {})
            .ok());
    Http revoked = curl(
        p.f.dir, {QStringLiteral("--data-urlencode"), QStringLiteral("login_id=taro"), other->downloadUrl});
    QCOMPARE(revoked.status, 410);
    QVERIFY(revoked.body.contains("revoked"));
}

void TestPortal::wrongLoginIdsAreRateLimited()
{
    CERTDESK_TEST_DATABASE(tdb);
    PortalFixture p;
    // Behind a reverse proxy on this host: the client address is the last one the proxy forwarded.
    QCOMPARE(p.setUp(*tdb, true, QHostAddress::LocalHost), QString());
    QCOMPARE(p.f.addUserWithIdentity(QStringLiteral("hanako")), QString());
    auto issued = p.issue(QStringLiteral("hanako"), QStringLiteral("windows"));
    QVERIFY(issued.ok());
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(
            curl(p.f.dir, {QStringLiteral("-H"), QStringLiteral("X-Forwarded-For: 10.9.9.9, 203.0.113.9"),
                           QStringLiteral("--data-urlencode"), QStringLiteral("login_id=guess%1").arg(i),
                           issued->downloadUrl})
                .status,
            403);
    QCOMPARE(curl(p.f.dir, {QStringLiteral("-H"), QStringLiteral("X-Forwarded-For: 10.9.9.9, 203.0.113.9"),
                            QStringLiteral("--data-urlencode"), QStringLiteral("login_id=guess5"),
                            issued->downloadUrl})
                 .status,
             429);
    // Locked now, even with the right login ID.
    QCOMPARE(curl(p.f.dir, {QStringLiteral("--data-urlencode"), QStringLiteral("login_id=hanako"),
                            issued->downloadUrl})
                 .status,
             429);
    HistoryFilter filter;
    filter.operation = Op::Failure;
    auto rows = HistoryLog::list(*p.f.db, filter);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().targetLogin, QStringLiteral("hanako"));
    QCOMPARE(rows->first().host, QStringLiteral("203.0.113.9"));
    QCOMPARE(CertificateWorkflows(*p.f.ctx)
                 .find(CertificateRef{issued->certificate.serialHex, {}, 0})
                 ->downloadCount,
             0);
}

void TestPortal::malformedRequestsGet4xx()
{
    CERTDESK_TEST_DATABASE(tdb);
    PortalFixture p;
    QCOMPARE(p.setUp(*tdb), QString());
    const QString b = p.base;
    const QString t(43, QLatin1Char('A'));
    struct Case
    {
        QStringList args;
        int status;
    };
    const QList<Case> cases = {
        {{b + QStringLiteral("/nothing")}, 404},
        {{QStringLiteral("--path-as-is"), b + QStringLiteral("/download/../ca.pem")}, 400},
        {{QStringLiteral("--path-as-is"), b + QStringLiteral("/download/%2e%2e/%2e%2e/etc/passwd")}, 400},
        {{b + QStringLiteral("/download/") + t}, 404}, // well-formed, unknown
        {{b + QStringLiteral("/download/short")}, 404},
        {{QStringLiteral("-X"), QStringLiteral("DELETE"), b + QStringLiteral("/download/") + t}, 405},
        {{QStringLiteral("-X"), QStringLiteral("PUT"), b + QStringLiteral("/crl")}, 405},
        {{QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"), QStringLiteral("--data"),
          QStringLiteral("{}"), b + QStringLiteral("/download/") + t},
         400},
        {{QStringLiteral("--data"), QStringLiteral("login_id=%FF"), b + QStringLiteral("/download/") + t},
         400},
        {{QStringLiteral("-H"), QStringLiteral("Content-Type: text/plain"), QStringLiteral("--data"),
          QStringLiteral("x"), b + QStringLiteral("/ocsp")},
         415},
        {{b + QStringLiteral("/ocsp/!!!not-base64")}, 400},
        {{QStringLiteral("-X"), QStringLiteral("DELETE"), b + QStringLiteral("/ocsp")}, 405},
        {{b + QStringLiteral("/") + QString(9000, QLatin1Char('a'))}, 414},
    };
    for (const Case& c : cases) {
        const Http h = curl(p.f.dir, c.args);
        QVERIFY2(h.status == c.status, qPrintable(QStringLiteral("%1 -> %2, expected %3")
                                                      .arg(c.args.join(QLatin1Char(' ')).left(120))
                                                      .arg(h.status)
                                                      .arg(c.status)));
    }
    // An oversized body (70 KB) gets 413.
    const QString big = writeFile(p.f.dir, QStringLiteral("big"), QByteArray(70 * 1024, 'x'));
    Http large =
        curl(p.f.dir, {QStringLiteral("-H"), QStringLiteral("Content-Type: application/ocsp-request"),
                       QStringLiteral("--data-binary"), QLatin1Char('@') + big, b + QStringLiteral("/ocsp")});
    QCOMPARE(large.status, 413);
    // A garbage OCSP body is answered with an OCSP malformedRequest, not an HTTP error.
    const QString junk =
        writeFile(p.f.dir, QStringLiteral("junk"), QByteArray("\x30\x82\xff\xff garbage", 14));
    Http bad = curl(p.f.dir,
                    {QStringLiteral("-H"), QStringLiteral("Content-Type: application/ocsp-request"),
                     QStringLiteral("--data-binary"), QLatin1Char('@') + junk, b + QStringLiteral("/ocsp")});
    QCOMPARE(bad.status, 200);
    const QString respPath = writeFile(p.f.dir, QStringLiteral("bad.der"), bad.body);
    auto text =
        runAsync(QStringLiteral("openssl"), {QStringLiteral("ocsp"), QStringLiteral("-respin"), respPath,
                                             QStringLiteral("-resp_text"), QStringLiteral("-noverify")});
    QVERIFY2(text.all().contains(QStringLiteral("malformedrequest"), Qt::CaseInsensitive),
             qPrintable(text.all()));
    // Still serving.
    QCOMPARE(curl(p.f.dir, {b + QStringLiteral("/ca.pem")}).status, 200);
}

void TestPortal::headlessBinary()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    const QString bin = qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-portal");
    QVERIFY2(QFile::exists(bin), qPrintable(bin));
    auto startPortal = [&](const QStringList& extra, const QProcessEnvironment& env, QProcess& proc) -> int {
        proc.setProcessEnvironment(env);
        proc.setProcessChannelMode(QProcess::MergedChannels);
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const int port = probe.serverPort();
        probe.close();
        proc.start(bin, QStringList{QStringLiteral("--db"), tdb->url(), QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:%1").arg(port)} +
                            extra);
        return port;
    };
    auto waitFor = [](QProcess& proc, const QByteArray& text, QByteArray* log) {
        for (int i = 0; i < 200 && !log->contains(text); ++i) {
            proc.waitForReadyRead(100);
            *log += proc.readAll();
        }
        return log->contains(text);
    };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CERTDESK_CA_PASSPHRASE"));
    env.insert(QStringLiteral("CERTDESK_LANG"), QStringLiteral("en"));
    {
        QProcess proc;
        const int port = startPortal({}, env, proc);
        QByteArray log;
        QVERIFY2(waitFor(proc, "listening on", &log), log.constData());
        QVERIFY2(waitFor(proc, "OCSP is off", &log), log.constData());
        QCOMPARE(curl(f.dir, {QStringLiteral("http://127.0.0.1:%1/ca.pem").arg(port)}).status, 200);
        Http ocsp =
            curl(f.dir, {QStringLiteral("-H"), QStringLiteral("Content-Type: application/ocsp-request"),
                         QStringLiteral("--data"), QStringLiteral("x"),
                         QStringLiteral("http://127.0.0.1:%1/ocsp").arg(port)});
        QCOMPARE(ocsp.status, 503);
        proc.terminate();
        QVERIFY(proc.waitForFinished(10000));
        log += proc.readAll();
        QVERIFY2(!log.contains(kPassphrase), log.constData());
    }
    {
        const QString passFile = writeFile(f.dir, QStringLiteral("pass"), kPassphrase + '\n');
        QProcess proc;
        const int port = startPortal({QStringLiteral("--passphrase-file"), passFile}, env, proc);
        QByteArray log;
        QVERIFY2(waitFor(proc, "OCSP responder on", &log), log.constData());
        QCOMPARE(curl(f.dir, {QStringLiteral("http://127.0.0.1:%1/crl").arg(port)}).status,
                 200); // the schedule signed one
        proc.terminate();
        QVERIFY(proc.waitForFinished(10000));
        log += proc.readAll();
        QVERIFY2(!log.contains(kPassphrase), log.constData());
    }
    {
        QProcess proc;
        proc.start(bin, {QStringLiteral("--db"), tdb->url(), QStringLiteral("--listen"),
                         QStringLiteral("nonsense")});
        QVERIFY(proc.waitForFinished(10000));
        QCOMPARE(proc.exitCode(), 2);
    }
}

void TestPortal::databaseErrorsStayInTheLog()
{
    // Anonymous clients get a generic 503; the database or OCSP error goes to the log only.
    CERTDESK_TEST_DATABASE(tdb);
    PortalFixture p;
    QCOMPARE(p.setUp(*tdb, false), QString());
    QSignalSpy log(p.server.get(), &PortalServer::logLine);
    auto logText = [&log] {
        QString all;
        for (const QList<QVariant>& args : std::as_const(log))
            all += args.first().toString() + QLatin1Char('\n');
        return all;
    };
    Http ocsp =
        curl(p.f.dir, {QStringLiteral("-H"), QStringLiteral("Content-Type: application/ocsp-request"),
                       QStringLiteral("--data"), QStringLiteral("x"), p.base + QStringLiteral("/ocsp")});
    QCOMPARE(ocsp.status, 503);
    QVERIFY(!p.server->ocspProblem().isEmpty());
    QVERIFY2(!ocsp.body.contains(p.server->ocspProblem().toUtf8()), ocsp.body.constData());
    QVERIFY2(logText().contains(p.server->ocspProblem()), qPrintable(logText()));

    QVERIFY(p.f.db->execSchema(QStringLiteral("ALTER TABLE certificates RENAME TO certificates_gone")).ok());
    log.clear();
    const QString link = p.base + QStringLiteral("/download/") + QString(43, QLatin1Char('A'));
    for (const QStringList& args :
         {QStringList{link}, QStringList{QStringLiteral("--data"), QStringLiteral("login_id=taro"), link}}) {
        Http h = curl(p.f.dir, args);
        QCOMPARE(h.status, 503);
        for (const char* leak : {"certificates", "table", "SQL", "QSQLITE", "QPSQL"})
            QVERIFY2(!h.body.contains(leak), h.body.constData());
    }
    QVERIFY2(logText().contains(QStringLiteral("certificates")), qPrintable(logText()));
}

void TestPortal::securityHeadersAndTlsChain()
{
    // Every answer forbids framing and foreign content; over TLS it adds HSTS and the server sends the
    // whole certificate chain of its --tls-cert file.
    auto checkHeaders = [](const Http& h, bool tls) {
        const QByteArray lower = h.headers.toLower();
        QVERIFY2(lower.contains("content-security-policy: default-src 'none'"), h.headers.constData());
        QVERIFY2(lower.contains("frame-ancestors 'none'"), h.headers.constData());
        QVERIFY2(lower.contains("x-content-type-options: nosniff"), h.headers.constData());
        QVERIFY2(lower.contains("strict-transport-security: max-age=") == tls, h.headers.constData());
    };
    {
        CERTDESK_TEST_DATABASE(tdb);
        PortalFixture p;
        QCOMPARE(p.setUp(*tdb), QString());
        for (const QString& path :
             {QStringLiteral("/"), QStringLiteral("/nothing"), QStringLiteral("/ca.pem"),
              QStringLiteral("/download/") + QString(43, QLatin1Char('A'))})
            checkHeaders(curl(p.f.dir, {p.base + path}), false);
    }
    CERTDESK_TEST_DATABASE(tdb);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto path = [&dir](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
    const QString caExt = writeFile(dir, QStringLiteral("ca.ext"), "basicConstraints=critical,CA:TRUE\n");
    const QString leafExt = writeFile(dir, QStringLiteral("leaf.ext"), "subjectAltName=IP:127.0.0.1\n");
    auto ok = [](const ProcessResult& r) { return r.exitCode == 0 ? QString() : r.all(); };
    QCOMPARE(
        ok(runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                      QStringList{QStringLiteral("-keyout"), path("root.key"), QStringLiteral("-out"),
                                  path("root.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=Test Root"),
                                  QStringLiteral("-days"), QStringLiteral("2")})),
        QString());
    struct Step
    {
        const char* name;
        const char* subject;
        const char* issuer;
        QString ext;
    };
    for (const Step& st : {Step{"int", "/CN=Test Intermediate", "root", caExt},
                           Step{"leaf", "/CN=127.0.0.1", "int", leafExt}}) {
        const QString n = QString::fromLatin1(st.name);
        const QString issuer = QString::fromLatin1(st.issuer);
        QCOMPARE(
            ok(runOpenssl(QStringList{QStringLiteral("req")} + ec +
                          QStringList{QStringLiteral("-keyout"), dir.filePath(n + QStringLiteral(".key")),
                                      QStringLiteral("-out"), dir.filePath(n + QStringLiteral(".csr")),
                                      QStringLiteral("-subj"), QString::fromLatin1(st.subject)})),
            QString());
        QCOMPARE(
            ok(runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                           dir.filePath(n + QStringLiteral(".csr")), QStringLiteral("-CA"),
                           dir.filePath(issuer + QStringLiteral(".pem")), QStringLiteral("-CAkey"),
                           dir.filePath(issuer + QStringLiteral(".key")), QStringLiteral("-CAcreateserial"),
                           QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), st.ext,
                           QStringLiteral("-out"), dir.filePath(n + QStringLiteral(".pem"))})),
            QString());
    }
    QFile leaf(path("leaf.pem")), inter(path("int.pem"));
    QVERIFY(leaf.open(QIODevice::ReadOnly) && inter.open(QIODevice::ReadOnly));
    const QString chainFile = writeFile(dir, QStringLiteral("chain.pem"), leaf.readAll() + inter.readAll());

    PortalFixture p;
    QCOMPARE(p.setUp(*tdb, true, {}, chainFile, path("leaf.key")), QString());
    QVERIFY2(p.base.startsWith(QStringLiteral("https://")), qPrintable(p.base));
    // Only the root is trusted: the handshake verifies only when the server sends the intermediate.
    const Http h =
        curl(p.f.dir, {QStringLiteral("--cacert"), path("root.pem"), p.base + QStringLiteral("/")});
    QCOMPARE(h.status, 200);
    checkHeaders(h, true);
    auto shown = runAsync(QStringLiteral("openssl"), {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                                      QStringLiteral("127.0.0.1:%1").arg(p.server->port()),
                                                      QStringLiteral("-showcerts")});
    QCOMPARE(shown.out.count("-----BEGIN CERTIFICATE-----"), 2);
}

QTEST_GUILESS_MAIN(TestPortal)
#include "tst_Portal.moc"
