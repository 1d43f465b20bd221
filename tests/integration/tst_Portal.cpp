// certdesk-portal over real HTTP: downloads, CA certificate, CRL and OCSP, checked with curl and
// the openssl command; malformed requests get 4xx and the portal keeps answering; the headless binary
// says when OCSP is off; a 40 MiB body is refused before it is read; OCSP answers for every CA after
// `ca import`; the CA key is forgotten after signing and the passphrase leaves the environment.
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
    void oversizedBodiesAreRefusedBeforeReading();
    void ocspForEveryCaAfterImport();
    void caKeyIsForgottenAfterSigning();
    void passphraseLeavesTheEnvironment();
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
        o.caCheckSecs = 1;
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

// certdesk-portal as a process on a free port of 127.0.0.1.
struct HeadlessPortal
{
    QProcess proc;
    int port = 0;
    QByteArray log;

    void start(const QString& dbUrl, const QStringList& extra, const QProcessEnvironment& env)
    {
        const QString bin = qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-portal");
        proc.setProcessEnvironment(env);
        proc.setProcessChannelMode(QProcess::MergedChannels);
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
        probe.close();
        proc.start(bin, QStringList{QStringLiteral("--db"), dbUrl, QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:%1").arg(port)} +
                            extra);
    }
    bool waitFor(const QByteArray& text)
    {
        for (int i = 0; i < 200 && !log.contains(text); ++i) {
            proc.waitForReadyRead(100);
            log += proc.readAll();
        }
        return log.contains(text);
    }
    QString url(const QString& path) const { return QStringLiteral("http://127.0.0.1:%1").arg(port) + path; }
    // A field of /proc/PID/status in kB (Linux), -1 when there is none.
    qint64 statusKb(const char* field) const
    {
        QFile f(QStringLiteral("/proc/%1/status").arg(proc.processId()));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.startsWith(QByteArray(field) + ':'))
                return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }
    ~HeadlessPortal()
    {
        if (proc.state() != QProcess::NotRunning) {
            proc.terminate();
            if (!proc.waitForFinished(10000))
                proc.kill();
        }
    }
};

QProcessEnvironment portalEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CERTDESK_CA_PASSPHRASE"));
    env.insert(QStringLiteral("CERTDESK_LANG"), QStringLiteral("en"));
    return env;
}

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
        // Refused before Qt HTTP Server reads a body: a chunked body has no length to check, and a request
        // head larger than 32 KiB.
        {{QStringLiteral("-H"), QStringLiteral("Transfer-Encoding: chunked"), QStringLiteral("-H"),
          QStringLiteral("Content-Type: application/ocsp-request"), QStringLiteral("--data"),
          QStringLiteral("x"), b + QStringLiteral("/ocsp")},
         411},
        {{QStringLiteral("-H"), QStringLiteral("X-Filler: ") + QString(40000, QLatin1Char('f')),
          b + QStringLiteral("/ca.pem")},
         431},
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

void TestPortal::oversizedBodiesAreRefusedBeforeReading()
{
    // Qt HTTP Server would buffer the whole body before PortalServer sees it: a 40 MiB POST to /ocsp made
    // the portal grow by about 80 MB. The screen refuses it from its Content-Length.
    if (!QFile::exists(QStringLiteral("/proc/self/status")))
        QSKIP("needs /proc/PID/status to measure the portal's memory");
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    HeadlessPortal portal;
    portal.start(tdb->url(), {}, portalEnvironment());
    QVERIFY2(portal.waitFor("OCSP is off"), portal.log.constData());
    QCOMPARE(curl(f.dir, {portal.url(QStringLiteral("/ca.pem"))}).status, 200); // warmed up
    const qint64 peakBefore = portal.statusKb("VmHWM");
    QVERIFY(peakBefore > 0);
    const QString big = writeFile(f.dir, QStringLiteral("big.der"), QByteArray(40 * 1024 * 1024, '\x30'));
    const Http h =
        curl(f.dir,
             {QStringLiteral("-H"), QStringLiteral("Content-Type: application/ocsp-request"),
              QStringLiteral("--data-binary"), QLatin1Char('@') + big, portal.url(QStringLiteral("/ocsp"))});
    QVERIFY2(h.status == 413 || h.status == 0, qPrintable(QString::number(h.status))); // 0: closed
    QFile::remove(big);
    const qint64 peakAfter = portal.statusKb("VmHWM");
    qInfo("40 MiB POST: HTTP status %d (0: closed), the portal's peak memory grew by %lld kB", h.status,
          peakAfter - peakBefore);
    QVERIFY2(
        peakAfter - peakBefore < 10 * 1024,
        qPrintable(QStringLiteral("the portal's peak memory grew by %1 kB").arg(peakAfter - peakBefore)));
    QVERIFY2(portal.waitFor("POST /ocsp 413"), portal.log.constData());
    QCOMPARE(curl(f.dir, {portal.url(QStringLiteral("/ca.pem"))}).status, 200); // still serving
}

void TestPortal::ocspForEveryCaAfterImport()
{
    // `ca import` while the portal runs: within seconds it answers for the new CA's certificates, and still
    // for the old CA's (good and revoked), each response signed by a signer of that CA.
    CERTDESK_TEST_DATABASE(tdb);
    PortalFixture p;
    QCOMPARE(p.setUp(*tdb), QString());
    QCOMPARE(p.server->ocspCaIds().size(), 1);
    QCOMPARE(p.f.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto oldGood = p.issue(QStringLiteral("taro"), QStringLiteral("windows"));
    auto oldRevoked = p.issue(QStringLiteral("taro"), QStringLiteral("mac"));
    QVERIFY(oldGood.ok() && oldRevoked.ok());
    QVERIFY(RevocationWorkflows(*p.f.ctx)
                .revoke(CertificateRef{oldRevoked->certificate.serialHex, {}, 0},
                        RevocationReason::KeyCompromise, {})
                .ok());
    QFile oldCaFile(p.f.caPem());
    QVERIFY(oldCaFile.open(QIODevice::ReadOnly));
    const QString oldCa = writeFile(p.f.dir, QStringLiteral("old-ca.pem"), oldCaFile.readAll());
    const QString oldGoodPem = p.f.writePem(QStringLiteral("old-good.pem"), oldGood->certificate.certDer);
    const QString oldRevokedPem =
        p.f.writePem(QStringLiteral("old-revoked.pem"), oldRevoked->certificate.certDer);

    const QString newCa = p.f.dir.filePath(QStringLiteral("new-ca.pem"));
    const QString newKey = p.f.dir.filePath(QStringLiteral("new-ca.key"));
    auto made = runAsync(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), newKey, QStringLiteral("-out"), newCa, QStringLiteral("-subj"),
         QStringLiteral("/O=Test Org/CN=Second Device CA"), QStringLiteral("-days"), QStringLiteral("365"),
         QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
         QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.all()));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDESK_OPERATOR"), kAdminLogin);
    env.insert(QStringLiteral("CERTDESK_OPERATOR_PASSWORD"), kOperatorPassword);
    env.insert(QStringLiteral("CERTDESK_CA_PASSPHRASE"), QString::fromUtf8(kPassphrase));
    env.insert(QStringLiteral("CERTDESK_LANG"), QStringLiteral("en"));
    cli.setProcessEnvironment(env);
    QSignalSpy done(&cli, &QProcess::finished);
    cli.start(qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-cli"),
              {QStringLiteral("--db"), tdb->url(), QStringLiteral("ca"), QStringLiteral("import"), newCa,
               QStringLiteral("--key"), newKey});
    QVERIFY(done.wait(60000));
    QVERIFY2(cli.exitCode() == 0, (cli.readAllStandardOutput() + cli.readAllStandardError()).constData());

    QTRY_COMPARE_WITH_TIMEOUT(p.server->ocspCaIds().size(), 2, 15000);
    p.f.ctx->forgetUnlockedCa(); // the test's own context signs with the new CA from now on
    auto newGood = p.issue(QStringLiteral("taro"), QStringLiteral("android"));
    QVERIFY(newGood.ok());
    const QString newGoodPem = p.f.writePem(QStringLiteral("new-good.pem"), newGood->certificate.certDer);
    const auto verified = runAsync(QStringLiteral("openssl"),
                                   {QStringLiteral("verify"), QStringLiteral("-CAfile"), newCa, newGoodPem});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.all())); // issued by the imported CA

    auto ocsp = [&](const QString& issuer, const QString& leaf) {
        return runAsync(QStringLiteral("openssl"),
                        {QStringLiteral("ocsp"), QStringLiteral("-issuer"), issuer, QStringLiteral("-cert"),
                         leaf, QStringLiteral("-url"), p.base + QStringLiteral("/ocsp"),
                         QStringLiteral("-CAfile"), issuer, QStringLiteral("-timeout"), QStringLiteral("20")})
            .all();
    };
    auto expect = [&](const QString& issuer, const QString& leaf, const QString& status) {
        const QString text = ocsp(issuer, leaf);
        QVERIFY2(text.contains(QLatin1String("Response verify OK")) &&
                     text.contains(leaf + QStringLiteral(": ") + status),
                 qPrintable(status + QLatin1Char('\n') + text));
    };
    expect(oldCa, oldGoodPem, QStringLiteral("good"));
    expect(oldCa, oldRevokedPem, QStringLiteral("revoked"));
    expect(newCa, newGoodPem, QStringLiteral("good"));
    // Revoked after the import, under either CA.
    QVERIFY(RevocationWorkflows(*p.f.ctx)
                .revoke(CertificateRef{newGood->certificate.serialHex, {}, 0},
                        RevocationReason::KeyCompromise, {})
                .ok());
    QVERIFY(RevocationWorkflows(*p.f.ctx)
                .revoke(CertificateRef{oldGood->certificate.serialHex, {}, 0},
                        RevocationReason::KeyCompromise, {})
                .ok());
    expect(newCa, newGoodPem, QStringLiteral("revoked"));
    expect(oldCa, oldGoodPem, QStringLiteral("revoked"));
    QVERIFY(!p.portalCtx->holdsUnlockedCa());
}

void TestPortal::caKeyIsForgottenAfterSigning()
{
    // The portal unlocks the CA to issue its OCSP signer and to sign the CRL, then forgets the key: between
    // signings it holds only the OCSP signer's key, and still answers OCSP.
    CERTDESK_TEST_DATABASE(tdb);
    PortalFixture p;
    QCOMPARE(p.setUp(*tdb), QString());
    QVERIFY(p.server->ocspEnabled());
    QVERIFY(!p.portalCtx->holdsUnlockedCa());
    Http crl = curl(p.f.dir, {p.base + QStringLiteral("/crl")});
    QCOMPARE(crl.status, 200); // signed at start by the schedule, with the key it then forgot
    QCOMPARE(p.f.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto issued = p.issue(QStringLiteral("taro"), QStringLiteral("windows"));
    QVERIFY(issued.ok());
    const QString leaf = p.f.writePem(QStringLiteral("leaf.pem"), issued->certificate.certDer);
    auto good = runAsync(QStringLiteral("openssl"),
                         {QStringLiteral("ocsp"), QStringLiteral("-issuer"), p.f.caPem(),
                          QStringLiteral("-cert"), leaf, QStringLiteral("-url"),
                          p.base + QStringLiteral("/ocsp"), QStringLiteral("-CAfile"), p.f.caPem()});
    QVERIFY2(good.all().contains(QLatin1String("Response verify OK")) &&
                 good.all().contains(QLatin1String(": good")),
             qPrintable(good.all()));
    QVERIFY(!p.portalCtx->holdsUnlockedCa());
    // Renewing the signers needs the key again, and forgets it again.
    QVERIFY(p.server->renewOcspSigner());
    QVERIFY(!p.portalCtx->holdsUnlockedCa());
}

void TestPortal::passphraseLeavesTheEnvironment()
{
    // CERTDESK_CA_PASSPHRASE is read at start, wiped from the process's environment block and removed.
    if (!QFile::exists(QStringLiteral("/proc/self/environ")))
        QSKIP("needs /proc/PID/environ");
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QProcessEnvironment env = portalEnvironment();
    env.insert(QStringLiteral("CERTDESK_CA_PASSPHRASE"), QString::fromUtf8(kPassphrase));
    HeadlessPortal portal;
    portal.start(tdb->url(), {}, env);
    QVERIFY2(portal.waitFor("OCSP responder on"), portal.log.constData()); // it had the passphrase
    QFile environFile(QStringLiteral("/proc/%1/environ").arg(portal.proc.processId()));
    QVERIFY(environFile.open(QIODevice::ReadOnly));
    const QByteArray block = environFile.readAll();
    QVERIFY(block.contains("CERTDESK_LANG=en"));
    QVERIFY2(!block.contains(kPassphrase), "the passphrase is still in /proc/PID/environ");
    QVERIFY(!portal.log.contains(kPassphrase));

    // After signing (OCSP signer, first CRL) the passphrase is in the process's memory once: in OpenSSL's
    // secure heap (an anonymous mapping of its own), not on the normal heap, the stack or a file mapping.
    QVERIFY2(portal.waitFor("Scheduled CRL number"), portal.log.constData());
    QTest::qWait(500);
    QFile maps(QStringLiteral("/proc/%1/maps").arg(portal.proc.processId()));
    QFile mem(QStringLiteral("/proc/%1/mem").arg(portal.proc.processId()));
    if (!maps.open(QIODevice::ReadOnly) || !mem.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        QSKIP("the portal's memory cannot be read here (ptrace restrictions)");
    QStringList hits;
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 5 || !parts.at(1).startsWith('r'))
            continue;
        const qulonglong begin = parts.at(0).split('-').value(0).toULongLong(nullptr, 16);
        const qulonglong end = parts.at(0).split('-').value(1).toULongLong(nullptr, 16);
        if (end <= begin || end - begin > 512ULL * 1024 * 1024 || !mem.seek(qint64(begin)))
            continue;
        const QByteArray region = mem.read(qint64(end - begin));
        for (qsizetype at = region.indexOf(kPassphrase); at >= 0; at = region.indexOf(kPassphrase, at + 1))
            hits << QStringLiteral("%1 (%2 bytes)")
                        .arg(QString::fromLatin1(parts.value(5, "anonymous")))
                        .arg(end - begin);
    }
    QVERIFY2(hits.size() <= 1, qPrintable(hits.join(QStringLiteral(", "))));
    for (const QString& hit : std::as_const(hits))
        QVERIFY2(hit.startsWith(QLatin1String("anonymous")), qPrintable(hit));
}

QTEST_GUILESS_MAIN(TestPortal)
#include "tst_Portal.moc"
