// bench_ocsp: OCSP requests per second of certdesk-portal and of OpenSSL's responder (`openssl ocsp -port`),
// in one run, with the same CA, the same kind of delegated signer (ECDSA P-256, issued by the CA with
// OcspSigner::issue for both), the same DER request for the same "good" certificate (without and with a
// nonce) and the same client: N threads, each with its own connection, for a fixed time, either a new
// connection per request (HTTP/1.0, Connection: close — what nginx's ssl_ocsp does) or keep-alive (HTTP/1.1;
// a server that closes anyway is reconnected to). Prints req/s, p50/p99 latency and the ratio. No thresholds.
// For the new-connection scenarios also two "connection ceilings": in-bench servers that answer fixed bytes
// (one real answer of the portal) without parsing anything, i.e. what connect, accept, a read, a write and a
// close cost on this machine with this client — one on Qt sockets (CeilingServer.h, what the portal's
// workers used before), one on the native socket calls they use now (NativeCeilingServer.h).
// Servers are waited for with a real OCSP request: single-process `openssl ocsp -port` serves one connection
// at a time and hangs on a connection that sends nothing (a bare port probe). See bench/README.md.
#include "CeilingServer.h"
#include "NativeCeilingServer.h"
#include "NginxFront.h"
#include "OpensslCli.h"
#include "ProcessGroup.h"
#include "ca/CertificateAuthority.h"
#include "ocsp/OcspHandles.h"
#include "ocsp/OcspSigner.h"
#include "store/CaStore.h"
#include "store/CertificateStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

using namespace certdesk;
using namespace certdesk::test;
using namespace certdesk::bench;

namespace {

const QByteArray kPassphrase = "bench_ocsp passphrase";
const QString kOperator = QStringLiteral("bench");
const QString kOperatorPassword = QStringLiteral("Desk-Ocsp-Passw0rd");

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

struct Server
{
    QString name;
    int port = 0;
    bool ceiling = false; // measured in the new-connection scenarios only
};

struct Scenario
{
    QString name;
    QByteArray request; // DER
    bool keepAlive = false;
};

struct Measured
{
    double reqPerSec = 0, p50Ms = 0, p99Ms = 0;
    qint64 requests = 0, errors = 0, connections = 0;
};

QByteArray httpRequest(const QByteArray& der, bool keepAlive)
{
    return QByteArray(keepAlive ? "POST /ocsp HTTP/1.1\r\nConnection: keep-alive\r\n"
                                : "POST /ocsp HTTP/1.0\r\nConnection: close\r\n") +
           "Host: 127.0.0.1\r\nContent-Type: application/ocsp-request\r\nContent-Length: " +
           QByteArray::number(der.size()) + "\r\n\r\n" + der;
}

bool successfulOcsp(const QByteArray& body)
{
    const auto* p = reinterpret_cast<const unsigned char*>(body.constData());
    const ossl::OcspResponse resp(d2i_OCSP_RESPONSE(nullptr, &p, long(body.size())));
    return resp && OCSP_response_status(resp.get()) == OCSP_RESPONSE_STATUS_SUCCESSFUL;
}

// One request on `socket` (connected when needed); the answer's body, empty on failure. `closed`: the
// server closed the connection after it.
QByteArray exchange(QTcpSocket& socket, int port, const QByteArray& request, bool keepAlive, qint64* connects)
{
    if (socket.state() != QAbstractSocket::ConnectedState) {
        socket.abort();
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
        if (!socket.waitForConnected(5000))
            return {};
        ++*connects;
    }
    socket.write(request);
    QByteArray buf;
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (true) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(5000))
            break; // closed or timed out
        buf += socket.readAll();
        if (headEnd < 0 && (headEnd = buf.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = buf.left(headEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            if (at >= 0)
                length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        }
        if (keepAlive && headEnd >= 0 && length >= 0 && buf.size() >= headEnd + 4 + length)
            break;
    }
    // A server that answers "Connection: close" (or none for HTTP/1.0) is connected to again next time.
    // So is an HTTP/1.0 answer without "Connection: keep-alive" (openssl ocsp's): it closes after it.
    const QByteArray answerHead = buf.left(headEnd).toLower();
    if (!keepAlive || socket.state() != QAbstractSocket::ConnectedState ||
        answerHead.contains("connection: close") ||
        (answerHead.startsWith("http/1.0") && !answerHead.contains("connection: keep-alive")))
        socket.abort();
    if (headEnd < 0 || !buf.startsWith("HTTP/1.") || buf.mid(9, 3) != "200")
        return {};
    QByteArray body = buf.mid(headEnd + 4);
    if (length >= 0 && body.size() != length)
        return {};
    return body;
}

Measured run(const Server& server, const Scenario& scenario, int connections, double seconds)
{
    const QByteArray request = httpRequest(scenario.request, scenario.keepAlive);
    std::atomic<bool> stop{false};
    std::vector<std::vector<double>> latencies{size_t(connections)};
    std::vector<qint64> errors(size_t(connections), 0), connects(size_t(connections), 0);
    std::vector<std::thread> threads;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < connections; ++i) {
        threads.emplace_back([&, i] {
            QTcpSocket socket;
            auto& lat = latencies[size_t(i)];
            lat.reserve(200000);
            bool checked = false;
            while (!stop.load(std::memory_order_relaxed)) {
                const auto t0 = std::chrono::steady_clock::now();
                const QByteArray body =
                    exchange(socket, server.port, request, scenario.keepAlive, &connects[size_t(i)]);
                const auto t1 = std::chrono::steady_clock::now();
                if (body.isEmpty() || (!checked && !successfulOcsp(body))) {
                    ++errors[size_t(i)];
                    continue;
                }
                checked = true;
                lat.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto& t : threads)
        t.join();
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::vector<double> all;
    Measured r;
    for (int i = 0; i < connections; ++i) {
        all.insert(all.end(), latencies[size_t(i)].begin(), latencies[size_t(i)].end());
        r.errors += errors[size_t(i)];
        r.connections += connects[size_t(i)];
    }
    std::sort(all.begin(), all.end());
    r.requests = qint64(all.size());
    r.reqPerSec = double(all.size()) / elapsed;
    if (!all.empty()) {
        r.p50Ms = all[all.size() / 2];
        r.p99Ms = all[std::min(all.size() - 1, all.size() * 99 / 100)];
    }
    return r;
}

// Up when it answers a real OCSP request (never a bare connection: see the top of the file).
bool waitForOcsp(int port, const QByteArray& der)
{
    const QByteArray request = httpRequest(der, false);
    for (int i = 0; i < 100; ++i) {
        QTcpSocket s;
        qint64 connects = 0;
        if (successfulOcsp(exchange(s, port, request, false, &connects)))
            return true;
        QThread::msleep(100);
    }
    return false;
}

class Setup
{
public:
    QString binDir;
    QTemporaryDir dir;
    QString dbUrl, caPem, signerPem, signerKey, indexFile;
    QByteArray requestNoNonce, requestNonce;

    ProcessResult cli(const QStringList& args) const
    {
        QStringList common{QStringLiteral("--db"), dbUrl, QStringLiteral("--lang"), QStringLiteral("en")};
        if (args.value(0) != QLatin1String("init"))
            common << QStringLiteral("--operator") << kOperator;
        return runProcess(QDir(binDir).filePath(QStringLiteral("certdesk-cli")), common + args, {}, 120000,
                          {QStringLiteral("CERTDESK_CA_PASSPHRASE=") + QString::fromLatin1(kPassphrase),
                           QStringLiteral("CERTDESK_OPERATOR_PASSWORD=") + kOperatorPassword,
                           QStringLiteral("DBUS_SESSION_BUS_ADDRESS=")});
    }

    // A database with a CA and one certificate; for openssl: the CA certificate, a P-256 OCSP signer issued
    // by the same CA (OcspSigner::issue, as the portal does) and an index.txt with that certificate.
    QString prepare(const QString& keyType)
    {
        dbUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("ocsp.db"));
        const QString adminPw =
            writeFile(dir, QStringLiteral("admin-password.txt"), kOperatorPassword.toUtf8() + '\n');
        QStringList init{QStringLiteral("init"),
                         QStringLiteral("--org"),
                         QStringLiteral("Bench KK"),
                         QStringLiteral("--ca-name"),
                         QStringLiteral("Bench OCSP CA"),
                         QStringLiteral("--admin"),
                         kOperator,
                         QStringLiteral("--admin-password-file"),
                         adminPw};
        if (!keyType.isEmpty())
            init << QStringLiteral("--key") << keyType;
        auto r = cli(init);
        if (r.exitCode != 0)
            return QStringLiteral("init: ") + r.all();
        caPem = dir.filePath(QStringLiteral("ca.pem"));
        r = cli({QStringLiteral("ca"), QStringLiteral("export-cert"), QStringLiteral("--out"), caPem});
        if (r.exitCode != 0)
            return QStringLiteral("ca export-cert: ") + r.all();
        r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ocsp01"),
                 QStringLiteral("--email"), QStringLiteral("ocsp01@example.jp")});
        if (r.exitCode == 0)
            r = cli({QStringLiteral("identity"), QStringLiteral("register"), QStringLiteral("ocsp01"),
                     QStringLiteral("--family"), QStringLiteral("鈴木"), QStringLiteral("--given"),
                     QStringLiteral("一郎"), QStringLiteral("--family-kana"), QStringLiteral("スズキ"),
                     QStringLiteral("--given-kana"), QStringLiteral("イチロウ")});
        if (r.exitCode != 0)
            return QStringLiteral("user: ") + r.all();
        const QString pw = writeFile(dir, QStringLiteral("p12-password.txt"), "BenchOcsp42\n");
        r = cli({QStringLiteral("--json"), QStringLiteral("issue"), QStringLiteral("ocsp01"),
                 QStringLiteral("--device"), QStringLiteral("windows"), QStringLiteral("--password-file"), pw,
                 QStringLiteral("--out"), dir.filePath(QStringLiteral("dev.p12"))});
        if (r.exitCode != 0)
            return QStringLiteral("issue: ") + r.all();
        const QString serial = QJsonDocument::fromJson(r.out)
                                   .object()
                                   .value(QStringLiteral("certificate"))
                                   .toObject()
                                   .value(QStringLiteral("serial"))
                                   .toString();

        auto db = Database::open(dbUrl);
        if (!db)
            return db.error().message;
        auto ca = CaStore(*db.value()).active();
        if (!ca || !ca.value())
            return QStringLiteral("no active CA");
        auto loaded = CertificateAuthority::load(ca.value()->certDer, ca.value()->chainPem,
                                                 ca.value()->encryptedKeyPem, kPassphrase);
        if (!loaded)
            return loaded.error().message;
        auto signer = OcspSigner::issue(loaded.value(), QDateTime::currentDateTimeUtc());
        if (!signer)
            return signer.error().message;
        auto keyPem = signer.value().key().toEncryptedPkcs8Pem(kPassphrase);
        if (!keyPem)
            return keyPem.error().message;
        signerPem = writeFile(dir, QStringLiteral("signer.pem"), signer.value().certificate().toPem());
        signerKey = writeFile(dir, QStringLiteral("signer.key"), keyPem.value());
        auto cert = CertificateStore(*db.value()).findBySerial(serial);
        if (!cert || !cert.value())
            return QStringLiteral("certificate %1 not found").arg(serial);
        const QString expiry =
            cert.value()->notAfter.toUTC().toString(QStringLiteral("yyMMddHHmmss")) + QLatin1Char('Z');
        indexFile =
            writeFile(dir, QStringLiteral("index.txt"),
                      "V\t" + expiry.toLatin1() + "\t\t" + serial.toLatin1() + "\tunknown\t/CN=ocsp01\n");

        const QString noNonce = dir.filePath(QStringLiteral("req.der"));
        const QString nonce = dir.filePath(QStringLiteral("req-nonce.der"));
        for (const auto& [path, extra] :
             {std::pair{noNonce, QStringLiteral("-no_nonce")}, std::pair{nonce, QStringLiteral("-nonce")}}) {
            const auto o = runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), caPem,
                                       QStringLiteral("-serial"), QStringLiteral("0x") + serial,
                                       QStringLiteral("-reqout"), path, extra});
            QFile f(path);
            if (o.exitCode != 0 || !f.open(QIODevice::ReadOnly))
                return QStringLiteral("openssl ocsp -reqout: ") + o.all();
            (path == noNonce ? requestNoNonce : requestNonce) = f.readAll();
        }
        return {};
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("OCSP requests/s: certdesk-portal against openssl ocsp -port (issue #16)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("connections"),
                      QStringLiteral("Concurrent client connections (default 8)."), QStringLiteral("N"),
                      QStringLiteral("8")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds per measurement (default 5)."),
                      QStringLiteral("S"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("bin-dir"),
                      QStringLiteral("Folder with certdesk-cli and certdesk-portal (default ../app)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("ca-key"),
                      QStringLiteral("CA key type for init: p384 (default) or rsa3072."),
                      QStringLiteral("TYPE")});
    parser.addOption(
        {QStringLiteral("baseline-portal"),
         QStringLiteral("Another certdesk-portal binary (e.g. an earlier build) measured in the same "
                        "run on the same database."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("ceiling-threads"),
                      QStringLiteral("Threads of the connection ceiling server (default: as the portal's "
                                     "OCSP workers, one per core, at least 2)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("scenario"),
                      QStringLiteral("Only the scenarios whose name contains TEXT (e.g. \"no nonce\")."),
                      QStringLiteral("TEXT")});
    parser.process(app);
    const int connections = qMax(1, parser.value(QStringLiteral("connections")).toInt());
    const double seconds = qMax(0.5, parser.value(QStringLiteral("seconds")).toDouble());

    Setup setup;
    setup.binDir = parser.isSet(QStringLiteral("bin-dir"))
                       ? parser.value(QStringLiteral("bin-dir"))
                       : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app"));
    if (QString e = setup.prepare(parser.value(QStringLiteral("ca-key"))); !e.isEmpty()) {
        out() << "set-up: " << e << Qt::endl;
        return 1;
    }

    QString why;
    PortalProcess portal;
    if (!portal.start(QDir(setup.binDir).filePath(QStringLiteral("certdesk-portal")), setup.dbUrl,
                      kPassphrase, &why)) {
        out() << "certdesk-portal: " << why << Qt::endl;
        return 1;
    }
    PortalProcess baseline;
    const QString baselineBinary = parser.value(QStringLiteral("baseline-portal"));
    if (!baselineBinary.isEmpty() && !baseline.start(baselineBinary, setup.dbUrl, kPassphrase, &why)) {
        out() << "baseline certdesk-portal: " << why << Qt::endl;
        return 1;
    }
    // Ends every openssl responder with all its children, however main() returns.
    std::vector<std::unique_ptr<QProcess>> responders;
    const auto endResponders = qScopeGuard([&responders] {
        for (auto& p : responders)
            endGroup(*p);
    });
    auto openssl = [&](int multi, int port) -> QProcess* {
        auto p = std::make_unique<QProcess>();
        startInOwnGroup(*p);
        p->setStandardErrorFile(QProcess::nullDevice()); // a line per request otherwise
        QStringList args{QStringLiteral("ocsp"),
                         QStringLiteral("-index"),
                         setup.indexFile,
                         QStringLiteral("-port"),
                         QString::number(port),
                         QStringLiteral("-rsigner"),
                         setup.signerPem,
                         QStringLiteral("-rkey"),
                         setup.signerKey,
                         QStringLiteral("-passin"),
                         QStringLiteral("pass:") + QString::fromLatin1(kPassphrase),
                         QStringLiteral("-CA"),
                         setup.caPem,
                         QStringLiteral("-nmin"),
                         QStringLiteral("60")};
        if (multi > 1)
            args << QStringLiteral("-multi") << QString::number(multi);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->start(QStringLiteral("openssl"), args);
        responders.push_back(std::move(p));
        return responders.back().get();
    };
    const int port1 = freeLocalPort();
    (void)openssl(1, port1);
    const int port2 = freeLocalPort();
    (void)openssl(QThread::idealThreadCount(), port2);
    for (int port : {portal.port(), port1, port2, baseline.port()}) {
        if (port != 0 && !waitForOcsp(port, setup.requestNoNonce)) {
            out() << "no OCSP answer on port " << port << Qt::endl;
            return 1;
        }
    }
    // The ceiling answers with bytes the portal signed (nonce-less request; its client checks only the first
    // answer of a run, which is then a valid OCSP response for any scenario).
    QByteArray fixedAnswer;
    {
        QTcpSocket s;
        qint64 connects = 0;
        fixedAnswer = exchange(s, portal.port(), httpRequest(setup.requestNoNonce, false), false, &connects);
    }
    const int ceilingThreads = parser.isSet(QStringLiteral("ceiling-threads"))
                                   ? qMax(1, parser.value(QStringLiteral("ceiling-threads")).toInt())
                                   : qBound(2, QThread::idealThreadCount(), 8);
    CeilingServer ceiling(fixedAnswer, ceilingThreads);
    if (!successfulOcsp(fixedAnswer) || !ceiling.listen(QHostAddress::LocalHost, 0)) {
        out() << "connection ceiling: no answer of the portal to serve, or cannot listen" << Qt::endl;
        return 1;
    }
    // Its threads accept on this thread's event loop, which the client threads never run: on a thread of
    // its own (the server object is still used only from here, before and after).
    QThread ceilingThread;
    ceiling.moveToThread(&ceilingThread);
    ceilingThread.start();
    const auto stopCeiling = qScopeGuard([&ceiling, &ceilingThread] {
        QMetaObject::invokeMethod(
            &ceiling, [&ceiling] { ceiling.close(); }, Qt::BlockingQueuedConnection);
        ceilingThread.quit();
        ceilingThread.wait();
    });
    NativeCeilingServer nativeCeiling(fixedAnswer, ceilingThreads);
    if (!nativeCeiling.listen()) {
        out() << "native connection ceiling: cannot listen" << Qt::endl;
        return 1;
    }
    QList<Server> servers{{QStringLiteral("certdesk-portal"), portal.port()},
                          {QStringLiteral("openssl ocsp"), port1},
                          {QStringLiteral("openssl ocsp -multi %1").arg(QThread::idealThreadCount()), port2}};
    if (baseline.port() != 0)
        servers.insert(1, Server{QStringLiteral("certdesk-portal (baseline)"), baseline.port()});
    servers.append(Server{QStringLiteral("ceiling, Qt sockets (fixed answer)"), ceiling.port(), true});
    servers.append(
        Server{QStringLiteral("ceiling, native sockets (fixed answer)"), nativeCeiling.port(), true});
    QList<Scenario> scenarios{
        {QStringLiteral("new connection per request, no nonce"), setup.requestNoNonce, false},
        {QStringLiteral("new connection per request, nonce"), setup.requestNonce, false},
        {QStringLiteral("keep-alive, no nonce"), setup.requestNoNonce, true},
        {QStringLiteral("keep-alive, nonce"), setup.requestNonce, true}};
    const QString only = parser.value(QStringLiteral("scenario"));
    scenarios.removeIf([&only](const Scenario& sc) { return !sc.name.contains(only); });

    out() << "bench_ocsp: " << connections << " client connections, " << seconds << " s per measurement, "
          << QThread::idealThreadCount() << " cores; "
          << runOpenssl({QStringLiteral("version")}).all().trimmed()
          << "; delegated signer ECDSA P-256; request " << setup.requestNoNonce.size() << " / "
          << setup.requestNonce.size() << " bytes (without / with nonce)" << Qt::endl
          << Qt::endl;
    for (const Scenario& sc : scenarios) {
        out() << sc.name << Qt::endl;
        double ours = 0;
        for (const Server& s : servers) {
            if (s.ceiling && sc.keepAlive)
                continue;
            (void)run(s, sc, connections, qMin(1.0, seconds / 5)); // warm-up (the cache, the page cache)
            const Measured r = run(s, sc, connections, seconds);
            if (s.port == portal.port())
                ours = r.reqPerSec;
            out() << QStringLiteral("  %1 %2 req/s  p50 %3 ms  p99 %4 ms  errors %5  connections %6")
                         .arg(s.name, -46)
                         .arg(r.reqPerSec, 8, 'f', 0)
                         .arg(r.p50Ms, 6, 'f', 2)
                         .arg(r.p99Ms, 6, 'f', 2)
                         .arg(r.errors)
                         .arg(r.connections);
            if (s.port != portal.port() && r.reqPerSec > 0)
                out() << (s.ceiling ? QStringLiteral("  certdesk-portal ÷ ceiling = %1×")
                                    : QStringLiteral("  certdesk-portal ÷ this = %1×"))
                             .arg(ours / r.reqPerSec, 0, 'f', 2);
            out() << Qt::endl;
        }
        out() << Qt::endl;
    }
    return 0;
}
