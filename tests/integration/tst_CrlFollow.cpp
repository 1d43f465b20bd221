// The CRL follows revocations made anywhere: certdesk-portal holds the CA passphrase and writes the CRL to
// its --crl-dir; a helpdesk operator (added through certdesk-cli) revokes through certdesk-cli without any
// passphrase; the portal re-signs, writes and publishes the CRL (checked with `openssl crl -text`, the
// publish command ran), and a burst of ten revocations costs at most two signings. On PostgreSQL through
// LISTEN/NOTIFY, on SQLite through the file's data_version. The measured latency is logged, not asserted.
// Also: while the certificates cannot be looked up, OCSP answers tryLater (never unknown or good).
#include "CliRunner.h"
#include "PortalServer.h"
#include "WorkflowFixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestCrlFollow : public QObject
{
    Q_OBJECT
private slots:
    void helpdeskRevocationReachesThePortalsCrl();
    void ocspSaysTryLaterWhenTheDatabaseFails();
};

namespace {

constexpr int kWaitMs = 30000; // generous: the latency is logged, never asserted
const QString kNoKeychain = QStringLiteral("DBUS_SESSION_BUS_ADDRESS=");
const QString kNoPassphrase = QStringLiteral("CERTDESK_CA_PASSPHRASE=");

QString uniqueLogin(const QString& prefix)
{
    // On PostgreSQL operators are login roles of the whole cluster, shared by parallel suites.
    return prefix + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
}

// certdesk-portal as a process on a free port of 127.0.0.1.
struct HeadlessPortal
{
    QProcess proc;
    QByteArray log;

    void start(const QString& dbUrl, const QStringList& extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CERTDESK_CA_PASSPHRASE"));
        env.insert(QStringLiteral("CERTDESK_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString());
        proc.setProcessEnvironment(env);
        proc.setProcessChannelMode(QProcess::MergedChannels);
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const int port = probe.serverPort();
        probe.close();
        proc.start(qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-portal"),
                   QStringList{QStringLiteral("--db"), dbUrl, QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:%1").arg(port)} +
                       extra);
    }
    bool waitFor(const QByteArray& text)
    {
        QElapsedTimer t;
        t.start();
        while (!log.contains(text) && t.elapsed() < kWaitMs) {
            proc.waitForReadyRead(100);
            log += proc.readAll();
        }
        return log.contains(text);
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

struct PublishedCrl
{
    qint64 number = -1;
    QString text; // openssl crl -text
};

// The active CA's CRL in the portal's folder as `openssl crl -text` reads it (number -1: none yet).
PublishedCrl readCrl(const QString& folder)
{
    PublishedCrl crl;
    const QString pem = QDir(folder).filePath(QStringLiteral("certdesk-crl.pem"));
    if (!QFile::exists(pem))
        return crl;
    const ProcessResult r = runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"), pem,
                                        QStringLiteral("-text"), QStringLiteral("-noout")});
    crl.text = QString::fromUtf8(r.out).simplified();
    const auto m = QRegularExpression(QStringLiteral("X509v3 CRL Number: (\\d+)")).match(crl.text);
    if (r.exitCode == 0 && m.hasMatch())
        crl.number = m.captured(1).toLongLong();
    return crl;
}

bool listsAll(const PublishedCrl& crl, const QStringList& serials)
{
    for (const QString& s : serials) {
        if (!crl.text.contains(QStringLiteral("Serial Number: ") + s))
            return false;
    }
    return true;
}

// Waits until the folder's CRL lists every serial; its elapsed time in `ms`.
PublishedCrl waitUntilListed(const QString& folder, const QStringList& serials, qint64* ms)
{
    QElapsedTimer t;
    t.start();
    QByteArray seen;
    PublishedCrl crl;
    while (t.elapsed() < kWaitMs) {
        QFile f(QDir(folder).filePath(QStringLiteral("certdesk-crl.pem")));
        const QByteArray now = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        if (now != seen) { // openssl only for a new file
            seen = now;
            crl = readCrl(folder);
            if (listsAll(crl, serials)) {
                *ms = t.elapsed();
                return crl;
            }
        }
        QTest::qWait(10);
    }
    *ms = t.elapsed();
    return crl;
}

QProcessEnvironment cliEnvironment(const QString& login, const QString& password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : cliSignInEnv(login, password) + QStringList{kNoKeychain, kNoPassphrase})
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    return env;
}

} // namespace

void TestCrlFollow::helpdeskRevocationReachesThePortalsCrl()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QStringList serials;
    for (int u = 0; u < 6; ++u) {
        const QString login = QStringLiteral("user%1").arg(u);
        QCOMPARE(f.addUserWithIdentity(login), QString());
        for (const char* device : {"windows", "mac"}) {
            auto issued = CertificateWorkflows(*f.ctx).issue(
                {login, QString::fromLatin1(device), {}, PasswordMode::Manual, "Abc12345", {}, 0});
            QVERIFY2(issued.ok(), qPrintable(issued.error().message));
            serials << issued->certificate.serialHex;
        }
    }

    // A helpdesk operator, added by the administrator through certdesk-cli; it sets its own password.
    const QStringList admin = cliSignInEnv(kAdminLogin, kOperatorPassword) + QStringList{kNoKeychain};
    const QString hd = uniqueLogin(QStringLiteral("hd"));
    const QString initial = QStringLiteral("Initial-Secret-9");
    auto r = runCli(tdb->url(),
                    {QStringLiteral("operator"), QStringLiteral("add"), hd, QStringLiteral("--role"),
                     QStringLiteral("helpdesk"), QStringLiteral("--password-file"), cliPasswordFile(initial)},
                    admin);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QString hdPassword = QStringLiteral("Helpdesk-Secret-2");
    r = runCli(tdb->url(),
               {QStringLiteral("passwd"), QStringLiteral("--password-file"), cliPasswordFile(hdPassword)},
               cliSignInEnv(hd, initial) + QStringList{kNoKeychain});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));

    // The portal with the passphrase, its folder and a publish command that leaves a mark.
    const QString folder = f.dir.filePath(QStringLiteral("crl"));
    QVERIFY(QDir().mkpath(folder));
    const QString passFile = writeFile(f.dir, QStringLiteral("passphrase"), kPassphrase + '\n');
    const QString mark = f.dir.filePath(QStringLiteral("published-mark"));
    HeadlessPortal portal;
    portal.start(tdb->url(),
                 {QStringLiteral("--passphrase-file"), passFile, QStringLiteral("--crl-dir"), folder,
                  QStringLiteral("--crl-command"), QStringLiteral("/usr/bin/touch ") + mark});
    QVERIFY2(portal.waitFor("Following the database"), portal.log.constData());
    qint64 ms = 0;
    const PublishedCrl first = waitUntilListed(folder, {}, &ms);
    QVERIFY2(first.number > 0, portal.log.constData()); // signed at start
    QVERIFY(QFile::remove(mark) || !QFile::exists(mark));

    // One revocation by the helpdesk, who cannot sign: the portal's CRL lists it soon after.
    const QProcessEnvironment helpdesk = cliEnvironment(hd, hdPassword);
    QProcess one;
    one.setProcessEnvironment(helpdesk);
    one.start(cliPath(),
              {QStringLiteral("--db"), tdb->url(), QStringLiteral("--json"), QStringLiteral("revoke"),
               serials.at(0), QStringLiteral("--reason"), QStringLiteral("lost"), QStringLiteral("--yes")});
    QVERIFY(one.waitForFinished(60000));
    const QByteArray out = one.readAllStandardOutput();
    QVERIFY2(one.exitCode() == 0, qPrintable(out + one.readAllStandardError()));
    const QJsonObject crlOfCli =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("crl")).toObject();
    QVERIFY2(!crlOfCli.value(QStringLiteral("published")).toBool(), out.constData()); // no passphrase there
    const PublishedCrl afterOne = waitUntilListed(folder, {serials.at(0)}, &ms);
    QVERIFY2(listsAll(afterOne, {serials.at(0)}), qPrintable(afterOne.text + QString::fromUtf8(portal.log)));
    qInfo("%s: revocation by the CLI (exited) -> listed in the portal's CRL file: %lld ms",
          qPrintable(tdb->url().section(QLatin1Char(':'), 0, 0)), ms);
    QVERIFY(afterOne.number > first.number);
    QVERIFY2(afterOne.text.contains(QLatin1String("CRL Reason Code: Key Compromise")),
             qPrintable(afterOne.text));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(mark), kWaitMs); // the publish command ran (after the files)

    // A burst of ten revocations, one certdesk-cli process each, at once: at most two new CRL numbers.
    const QStringList burst = serials.mid(1, 10);
    std::vector<std::unique_ptr<QProcess>> procs;
    QElapsedTimer burstTime;
    burstTime.start();
    for (const QString& serial : burst) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(helpdesk);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(cliPath(),
                 {QStringLiteral("--db"), tdb->url(), QStringLiteral("revoke"), serial,
                  QStringLiteral("--reason"), QStringLiteral("superseded"), QStringLiteral("--yes")});
        procs.push_back(std::move(p));
    }
    for (auto& p : procs) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAll().constData());
    }
    const qint64 cliMs = burstTime.elapsed();
    const PublishedCrl afterBurst = waitUntilListed(folder, burst, &ms);
    QVERIFY2(listsAll(afterBurst, burst), qPrintable(afterBurst.text + QString::fromUtf8(portal.log)));
    QTest::qWait(2 * CrlSchedule::kFollowGapMs); // a late extra signing would show
    const PublishedCrl settled = readCrl(folder);
    qInfo("burst: 10 CLI processes took %lld ms; all listed %lld ms after the last exited; CRL %lld -> %lld",
          cliMs, ms, afterOne.number, settled.number);
    QVERIFY2(settled.number - afterOne.number <= 2, portal.log.constData());
    QVERIFY(settled.number > afterOne.number);
}

void TestCrlFollow::ocspSaysTryLaterWhenTheDatabaseFails()
{
    // The certificates table cannot be read (as while the database is unreachable): the portal's OCSP answer
    // is an unsigned tryLater (RFC 6960), never a signed "unknown" that nginx would hold against a good
    // device for an hour.
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto issued = CertificateWorkflows(*f.ctx).issue(
        {QStringLiteral("taro"), QStringLiteral("windows"), {}, PasswordMode::Manual, "Abc12345", {}, 0});
    QVERIFY(issued.ok());
    const QString leaf = f.writePem(QStringLiteral("leaf.pem"), issued->certificate.certDer);
    auto portalCtx = std::make_shared<WorkflowContext>(f.db, Actor::system());
    portalCtx->setPassphraseProvider([](const CaRecord&) -> Result<QByteArray> { return kPassphrase; });
    PortalServer server(portalCtx);
    PortalOptions o;
    o.port = 0;
    QVERIFY(server.start(o).ok());
    QVERIFY(server.ocspEnabled());
    QSignalSpy log(&server, &PortalServer::logLine);

    auto ask = [&] {
        QProcess p;
        QSignalSpy finished(&p, &QProcess::finished);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("ocsp"), QStringLiteral("-issuer"), f.caPem(), QStringLiteral("-cert"), leaf,
                 QStringLiteral("-url"), server.baseUrl() + QStringLiteral("/ocsp"),
                 QStringLiteral("-CAfile"), f.caPem(), QStringLiteral("-resp_text")});
        if (!finished.wait(30000))
            p.kill();
        return QString::fromUtf8(p.readAll());
    };
    const QString good = ask();
    QVERIFY2(good.contains(QLatin1String(": good")), qPrintable(good));

    QVERIFY(f.db->execSchema(QStringLiteral("ALTER TABLE certificates RENAME TO certificates_gone")).ok());
    const QString later = ask();
    QVERIFY2(later.contains(QLatin1String("Responder Error: trylater")), qPrintable(later));
    QVERIFY2(!later.contains(QLatin1String(": unknown")) && !later.contains(QLatin1String(": good")),
             qPrintable(later));
    QString all;
    for (const QList<QVariant>& args : std::as_const(log))
        all += args.first().toString() + QLatin1Char('\n');
    QVERIFY2(all.contains(QLatin1String("tryLater")), qPrintable(all)); // the reason is in the log

    // Back: answered again at once.
    QVERIFY(f.db->execSchema(QStringLiteral("ALTER TABLE certificates_gone RENAME TO certificates")).ok());
    const QString again = ask();
    QVERIFY2(again.contains(QLatin1String(": good")), qPrintable(again));
    server.stop();
}

QTEST_GUILESS_MAIN(TestCrlFollow)
#include "tst_CrlFollow.moc"
