// certdesk-portal's OCSP workers (OcspWorkerPool) over real HTTP, on SQLite and PostgreSQL:
//  - a revocation committed by another process (certdesk-cli, exited) is answered "revoked" on the very next
//    request, while four clients hammer the responder over kept-alive connections (every answer to a request
//    sent after the CLI exited says revoked; `openssl ocsp` verifies the next one);
//  - HTTP/1.1 connections stay open for OCSP, and every request on such a connection is screened as the
//    first one is (RequestScreen): an oversized Content-Length on the second request is refused with 413.
#include "CliRunner.h"
#include "NginxFront.h"
#include "WorkflowFixture.h"
#include "ocsp/OcspHandles.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace certdesk;
using namespace certdesk::test;

class TestOcspWorkers : public QObject
{
    Q_OBJECT
private slots:
    void revokedOnTheNextRequestUnderLoad();
    void everyRequestOnAKeptAliveConnectionIsScreened();
};

namespace {

constexpr int kWaitMs = 30000;
using SteadyClock = std::chrono::steady_clock;

// certdesk-portal with the CA passphrase as a process on a free port of 127.0.0.1.
struct Portal
{
    QProcess proc;
    QByteArray log;
    int port = 0;

    bool start(const QString& dbUrl, const QString& passFile)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CERTDESK_CA_PASSPHRASE"));
        env.insert(QStringLiteral("CERTDESK_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString());
        proc.setProcessEnvironment(env);
        proc.setProcessChannelMode(QProcess::MergedChannels);
        port = freeLocalPort();
        proc.start(qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-portal"),
                   {QStringLiteral("--db"), dbUrl, QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--passphrase-file"), passFile});
        QElapsedTimer t;
        t.start();
        while (!log.contains("OCSP responder on") && t.elapsed() < kWaitMs &&
               proc.state() != QProcess::NotRunning) {
            proc.waitForReadyRead(100);
            log += proc.readAll();
        }
        return log.contains("OCSP responder on");
    }
    ~Portal()
    {
        if (proc.state() != QProcess::NotRunning) {
            proc.terminate();
            if (!proc.waitForFinished(10000))
                proc.kill();
        }
    }
};

QByteArray ocspPost(const QByteArray& der, bool keepAlive)
{
    return QByteArray(keepAlive ? "POST /ocsp HTTP/1.1\r\n"
                                : "POST /ocsp HTTP/1.0\r\nConnection: close\r\n") +
           "Host: 127.0.0.1\r\nContent-Type: application/ocsp-request\r\nContent-Length: " +
           QByteArray::number(der.size()) + "\r\n\r\n" + der;
}

struct OcspHttpAnswer
{
    int status = 0;
    QByteArray head; // lower case
    QByteArray body;
};

// One answer read from `socket` (Content-Length framed); status 0 when none came.
OcspHttpAnswer readOcspAnswer(QTcpSocket& socket)
{
    OcspHttpAnswer a;
    QByteArray buf;
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (true) {
        if (headEnd >= 0 && length >= 0 && buf.size() >= headEnd + 4 + length)
            break;
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(5000))
            break;
        buf += socket.readAll();
        if (headEnd < 0 && (headEnd = buf.indexOf("\r\n\r\n")) >= 0) {
            a.head = buf.left(headEnd).toLower();
            const auto m = QRegularExpression(QStringLiteral("content-length: *(\\d+)"))
                               .match(QString::fromLatin1(a.head));
            length = m.hasMatch() ? m.captured(1).toLongLong() : -1;
        }
    }
    if (headEnd < 0 || !buf.startsWith("HTTP/1.") || length < 0 || buf.size() < headEnd + 4 + length)
        return a;
    a.status = buf.mid(9, 3).toInt();
    a.body = buf.mid(headEnd + 4, length);
    return a;
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

// A user with one certificate, the portal on it, and the nonce-less DER request for that certificate.
struct Setup
{
    WorkflowFixture f;
    QString leafPem, serial, passFile;
    QByteArray request;

    QString prepare(TestDatabase& tdb)
    {
        if (QString e = f.setUp(tdb); !e.isEmpty())
            return e;
        if (QString e = f.addUserWithIdentity(QStringLiteral("taro")); !e.isEmpty())
            return e;
        auto issued = CertificateWorkflows(*f.ctx).issue(
            {QStringLiteral("taro"), QStringLiteral("windows"), {}, PasswordMode::Manual, "Abc12345", {}, 0});
        if (!issued)
            return issued.error().message;
        serial = issued->certificate.serialHex;
        leafPem = f.writePem(QStringLiteral("leaf.pem"), issued->certificate.certDer);
        passFile = writeFile(f.dir, QStringLiteral("passphrase"), kPassphrase + '\n');
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
};

} // namespace

void TestOcspWorkers::revokedOnTheNextRequestUnderLoad()
{
    CERTDESK_TEST_DATABASE(tdb);
    Setup s;
    QCOMPARE(s.prepare(*tdb), QString());
    Portal portal;
    QVERIFY2(portal.start(tdb->url(), s.passFile), portal.log.constData());

    // Four clients, each on its own kept-alive connection, ask again and again: when each request was sent
    // and what the answer said.
    struct Answer
    {
        SteadyClock::time_point sent;
        int status;
    };
    std::atomic<bool> stop{false};
    std::atomic<int> answered{0};
    std::vector<std::vector<Answer>> answers(4);
    std::vector<int> connects(4, 0), failures(4, 0);
    std::vector<std::thread> clients;
    const QByteArray request = ocspPost(s.request, true);
    for (int i = 0; i < 4; ++i) {
        clients.emplace_back([&, i] {
            QTcpSocket socket;
            while (!stop.load()) {
                if (socket.state() != QAbstractSocket::ConnectedState) {
                    socket.abort();
                    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(portal.port));
                    if (!socket.waitForConnected(5000)) {
                        ++failures[size_t(i)];
                        continue;
                    }
                    ++connects[size_t(i)];
                }
                const SteadyClock::time_point sent = SteadyClock::now();
                socket.write(request);
                const OcspHttpAnswer a = readOcspAnswer(socket);
                if (a.status != 200) {
                    ++failures[size_t(i)];
                    socket.abort();
                    continue;
                }
                answers[size_t(i)].push_back({sent, certStatus(a.body)});
                ++answered;
                if (a.head.contains("connection: close"))
                    socket.abort();
            }
        });
    }
    auto stopClients = qScopeGuard([&] {
        stop = true;
        for (auto& c : clients)
            c.join();
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered.load() >= 200, kWaitMs);

    // The revocation, by another process that knows nothing of the portal.
    const ProcessResult revoked = runCli(tdb->url(),
                                         {QStringLiteral("revoke"), s.serial, QStringLiteral("--reason"),
                                          QStringLiteral("lost"), QStringLiteral("--yes")},
                                         cliSignInEnv(kAdminLogin, kOperatorPassword) +
                                             QStringList{QStringLiteral("DBUS_SESSION_BUS_ADDRESS="),
                                                         QStringLiteral("CERTDESK_CA_PASSPHRASE=")});
    const SteadyClock::time_point cliExited = SteadyClock::now();
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.all()));

    // The very next request, by `openssl ocsp`: revoked, signed by the portal's delegated signer.
    const ProcessResult next =
        runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), s.f.caPem(), QStringLiteral("-cert"),
                    s.leafPem, QStringLiteral("-no_nonce"), QStringLiteral("-url"),
                    QStringLiteral("http://127.0.0.1:%1/ocsp").arg(portal.port), QStringLiteral("-CAfile"),
                    s.f.caPem(), QStringLiteral("-resp_text")});
    QVERIFY2(next.exitCode == 0 && next.all().contains(QLatin1String("Response verify OK")) &&
                 next.all().contains(s.leafPem + QLatin1String(": revoked")),
             qPrintable(next.all()));

    const int atExit = answered.load();
    QTRY_VERIFY_WITH_TIMEOUT(answered.load() >= atExit + 200, kWaitMs);
    stopClients.dismiss();
    stop = true;
    for (auto& c : clients)
        c.join();

    int before = 0, after = 0, staleAfter = 0, totalConnects = 0, totalFailures = 0;
    for (int i = 0; i < 4; ++i) {
        totalConnects += connects[size_t(i)];
        totalFailures += failures[size_t(i)];
        for (const Answer& a : answers[size_t(i)]) {
            if (a.sent < cliExited) {
                ++before;
                continue;
            }
            ++after;
            if (a.status != V_OCSP_CERTSTATUS_REVOKED)
                ++staleAfter;
        }
    }
    qInfo("%d answers before the CLI exited, %d after (%d connections, %d failures)", before, after,
          totalConnects, totalFailures);
    QCOMPARE(staleAfter, 0);    // never "good" for a request sent after the revocation was committed
    QVERIFY(after >= 200);      // and the clients went on being answered
    QCOMPARE(totalFailures, 0); // no request lost while the status changed
    // The connections were kept alive: far fewer connections than answers.
    QVERIFY2(totalConnects * 10 < before + after, qPrintable(QString::number(totalConnects)));
}

void TestOcspWorkers::everyRequestOnAKeptAliveConnectionIsScreened()
{
    CERTDESK_TEST_DATABASE(tdb);
    Setup s;
    QCOMPARE(s.prepare(*tdb), QString());
    Portal portal;
    QVERIFY2(portal.start(tdb->url(), s.passFile), portal.log.constData());

    // The client runs on its own thread: the test's event loop stays free.
    std::vector<OcspHttpAnswer> got;
    bool closedAfterRefusal = false;
    std::thread client([&] {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(portal.port));
        if (!socket.waitForConnected(5000))
            return;
        for (int i = 0; i < 2; ++i) { // two answers on one connection
            socket.write(ocspPost(s.request, true));
            got.push_back(readOcspAnswer(socket));
        }
        // Then a head announcing a body above the portal's 64 KiB limit, on the same connection.
        socket.write("POST /ocsp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/ocsp-request\r\n"
                     "Content-Length: 40000000\r\n\r\n");
        got.push_back(readOcspAnswer(socket));
        closedAfterRefusal =
            socket.state() != QAbstractSocket::ConnectedState || !socket.waitForReadyRead(5000);
    });
    client.join();

    QCOMPARE(got.size(), size_t(3));
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(got[size_t(i)].status, 200);
        QVERIFY2(got[size_t(i)].head.contains("connection: keep-alive"), got[size_t(i)].head.constData());
        QCOMPARE(certStatus(got[size_t(i)].body), V_OCSP_CERTSTATUS_GOOD);
    }
    QCOMPARE(got[2].status, 413);
    QVERIFY(got[2].head.contains("connection: close"));
    QVERIFY(closedAfterRefusal);

    // The same answer `openssl ocsp` verifies, through a kept-alive connection's bytes.
    const QString respPath = writeFile(s.f.dir, QStringLiteral("resp.der"), got[1].body);
    const ProcessResult v =
        runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-respin"), respPath, QStringLiteral("-issuer"),
                    s.f.caPem(), QStringLiteral("-cert"), s.leafPem, QStringLiteral("-CAfile"), s.f.caPem(),
                    QStringLiteral("-no_nonce")});
    QVERIFY2(v.exitCode == 0 && v.all().contains(s.leafPem + QLatin1String(": good")), qPrintable(v.all()));
}

QTEST_GUILESS_MAIN(TestOcspWorkers)
#include "tst_OcspWorkers.moc"
