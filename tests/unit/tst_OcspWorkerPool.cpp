// The OCSP workers' own socket handling (OcspWorkerPool over platform/NativeSocket), without a database:
// OCSP is off here, so every request is given back. With short limits:
//  - a connection that sends nothing within the head timeout gets the screen's 408 from the worker, the
//    screen's log line, and is closed;
//  - a connection given back has lost nothing: the main thread reads every byte the client sent, in order,
//    also a second request sent behind the first;
//  - the main thread's server never accepts itself once the workers do (leaveAcceptingToOthers);
//  - RequestScreen::verdict and OcspHttpRequest::parse, which the workers run on every request: pass, wait,
//    refuse, where the body starts; which heads are OCSP requests and whether the connection stays open.
#include "OcspHttpRequest.h"
#include "OcspWorkerPool.h"
#include "RequestScreen.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace certdesk;

class TestOcspWorkerPool : public QObject
{
    Q_OBJECT
private slots:
    void silentConnectionGets408();
    void givenBackUnread();
    void verdict_data();
    void verdict();
    void ocspHead_data();
    void ocspHead();
};

namespace {

// A listening server of this thread that leaves accepting to a pool of two workers (OCSP off).
struct Pool
{
    OcspResponderSet responders; // empty: OCSP off
    QString problem = QStringLiteral("no CA");
    QReadWriteLock lock;
    OcspResponseCache cache{60, 16};
    ScreenedServer<QTcpServer> server{RequestLimits{}, {}};
    std::unique_ptr<OcspWorkerPool> pool;
    QList<qintptr> givenBack;
    QStringList log;

    bool start(const RequestLimits& limits)
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            return false;
        server.leaveAcceptingToOthers();
        OcspWorkerPool::Shared shared{&responders, &problem, &lock, &cache, &Clock::system(), {}, limits, {}};
        pool = std::make_unique<OcspWorkerPool>(shared, server.socketDescriptor(), 2,
                                                [this](qintptr d) { givenBack.append(d); });
        QObject::connect(pool.get(), &OcspWorkerPool::logLine, pool.get(),
                         [this](const QString& line) { log.append(line); });
        return true;
    }
    quint16 port() const { return server.serverPort(); }
};

} // namespace

void TestOcspWorkerPool::silentConnectionGets408()
{
    Pool p;
    RequestLimits limits;
    limits.headTimeoutMs = 300;
    QVERIFY(p.start(limits));
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), p.port());
    QVERIFY(client.waitForConnected(5000));
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (client.state() == QAbstractSocket::ConnectedState && t.elapsed() < 10000) {
        if (client.waitForReadyRead(100))
            got += client.readAll();
    }
    got += client.readAll();
    QVERIFY2(got.startsWith("HTTP/1.1 408 Request Timeout\r\n"), got.constData());
    QVERIFY(got.contains("Connection: close\r\n"));
    QCOMPARE(client.state(), QAbstractSocket::UnconnectedState); // closed by the worker
    QTRY_COMPARE(p.log, QStringList{RequestScreen::noHeadLogLine(QStringLiteral("127.0.0.1"))});
    QVERIFY(p.givenBack.isEmpty());
}

void TestOcspWorkerPool::givenBackUnread()
{
    Pool p;
    QVERIFY(p.start(RequestLimits{}));
    QSignalSpy acceptedHere(&p.server, &QTcpServer::newConnection);
    const QByteArray sent =
        "POST /ocsp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/ocsp-request\r\n"
        "Content-Length: 5\r\n\r\nABCDEGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), p.port());
    QVERIFY(client.waitForConnected(5000));
    client.write(sent);
    QTRY_COMPARE(p.givenBack.size(), 1); // OCSP is off: the main thread answers (503)

    QTcpSocket back;
    QVERIFY(back.setSocketDescriptor(p.givenBack.first()));
    QByteArray read;
    QTRY_VERIFY((read += back.readAll()).size() >= sent.size());
    QCOMPARE(read, sent);
    back.write("HTTP/1.1 204 No Content\r\n\r\n");
    QVERIFY(back.waitForBytesWritten(5000));
    QTRY_VERIFY(client.bytesAvailable() > 0 || client.waitForReadyRead(10));
    QCOMPARE(client.readAll(), QByteArray("HTTP/1.1 204 No Content\r\n\r\n"));
    QCOMPARE(acceptedHere.count(), 0);
    QVERIFY(p.log.isEmpty());
}

void TestOcspWorkerPool::verdict_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("expected");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<qsizetype>("headBytes"); // -1: not checked

    const QByteArray get = "GET /ca.pem HTTP/1.1\r\nHost: x\r\n\r\n";
    QTest::newRow("get") << get << 0 << qint64(0) << get.size();
    QTest::newRow("body follows") << get + "BODY" << 0 << qint64(0) << get.size();
    QTest::newRow("blank lines first") << "\r\n\r\n " + get << 0 << qint64(0) << get.size() + 5;
    QTest::newRow("LF only") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 0 << qint64(0) << qsizetype(24);
    QTest::newRow("no headers") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0 << qint64(0) << qsizetype(18);
    QTest::newRow("length") << QByteArray("POST /ocsp HTTP/1.0\r\ncontent-LENGTH:  7 \r\n\r\n1234567") << 0
                            << qint64(7) << qsizetype(44);
    QTest::newRow("same length twice")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n") << 0 << qint64(3)
        << qsizetype(-1);
    QTest::newRow("two lengths") << QByteArray(
                                        "POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n")
                                 << 400 << qint64(0) << qsizetype(-1);
    QTest::newRow("length not a number")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3x\r\n\r\n") << 400 << qint64(0) << qsizetype(-1);
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400
                                     << qint64(0) << qsizetype(-1);
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 411
                             << qint64(0) << qsizetype(-1);
    QTest::newRow("identity") << QByteArray("POST / HTTP/1.1\r\ntransfer-encoding: Identity\r\n\r\n") << 0
                              << qint64(0) << qsizetype(-1);
    QTest::newRow("too large") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 65537\r\n\r\n") << 413
                               << qint64(65537) << qsizetype(-1);
    QTest::newRow("largest") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 65536\r\n\r\n") << 0
                             << qint64(65536) << qsizetype(-1);
    QTest::newRow("no colon, colon first")
        << QByteArray("GET / HTTP/1.1\r\nJunk\r\n: 5\r\n\r\n") << 0 << qint64(0) << qsizetype(-1);
    QTest::newRow("incomplete") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << -1 << qint64(0)
                                << qsizetype(-1);
    QTest::newRow("incomplete, too long")
        << "GET / HTTP/1.1\r\nX: " + QByteArray(40 * 1024, 'a') << 431 << qint64(0) << qsizetype(-1);
    QTest::newRow("head too long") << "GET / HTTP/1.1\r\nX: " + QByteArray(40 * 1024, 'a') + "\r\n\r\n"
                                   << 431 << qint64(0) << qsizetype(-1);
}

void TestOcspWorkerPool::verdict()
{
    QFETCH(QByteArray, head);
    QFETCH(int, expected);
    QFETCH(qint64, length);
    QFETCH(qsizetype, headBytes);
    RequestLimits limits; // head 32 KiB, body 64 KiB
    qint64 gotLength = 0;
    qsizetype gotHeadBytes = -1;
    QCOMPARE(RequestScreen::verdict(head, limits, &gotLength, &gotHeadBytes), expected);
    if (expected == 0 || expected == 413)
        QCOMPARE(gotLength, length);
    if (headBytes >= 0)
        QCOMPARE(gotHeadBytes, headBytes);
}

void TestOcspWorkerPool::ocspHead_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("ocsp");
    QTest::addColumn<bool>("post");
    QTest::addColumn<bool>("wantsClose");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("forwardedFor");

    const QByteArray type = "Content-Type: application/ocsp-request\r\n";
    QTest::newRow("nginx") << "POST /ocsp HTTP/1.0\r\nHost: x\r\n" + type + "Content-Length: 3\r\n\r\nabc"
                           << true << true << true << QByteArray("/ocsp") << QByteArray();
    QTest::newRow("1.1 stays open") << "POST /ocsp HTTP/1.1\r\n" + type + "\r\n"
                                    << true << true << false << QByteArray("/ocsp") << QByteArray();
    QTest::newRow("1.1 close") << "POST /ocsp HTTP/1.1\r\nConnection: Close\r\n" + type + "\r\n"
                               << true << true << true << QByteArray("/ocsp") << QByteArray();
    QTest::newRow("1.0 keep-alive") << "POST /ocsp HTTP/1.0\r\nconnection: Keep-Alive\r\n" + type + "\r\n"
                                    << true << true << false << QByteArray("/ocsp") << QByteArray();
    QTest::newRow("close wins") << "POST /ocsp HTTP/1.1\r\nConnection: close\r\nConnection: keep-alive\r\n" +
                                       type + "\r\n"
                                << true << true << true << QByteArray("/ocsp") << QByteArray();
    QTest::newRow("type in capitals")
        << QByteArray("POST /ocsp HTTP/1.1\r\ncontent-type:APPLICATION/OCSP-REQUEST\r\n\r\n") << true << true
        << false << QByteArray("/ocsp") << QByteArray();
    QTest::newRow("blank lines first") << "\r\n\r\nPOST /ocsp HTTP/1.1\r\n" + type + "\r\n"
                                       << true << true << false << QByteArray("/ocsp") << QByteArray();
    QTest::newRow("LF only") << QByteArray("GET /ocsp/MEMw HTTP/1.0\nHost: x\n\n") << true << false << true
                             << QByteArray("/ocsp/MEMw") << QByteArray();
    QTest::newRow("get") << QByteArray(
                                "GET /ocsp/MEMw%2B HTTP/1.1\r\nX-Forwarded-For: 10.0.0.1, 10.0.0.2\r\n\r\n")
                         << true << false << false << QByteArray("/ocsp/MEMw%2B")
                         << QByteArray("10.0.0.1, 10.0.0.2");
    QTest::newRow("get, nothing") << QByteArray("GET /ocsp/ HTTP/1.1\r\n\r\n") << false << false << false
                                  << QByteArray() << QByteArray();
    QTest::newRow("get, query") << QByteArray("GET /ocsp/MEMw?x HTTP/1.1\r\n\r\n") << false << false << false
                                << QByteArray() << QByteArray();
    QTest::newRow("other type") << QByteArray("POST /ocsp HTTP/1.1\r\nContent-Type: text/plain\r\n\r\n")
                                << false << false << false << QByteArray() << QByteArray();
    QTest::newRow("type only in the body")
        << "POST /ocsp HTTP/1.1\r\n\r\n" + type << false << false << false << QByteArray() << QByteArray();
    QTest::newRow("two spaces") << "POST  /ocsp HTTP/1.1\r\n" + type + "\r\n"
                                << false << false << false << QByteArray() << QByteArray();
    QTest::newRow("HTTP/2") << "POST /ocsp HTTP/2\r\n" + type + "\r\n"
                            << false << false << false << QByteArray() << QByteArray();
    QTest::newRow("PUT") << "PUT /ocsp HTTP/1.1\r\n" + type + "\r\n"
                         << false << false << false << QByteArray() << QByteArray();
    QTest::newRow("other path") << "POST /ocspx HTTP/1.1\r\n" + type + "\r\n"
                                << false << false << false << QByteArray() << QByteArray();
    QTest::newRow("expect") << "POST /ocsp HTTP/1.1\r\nExpect: 100-continue\r\n" + type + "\r\n"
                            << false << false << false << QByteArray() << QByteArray();
    QTest::newRow("upgrade") << QByteArray("GET /ocsp/MEMw HTTP/1.1\r\nUpgrade: websocket\r\n\r\n") << false
                             << false << false << QByteArray() << QByteArray();
    QTest::newRow("no line end") << QByteArray("GET /ocsp/MEMw HTTP/1.1") << false << false << false
                                 << QByteArray() << QByteArray();
}

void TestOcspWorkerPool::ocspHead()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, ocsp);
    const std::optional<OcspHttpRequest> r = OcspHttpRequest::parse(head);
    QCOMPARE(r.has_value(), ocsp);
    if (!r)
        return;
    QTEST(r->post, "post");
    QTEST(r->wantsClose, "wantsClose");
    QTEST(r->target, "target");
    QTEST(r->forwardedFor, "forwardedFor");
}

QTEST_GUILESS_MAIN(TestOcspWorkerPool)
#include "tst_OcspWorkerPool.moc"
