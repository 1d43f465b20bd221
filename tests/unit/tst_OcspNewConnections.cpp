// The portal's plain-HTTP connections accepted by the OCSP workers (OcspWorkerPool), each a new connection
// as nginx's ssl_ocsp makes them, on SQLite and PostgreSQL, with the in-process PortalServer:
//  - an OCSP request is answered while the main thread is busy (signing, a download): the workers accept,
//    screen and answer it;
//  - the main thread never accepts again once a connection was given back to it (QTcpServer resumes
//    accepting in nextPendingConnection): every OCSP answer after a page is a worker's; an OCSP body that
//    arrives after its head is waited for by the worker, a head in pieces is answered by Qt HTTP Server;
//  - every other request reaches Qt HTTP Server unchanged, also when its head or body arrives in pieces
//    (the worker only peeks): the pages, the CA, a .p12 download with its body sent later, a 415;
//  - the screen's refusals and log lines are the main thread's: 413 / 411 / 431, then the connection closes;
//  - while OCSP is off an OCSP request is answered 503 by Qt HTTP Server with the reason in the log;
//  - many connections at once, OCSP and pages mixed: every one answered, the OCSP answers verified by
//    `openssl ocsp`; the portal stops cleanly with connections half-screened.
#include "PortalServer.h"
#include "WorkflowFixture.h"
#include "ocsp/OcspHandles.h"
#include "store/Settings.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace certdesk;
using namespace certdesk::test;

class TestOcspNewConnections : public QObject
{
    Q_OBJECT
private slots:
    void answeredWhileTheMainThreadIsBusy();
    void theWorkersKeepAccepting();
    void otherRequestsReachThePortalUnchanged();
    void refusalsAreTheScreensOwn();
    void ocspOffIsAnsweredByThePortal();
    void manyConnectionsAtOnce();
};

namespace {

struct Answer
{
    int status = 0;
    QByteArray head; // lower case
    QByteArray body;
    bool closed = false; // the server closed the connection after the answer
};

// Reads one answer (Content-Length framed) and whether the server then closes the connection.
Answer readAnswer(QTcpSocket& socket)
{
    Answer a;
    QByteArray buf;
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (!(headEnd >= 0 && length >= 0 && buf.size() >= headEnd + 4 + length)) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(10000))
            break;
        buf += socket.readAll();
        if (headEnd < 0 && (headEnd = buf.indexOf("\r\n\r\n")) >= 0) {
            a.head = buf.left(headEnd).toLower();
            const qsizetype at = a.head.indexOf("content-length:");
            length =
                at < 0 ? -1 : a.head.mid(at + 15, a.head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        }
    }
    if (headEnd < 0 || !buf.startsWith("HTTP/1.") || length < 0 || buf.size() < headEnd + 4 + length)
        return a;
    a.status = buf.mid(9, 3).toInt();
    a.body = buf.mid(headEnd + 4, length);
    a.closed = socket.state() != QAbstractSocket::ConnectedState || !socket.waitForReadyRead(5000);
    return a;
}

// A new connection: `pieces` written one after the other, `pauseMs` apart; the answer.
Answer exchange(int port, const QList<QByteArray>& pieces, int pauseMs = 0)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!socket.waitForConnected(5000))
        return {};
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            QThread::msleep(static_cast<unsigned long>(pauseMs));
        socket.write(pieces.at(i));
        (void)socket.waitForBytesWritten(5000);
    }
    return readAnswer(socket);
}

// Runs `f` on a thread of its own while this thread's event loop serves the in-process portal (`busyWait`:
// without ever sleeping, so that this thread is always ready to accept).
template <class F> auto onClientThread(bool busyWait, F f)
{
    decltype(f()) result{};
    std::atomic<bool> done{false};
    std::thread client([&] {
        result = f();
        done = true;
    });
    QElapsedTimer t;
    t.start();
    while (!done.load() && t.elapsed() < 120000) {
        if (busyWait)
            QCoreApplication::processEvents();
        else
            QTest::qWait(5);
    }
    client.join();
    return result;
}
template <class F> auto onClientThread(F f)
{
    return onClientThread(false, std::move(f));
}

QByteArray ocspPost(const QByteArray& der)
{
    return "POST /ocsp HTTP/1.0\r\nConnection: close\r\nHost: 127.0.0.1\r\nContent-Type: "
           "application/ocsp-request\r\nContent-Length: " +
           QByteArray::number(der.size()) + "\r\n\r\n" + der;
}

// The certStatus (V_OCSP_CERTSTATUS_*) of the first SingleResponse; -1 when not a successful response.
int certStatus(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    const ossl::OcspResponse resp(d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())));
    if (!resp || OCSP_response_status(resp.get()) != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return -1;
    const ossl::OcspBasicResp basic(OCSP_response_get1_basic(resp.get()));
    OCSP_SINGLERESP* single = basic ? OCSP_resp_get0(basic.get(), 0) : nullptr;
    return single ? OCSP_single_get0_status(single, nullptr, nullptr, nullptr, nullptr) : -1;
}

// The in-process portal (plain HTTP, OCSP workers) with one user's certificate and its OCSP request.
struct Fixture
{
    WorkflowFixture f;
    std::shared_ptr<WorkflowContext> portalCtx;
    std::unique_ptr<PortalServer> server;
    std::unique_ptr<QSignalSpy> log;
    std::optional<IssueResult> issued;
    QString leafPem;
    QByteArray request; // DER, without a nonce

    QString setUp(TestDatabase& tdb, bool withPassphrase = true)
    {
        if (QString e = f.setUp(tdb); !e.isEmpty())
            return e;
        portalCtx = std::make_shared<WorkflowContext>(f.db, Actor::system());
        if (withPassphrase)
            portalCtx->setPassphraseProvider(
                [](const CaRecord&) -> Result<QByteArray> { return kPassphrase; });
        server = std::make_unique<PortalServer>(portalCtx);
        log = std::make_unique<QSignalSpy>(server.get(), &PortalServer::logLine);
        PortalOptions o;
        o.port = 0;
        o.ocspThreads = 2;
        if (auto s = server->start(o); !s)
            return s.error().message;
        if (auto s = Settings(*f.db).set(SettingKey::PortalBaseUrl, server->baseUrl()); !s)
            return s.error().message;
        if (QString e = f.addUserWithIdentity(QStringLiteral("taro")); !e.isEmpty())
            return e;
        auto got = CertificateWorkflows(*f.ctx).issue(
            {QStringLiteral("taro"), QStringLiteral("windows"), {}, PasswordMode::Manual, "Abc12345", {}, 0});
        if (!got)
            return got.error().message;
        issued = got.value();
        leafPem = f.writePem(QStringLiteral("leaf.pem"), issued->certificate.certDer);
        const QString reqPath = f.dir.filePath(QStringLiteral("req.der"));
        const auto r =
            runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), f.caPem(), QStringLiteral("-cert"),
                        leafPem, QStringLiteral("-no_nonce"), QStringLiteral("-reqout"), reqPath});
        QFile req(reqPath);
        if (r.exitCode != 0 || !req.open(QIODevice::ReadOnly))
            return QStringLiteral("openssl ocsp -reqout: ") + r.all();
        request = req.readAll();
        return {};
    }
    int port() const { return server->port(); }
    bool logged(const QString& text) const
    {
        for (const QList<QVariant>& args : *log) {
            if (args.value(0).toString().contains(text))
                return true;
        }
        return false;
    }
    // `openssl ocsp` verifies `der` as the answer for the leaf: "good" or "revoked".
    QString verified(const QByteArray& der) const
    {
        const QString path = writeFile(f.dir, QStringLiteral("resp.der"), der);
        const ProcessResult v =
            runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-respin"), path, QStringLiteral("-issuer"),
                        f.caPem(), QStringLiteral("-cert"), leafPem, QStringLiteral("-CAfile"), f.caPem(),
                        QStringLiteral("-no_nonce")});
        return v.all();
    }
};

} // namespace

void TestOcspNewConnections::answeredWhileTheMainThreadIsBusy()
{
    CERTDESK_TEST_DATABASE(tdb);
    Fixture x;
    QCOMPARE(x.setUp(*tdb), QString());
    QVERIFY(x.server->ocspEnabled());

    // The client connects; the main thread accepts the connection; then the main thread is busy for 2 s
    // (no event processed) while the client sends its OCSP request.
    std::atomic<int> phase{0};
    Answer got;
    qint64 waitedMs = -1;
    std::thread client([&] {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(x.port()));
        if (!socket.waitForConnected(5000)) {
            phase = -1;
            return;
        }
        phase = 1;
        while (phase.load() != 2)
            QThread::msleep(1);
        QElapsedTimer t;
        t.start();
        socket.write(ocspPost(x.request));
        got = readAnswer(socket);
        waitedMs = t.elapsed();
        phase = 3;
    });
    QTRY_VERIFY(phase.load() != 0);
    QCOMPARE(phase.load(), 1);
    QTest::qWait(300); // accepted here
    phase = 2;
    QThread::msleep(2000); // busy: e.g. signing a CRL or encrypting a .p12
    QTRY_VERIFY_WITH_TIMEOUT(phase.load() == 3, 20000);
    client.join();

    QCOMPARE(got.status, 200);
    QVERIFY2(waitedMs < 1000, qPrintable(QStringLiteral("answered after %1 ms").arg(waitedMs)));
    QVERIFY(got.head.contains("connection: close"));
    QVERIFY(got.closed);
    QCOMPARE(certStatus(got.body), V_OCSP_CERTSTATUS_GOOD);
    const QString v = x.verified(got.body);
    QVERIFY2(v.contains(QLatin1String("Response verify OK")) &&
                 v.contains(x.leafPem + QLatin1String(": good")),
             qPrintable(v));
}

void TestOcspNewConnections::theWorkersKeepAccepting()
{
    CERTDESK_TEST_DATABASE(tdb);
    Fixture x;
    QCOMPARE(x.setUp(*tdb), QString());
    const int port = x.port();
    const QByteArray request = ocspPost(x.request);

    // A page first: the connection goes back to the main thread's server.
    const Answer health = onClientThread(
        [port] { return exchange(port, {"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"}); });
    QCOMPARE(health.status, 200);
    QVERIFY(health.head.contains("content-security-policy")); // Qt HTTP Server's answers carry it

    // Then OCSP from four clients at once while the main thread is free to accept (it does nothing but
    // wait for events): every answer is a worker's (no such header), and the main thread's server accepted
    // nothing itself (it emits newConnection only then; a connection given back does not).
    const QList<QTcpServer*> servers = x.server->servers();
    QCOMPARE(servers.size(), 1);
    QSignalSpy acceptedHere(servers.first(), &QTcpServer::newConnection);
    const std::vector<Answer> answers = onClientThread(/*busyWait=*/true, [port, request] {
        std::vector<std::vector<Answer>> got(4);
        std::vector<std::thread> clients;
        for (auto& g : got) {
            clients.emplace_back([&g, port, request] {
                for (int i = 0; i < 100; ++i)
                    g.push_back(exchange(port, {request}));
            });
        }
        for (auto& c : clients)
            c.join();
        std::vector<Answer> all;
        for (const auto& g : got)
            all.insert(all.end(), g.begin(), g.end());
        return all;
    });
    QCOMPARE(answers.size(), size_t(400));
    int byWorkers = 0;
    for (const Answer& a : answers) {
        QCOMPARE(a.status, 200);
        QCOMPARE(certStatus(a.body), V_OCSP_CERTSTATUS_GOOD);
        byWorkers += a.head.contains("content-security-policy") ? 0 : 1;
    }
    QCOMPARE(acceptedHere.count(), 0);
    QCOMPARE(byWorkers, 400);

    // The body 200 ms after the head: the worker took the request and waits for the rest.
    const qsizetype split = request.indexOf("\r\n\r\n") + 4 + 10;
    const Answer late = onClientThread([port, request, split] {
        return exchange(port, {request.left(split), request.mid(split)}, 200);
    });
    QCOMPARE(late.status, 200);
    QVERIFY(!late.head.contains("content-security-policy"));
    QCOMPARE(certStatus(late.body), V_OCSP_CERTSTATUS_GOOD);
    QVERIFY(late.closed);

    // The head in pieces: given back, answered by Qt HTTP Server on the main thread, the same status.
    const Answer pieces = onClientThread([port, request] {
        return exchange(port, {request.left(20), request.mid(20)}, 200);
    });
    QCOMPARE(pieces.status, 200);
    QVERIFY(pieces.head.contains("content-security-policy"));
    QCOMPARE(certStatus(pieces.body), V_OCSP_CERTSTATUS_GOOD);
    const QString v = x.verified(late.body);
    QVERIFY2(v.contains(QLatin1String("Response verify OK")) &&
                 v.contains(x.leafPem + QLatin1String(": good")),
             qPrintable(v));
}

void TestOcspNewConnections::otherRequestsReachThePortalUnchanged()
{
    CERTDESK_TEST_DATABASE(tdb);
    Fixture x;
    QCOMPARE(x.setUp(*tdb), QString());
    const int port = x.port();

    const Answer health = onClientThread(
        [port] { return exchange(port, {"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"}); });
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body, QByteArray("CertDesk portal\n"));
    QVERIFY(health.head.contains("content-security-policy")); // Qt HTTP Server's answer (PortalServer)

    // The head in two pieces: the worker gives the connection back at once, the portal gets every byte.
    const Answer ca = onClientThread([port] {
        return exchange(port, {"GET /ca.p", "em HTTP/1.1\r\nHost: 127.0.0.1\r\n", "\r\n"}, 200);
    });
    QCOMPARE(ca.status, 200);
    QFile caFile(x.f.caPem());
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    QCOMPARE(ca.body.trimmed(), caFile.readAll().trimmed());

    // A download whose body comes 300 ms after its head: nothing of it lost on the way to the main thread.
    const QByteArray path = QUrl(x.issued->downloadUrl).path(QUrl::FullyEncoded).toLatin1();
    QVERIFY2(path.startsWith("/download/"), path.constData());
    const Answer p12 = onClientThread([port, path] {
        return exchange(
            port,
            {"POST " + path +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                 "Content-Length: 13\r\n\r\n",
             "login_id=taro"},
            300);
    });
    QCOMPARE(p12.status, 200);
    QVERIFY2(p12.head.contains("content-type: application/x-pkcs12"), p12.head.constData());
    QCOMPARE(p12.body, x.issued->pkcs12);
    const QString p12File = writeFile(x.f.dir, QStringLiteral("got.p12"), p12.body);
    const ProcessResult opened =
        runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12File, QStringLiteral("-passin"),
                    QStringLiteral("pass:Abc12345"), QStringLiteral("-nokeys")});
    QVERIFY2(opened.exitCode == 0 && opened.all().contains(QStringLiteral("CN = taro")),
             qPrintable(opened.all()));

    // POST /ocsp that is not application/ocsp-request: the portal's own 415.
    const QByteArray der = x.request;
    const Answer wrongType = onClientThread([port, der] {
        return exchange(port, {"POST /ocsp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                               "Content-Length: " +
                               QByteArray::number(der.size()) + "\r\n\r\n" + der});
    });
    QCOMPARE(wrongType.status, 415);
    QVERIFY(wrongType.closed);
}

void TestOcspNewConnections::refusalsAreTheScreensOwn()
{
    CERTDESK_TEST_DATABASE(tdb);
    Fixture x;
    QCOMPARE(x.setUp(*tdb), QString());
    const int port = x.port();

    const Answer big = onClientThread([port] {
        return exchange(
            port, {"POST /ocsp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/ocsp-request\r\n"
                   "Content-Length: 40000000\r\n\r\n"});
    });
    QCOMPARE(big.status, 413);
    QVERIFY(big.head.contains("connection: close"));
    QVERIFY(big.closed);
    QTRY_VERIFY2(x.logged(QStringLiteral("127.0.0.1 POST /ocsp 413 (Content-Length 40000000)")),
                 qPrintable(QStringLiteral("no log line")));

    const Answer chunked = onClientThread([port] {
        return exchange(
            port, {"POST /ocsp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/ocsp-request\r\n"
                   "Transfer-Encoding: chunked\r\n\r\n"});
    });
    QCOMPARE(chunked.status, 411);
    QVERIFY(chunked.closed);
    QTRY_VERIFY(x.logged(QStringLiteral("127.0.0.1 POST /ocsp 411")));

    const Answer longHead = onClientThread([port] {
        return exchange(port,
                        {"GET /ocsp/AAAA HTTP/1.1\r\nX-Filler: " + QByteArray(40 * 1024, 'a') + "\r\n\r\n"});
    });
    QCOMPARE(longHead.status, 431);
    QVERIFY(longHead.closed);

    // The portal still answers OCSP on the next new connection.
    const QByteArray der = x.request;
    const Answer next = onClientThread([port, der] { return exchange(port, {ocspPost(der)}); });
    QCOMPARE(next.status, 200);
    QCOMPARE(certStatus(next.body), V_OCSP_CERTSTATUS_GOOD);

    // Stopped while a worker screens a connection whose head is incomplete: closed, nothing left behind.
    QTcpSocket half;
    half.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    QVERIFY(half.waitForConnected(5000));
    half.write("POST /ocsp HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    QVERIFY(half.waitForBytesWritten(5000));
    QTest::qWait(200);
    x.server->stop();
    QTRY_COMPARE(half.state(), QAbstractSocket::UnconnectedState);
}

void TestOcspNewConnections::ocspOffIsAnsweredByThePortal()
{
    CERTDESK_TEST_DATABASE(tdb);
    Fixture x;
    QCOMPARE(x.setUp(*tdb, false), QString());
    QVERIFY(!x.server->ocspEnabled());
    const int port = x.port();
    const QByteArray der = x.request;
    const Answer off = onClientThread([port, der] { return exchange(port, {ocspPost(der)}); });
    QCOMPARE(off.status, 503);
    QVERIFY(off.head.contains("content-security-policy")); // answered by PortalServer on the main thread
    QVERIFY(off.closed);
    QTRY_VERIFY(x.logged(QStringLiteral("POST /ocsp 503 (OCSP is off:")));
}

void TestOcspNewConnections::manyConnectionsAtOnce()
{
    CERTDESK_TEST_DATABASE(tdb);
    Fixture x;
    QCOMPARE(x.setUp(*tdb), QString());
    const int port = x.port();
    const QByteArray request = ocspPost(x.request);

    // Eight clients, each 100 new connections one after the other (OCSP), and one asking for pages.
    struct Tally
    {
        int ok = 0, failed = 0;
        QByteArray lastOcsp;
    };
    const std::vector<Tally> tallies = onClientThread([port, request] {
        std::vector<Tally> t(9);
        std::vector<std::thread> clients;
        for (size_t i = 0; i < t.size(); ++i) {
            clients.emplace_back([&t, i, port, request] {
                for (int n = 0; n < 100; ++n) {
                    if (i == 8) {
                        const Answer a = exchange(
                            port, {"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"});
                        ++(a.status == 200 && a.body == "CertDesk portal\n" ? t[i].ok : t[i].failed);
                        continue;
                    }
                    const Answer a = exchange(port, {request});
                    if (a.status == 200 && a.closed && certStatus(a.body) == V_OCSP_CERTSTATUS_GOOD) {
                        ++t[i].ok;
                        t[i].lastOcsp = a.body;
                    } else {
                        ++t[i].failed;
                    }
                }
            });
        }
        for (auto& c : clients)
            c.join();
        return t;
    });
    QCOMPARE(tallies.size(), size_t(9));
    for (size_t i = 0; i < tallies.size(); ++i) {
        QCOMPARE(tallies[i].failed, 0);
        QCOMPARE(tallies[i].ok, 100);
    }
    const QString v = x.verified(tallies[0].lastOcsp);
    QVERIFY2(v.contains(QLatin1String("Response verify OK")) &&
                 v.contains(x.leafPem + QLatin1String(": good")),
             qPrintable(v));
}

QTEST_GUILESS_MAIN(TestOcspNewConnections)
#include "tst_OcspNewConnections.moc"
