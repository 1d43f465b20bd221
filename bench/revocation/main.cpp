// bench_revocation: a revoked device must be refused within 1 s (OCSP) or 2 s (CRL) — the wall time from the
// start of `certdesk-cli revoke` to the first request that a real nginx refuses, in CRL mode (ssl_crl; the
// CLI re-signs the CRL, writes it to the publish folder and runs the publish command `nginx -s reload`) and
// in OCSP mode (ssl_ocsp leaf; certdesk-portal answers), N runs each. The device is an in-process TLS
// client (QSslSocket with the device's client certificate, a new connection each time) polling every
// --interval ms. Also the time to sign a CRL of 100,000 entries (CrlBuilder::buildDer). Prints figures
// only (no thresholds). See bench/README.md.
// Follow mode (--modes follow, PostgreSQL: --pg-url or CERTDESK_TEST_PG_URL): the revocation comes from
// `certdesk-cli revoke` as a helpdesk operator WITHOUT the CA passphrase; certdesk-portal holds it, follows
// the database (LISTEN/NOTIFY) and re-signs, writes and publishes the CRL (nginx -s reload) for nginx
// ssl_crl.
#include "NginxFront.h"
#include "OpensslCli.h"
#include "TestDatabase.h"
#include "ca/CrlBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QByteArray kPassphrase = "bench_revocation passphrase";
const QByteArray kKeyPassword = "BenchRevoke42";
// The administrator that `init` creates and every other command signs in as.
const QString kOperator = QStringLiteral("bench");
const QString kOperatorPassword = QStringLiteral("Desk-Revoke-Passw0rd");

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

// crl-publish.conf naming nginx's ssl_crl folder and its reload command; says why when it cannot be written.
bool writePublishConfig(const QString& path, const NginxFront& front)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
        file.write(QStringLiteral("folder=%1\ncommand=%2\n")
                       .arg(front.dataDir(), front.reloadCommandLine())
                       .toUtf8()) >= 0)
        return true;
    out() << "cannot write " << path << Qt::endl;
    return false;
}

QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

// One device as an in-process TLS client: GET / on a new connection, full handshake with its certificate.
class TlsProbe
{
public:
    QString load(const ClientCertificate& client, const QString& serverCertFile)
    {
        QFile c(client.certFile), k(client.keyFile), s(serverCertFile);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly) || !s.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1 / %2 / %3")
                .arg(client.certFile, client.keyFile, serverCertFile);
        const QByteArray keyPem = k.readAll();
        QSslKey key(keyPem, QSsl::Ec);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa);
        const auto certs = QSslCertificate::fromData(c.readAll());
        if (key.isNull() || certs.isEmpty())
            return QStringLiteral("QSslKey/QSslCertificate cannot read %1").arg(client.certFile);
        m_config = QSslConfiguration::defaultConfiguration();
        m_config.setLocalCertificate(certs.first());
        m_config.setPrivateKey(key);
        m_config.setCaCertificates(QSslCertificate::fromData(s.readAll()));
        m_config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_config.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
        m_config.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
        return {};
    }

    // The HTTP status, or 0 when there was no answer.
    int get(int port) const
    {
        QSslSocket socket;
        socket.setSslConfiguration(m_config);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(port));
        if (!socket.waitForEncrypted(5000))
            return 0;
        socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (!answer.contains("\r\n") && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        // "HTTP/1.1 200 OK"
        const QList<QByteArray> words = answer.left(answer.indexOf("\r\n")).split(' ');
        return words.size() >= 2 ? words.at(1).toInt() : 0;
    }

private:
    QSslConfiguration m_config;
};

struct Device
{
    QString serial;
    ClientCertificate client;
    TlsProbe probe;
};

struct Run
{
    double cliMs = 0;   // the certdesk-cli revoke process, start to exit
    double afterMs = 0; // CLI exit → first refused request
    int polls = 0;      // requests after the CLI exit, the refused one included
    double totalMs() const { return cliMs + afterMs; }
};

struct Stats
{
    double min = 0, median = 0, max = 0;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return {};
    const auto n = v.size();
    return {v.first(), n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2, v.last()};
}

class Bench
{
public:
    QString binDir;
    int runs = 5;
    int intervalMs = 10;

    QString cliPath() const { return QDir(binDir).filePath(QStringLiteral("certdesk-cli")); }
    QString portalPath() const { return QDir(binDir).filePath(QStringLiteral("certdesk-portal")); }

    // The operator `revoke` runs as in measure() (follow mode: a helpdesk without the passphrase).
    QString revokeOperator = kOperator;
    QString revokePassword = kOperatorPassword;
    bool revokeWithPassphrase = true;

    // Every command signs in as the administrator that `init` created (kOperator).
    ProcessResult cli(const QString& dbUrl, const QStringList& args) const
    {
        return cliAs(kOperator, kOperatorPassword, true, dbUrl, args);
    }
    ProcessResult cliAs(const QString& login, const QString& password, bool withPassphrase,
                        const QString& dbUrl, const QStringList& args) const
    {
        QStringList common{QStringLiteral("--db"), dbUrl, QStringLiteral("--lang"), QStringLiteral("en")};
        if (args.value(0) != QLatin1String("init"))
            common << QStringLiteral("--operator") << login;
        return runProcess(cliPath(), common + args, {}, 120000,
                          {QStringLiteral("CERTDESK_CA_PASSPHRASE=") +
                               (withPassphrase ? QString::fromLatin1(kPassphrase) : QString()),
                           QStringLiteral("CERTDESK_OPERATOR_PASSWORD=") + password,
                           QStringLiteral("DBUS_SESSION_BUS_ADDRESS=")});
    }

    // A fresh database with a CA and `runs` users with two Windows devices each (victim, control).
    QString setUp(const QString& dbUrl, QList<std::pair<Device, Device>>* devices, QString* caPem)
    {
        const QString adminPassword =
            writeFile(m_dir, QStringLiteral("admin-password.txt"), kOperatorPassword.toUtf8() + '\n');
        auto r = cli(dbUrl, {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Bench KK"),
                             QStringLiteral("--ca-name"), QStringLiteral("Bench Device CA"),
                             QStringLiteral("--admin"), kOperator, QStringLiteral("--admin-password-file"),
                             adminPassword});
        if (r.exitCode != 0)
            return QStringLiteral("init: ") + r.all();
        *caPem = m_dir.filePath(QStringLiteral("ca-%1.pem").arg(m_counter++));
        r = cli(dbUrl,
                {QStringLiteral("ca"), QStringLiteral("export-cert"), QStringLiteral("--out"), *caPem});
        if (r.exitCode != 0)
            return QStringLiteral("ca export-cert: ") + r.all();
        const QString pw = writeFile(m_dir, QStringLiteral("key-password.txt"), kKeyPassword + '\n');
        for (int i = 0; i < runs; ++i) {
            const QString login = QStringLiteral("bench%1").arg(i, 2, 10, QLatin1Char('0'));
            r = cli(dbUrl, {QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--email"),
                            login + QStringLiteral("@example.jp")});
            if (r.exitCode == 0)
                r = cli(dbUrl,
                        {QStringLiteral("identity"), QStringLiteral("register"), login,
                         QStringLiteral("--family"), QStringLiteral("鈴木"), QStringLiteral("--given"),
                         QStringLiteral("一郎"), QStringLiteral("--family-kana"), QStringLiteral("スズキ"),
                         QStringLiteral("--given-kana"), QStringLiteral("イチロウ")});
            if (r.exitCode != 0)
                return login + QStringLiteral(": ") + r.all();
            std::pair<Device, Device> pair;
            for (Device* d : {&pair.first, &pair.second}) {
                const QString base = QStringLiteral("dev-%1").arg(m_counter++);
                const QString p12 = m_dir.filePath(base + QStringLiteral(".p12"));
                r = cli(dbUrl, {QStringLiteral("--json"), QStringLiteral("issue"), login,
                                QStringLiteral("--device"), QStringLiteral("windows"),
                                QStringLiteral("--password-file"), pw, QStringLiteral("--out"), p12});
                if (r.exitCode != 0)
                    return QStringLiteral("issue: ") + r.all();
                d->serial = QJsonDocument::fromJson(r.out)
                                .object()
                                .value(QStringLiteral("certificate"))
                                .toObject()
                                .value(QStringLiteral("serial"))
                                .toString();
                if (QString e = extractClientCertificate(p12, pw, m_dir.path(), base, &d->client);
                    !e.isEmpty())
                    return e;
            }
            devices->append(pair);
        }
        return {};
    }

    // Revokes each victim with the CLI and polls until nginx refuses it.
    QString measure(NginxFront& front, QList<std::pair<Device, Device>>& devices, const QString& dbUrl,
                    QList<Run>* runsOut)
    {
        for (auto& [victim, control] : devices) {
            for (Device* d : {&victim, &control}) {
                if (QString e = d->probe.load(d->client, front.serverCertFile()); !e.isEmpty())
                    return e;
                if (const int s = d->probe.get(front.port()); s != 200)
                    return QStringLiteral("device %1 gets %2 before the revocation: %3")
                        .arg(d->serial)
                        .arg(s)
                        .arg(front.errorLog().right(2000));
            }
            Run run;
            QElapsedTimer timer;
            timer.start();
            const auto r = cliAs(revokeOperator, revokePassword, revokeWithPassphrase, dbUrl,
                                 {QStringLiteral("revoke"), victim.serial, QStringLiteral("--reason"),
                                  QStringLiteral("lost"), QStringLiteral("--yes")});
            run.cliMs = timer.nsecsElapsed() / 1e6;
            if (r.exitCode != 0)
                return QStringLiteral("revoke: ") + r.all();
            timer.restart();
            int status = 0;
            do {
                if (run.polls > 0)
                    QThread::msleep(quint64(intervalMs));
                status = victim.probe.get(front.port());
                ++run.polls;
            } while (status != 400 && timer.elapsed() < 60000);
            run.afterMs = timer.nsecsElapsed() / 1e6;
            if (status != 400)
                return QStringLiteral("device %1 still gets %2 60 s after the revocation")
                    .arg(victim.serial)
                    .arg(status);
            if (const int s = control.probe.get(front.port()); s != 200)
                return QStringLiteral("the other device gets %1 after the revocation").arg(s);
            runsOut->append(run);
        }
        return {};
    }

    QString tempPath(const QString& name) const { return m_dir.filePath(name); }
    QString secretFile(const QString& name, const QString& secret)
    {
        return writeFile(m_dir, name, secret.toUtf8() + '\n');
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void printRow(const QString& label, const QList<double>& values, const QString& target = {})
{
    const Stats s = stats(values);
    out() << "  " << label.leftJustified(50) << fmt(s.min).rightJustified(9)
          << fmt(s.median).rightJustified(11) << fmt(s.max).rightJustified(9)
          << (target.isEmpty() ? QString() : QStringLiteral("   ") + target) << Qt::endl;
}

void printHeader(const QString& title)
{
    out() << title.leftJustified(52) << QStringLiteral("min ms").rightJustified(9)
          << QStringLiteral("median ms").rightJustified(11) << QStringLiteral("max ms").rightJustified(9)
          << Qt::endl;
}

void printRuns(const QString& mode, const QList<Run>& runs, const QString& cliWhat, const QString& target)
{
    QList<double> total, cliMs, after, polls;
    for (const Run& r : runs) {
        total << r.totalMs();
        cliMs << r.cliMs;
        after << r.afterMs;
        polls << r.polls;
    }
    printHeader(QStringLiteral("%1 (%2 runs)").arg(mode).arg(runs.size()));
    printRow(QStringLiteral("revoke → first refused request"), total, target);
    printRow(QStringLiteral("  certdesk-cli revoke (") + cliWhat + QLatin1Char(')'), cliMs);
    printRow(QStringLiteral("  then until nginx refuses"), after);
    const Stats p = stats(polls);
    out() << "  "
          << QStringLiteral("  (requests after the CLI: min %1, median %2, max %3)")
                 .arg(p.min)
                 .arg(p.median)
                 .arg(p.max)
          << Qt::endl;
}

int crlMode(Bench& bench)
{
    QList<std::pair<Device, Device>> devices;
    QString caPem;
    const QString dbUrl = QStringLiteral("sqlite:") + bench.tempPath(QStringLiteral("crl.db"));
    if (QString e = bench.setUp(dbUrl, &devices, &caPem); !e.isEmpty()) {
        out() << "CRL mode set-up: " << e << Qt::endl;
        return 1;
    }
    QString why;
    bool mustFail = false;
    auto front = NginxFront::create(QStringLiteral("bench-crl"), &why, &mustFail);
    if (!front) {
        out() << "nginx: " << why << Qt::endl;
        return 1;
    }
    // The CLI's publish folder and command: local configuration (crl-publish.conf), not the database.
    const QString config = bench.tempPath(QStringLiteral("crl-publish.conf"));
    if (!writePublishConfig(config, *front))
        return 1;
    qputenv("CERTDESK_CRL_PUBLISH_CONFIG", QFile::encodeName(config)); // inherited by every CLI run
    const QString pem = front->dataPath(QStringLiteral("certdesk-crl.pem"));
    if (auto r = bench.cli(dbUrl, {QStringLiteral("crl"), QStringLiteral("publish")});
        r.exitCode != 0 || !QFile::exists(pem)) {
        out() << "crl publish: " << r.all() << Qt::endl;
        return 1;
    }
    NginxFront::Site site;
    site.clientCaFile = caPem;
    site.crlFile = pem;
    if (!front->start(site, &why)) {
        out() << "nginx site: " << why << Qt::endl;
        return 1;
    }
    QList<Run> runs;
    if (QString e = bench.measure(*front, devices, dbUrl, &runs); !e.isEmpty()) {
        out() << "CRL mode: " << e << Qt::endl;
        return 1;
    }
    printRuns(QStringLiteral("CRL mode, nginx ssl_crl"), runs, QStringLiteral("sign + publish + reload"),
              QStringLiteral("target ≤ 2000 ms"));
    QList<double> reloads;
    for (int i = 0; i < bench.runs; ++i) {
        QElapsedTimer t;
        t.start();
        front->reload();
        reloads << t.nsecsElapsed() / 1e6;
    }
    printRow(QStringLiteral("  (nginx -s reload alone)"), reloads);
    out() << Qt::endl;
    return 0;
}

int ocspMode(Bench& bench)
{
    if (!QFile::exists(bench.portalPath())) {
        out() << "OCSP mode: no certdesk-portal at " << bench.portalPath() << " — skipped" << Qt::endl
              << Qt::endl;
        return 0;
    }
    QList<std::pair<Device, Device>> devices;
    QString caPem;
    const QString dbUrl = QStringLiteral("sqlite:") + bench.tempPath(QStringLiteral("ocsp.db"));
    if (QString e = bench.setUp(dbUrl, &devices, &caPem); !e.isEmpty()) {
        out() << "OCSP mode set-up: " << e << Qt::endl;
        return 1;
    }
    QString why;
    PortalProcess portal;
    if (!portal.start(bench.portalPath(), dbUrl, kPassphrase, &why)) {
        out() << "certdesk-portal: " << why << Qt::endl;
        return 1;
    }
    bool mustFail = false;
    auto front = NginxFront::create(QStringLiteral("bench-ocsp"), &why, &mustFail);
    if (!front) {
        out() << "nginx: " << why << Qt::endl;
        return 1;
    }
    NginxFront::Site site;
    site.clientCaFile = caPem;
    site.ocspResponder = portal.baseUrl() + QStringLiteral("/ocsp");
    if (!front->start(site, &why)) {
        out() << "nginx site: " << why << Qt::endl;
        return 1;
    }
    QList<Run> runs;
    if (QString e = bench.measure(*front, devices, dbUrl, &runs); !e.isEmpty()) {
        out() << "OCSP mode: " << e << "\n" << portal.log().right(2000) << Qt::endl;
        return 1;
    }
    printRuns(QStringLiteral("OCSP mode, nginx ssl_ocsp + certdesk-portal"), runs,
              QStringLiteral("no publication"), QStringLiteral("target ≤ 1000 ms"));
    // One accepted request costs a TLS handshake plus nginx's OCSP round trip to the portal.
    QList<double> requests;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        devices.first().second.probe.get(front->port());
        requests << t.nsecsElapsed() / 1e6;
    }
    printRow(QStringLiteral("  (one accepted request incl. OCSP, 20 samples)"), requests);
    out() << Qt::endl;
    return 0;
}

// The revocation by a helpdesk operator's certdesk-cli without the passphrase; certdesk-portal (with it)
// follows the PostgreSQL database and publishes the CRL to nginx's folder and reloads nginx.
int followMode(Bench& bench)
{
    if (!QFile::exists(bench.portalPath())) {
        out() << "follow mode: no certdesk-portal at " << bench.portalPath() << " — skipped" << Qt::endl;
        return 0;
    }
    if (qEnvironmentVariable("CERTDESK_TEST_PG_URL").isEmpty()) {
        out()
            << "follow mode needs PostgreSQL: --pg-url postgresql://certdesk@127.0.0.1:PORT/certdesk (a role "
               "that may create databases and roles), or CERTDESK_TEST_PG_URL — skipped"
            << Qt::endl
            << Qt::endl;
        return 0;
    }
    qputenv("CERTDESK_TEST_BACKEND", "postgres");
    QString why;
    bool mustFail = false;
    auto db = TestDatabase::create(&why, &mustFail); // a fresh database on that server, dropped at the end
    if (!db) {
        out() << "follow mode: PostgreSQL: " << why << Qt::endl;
        return 1;
    }
    const QString dbUrl = db->url();
    QList<std::pair<Device, Device>> devices;
    QString caPem;
    if (QString e = bench.setUp(dbUrl, &devices, &caPem); !e.isEmpty()) {
        out() << "follow mode set-up: " << e << Qt::endl;
        return 1;
    }
    // A helpdesk operator (operators are login roles of the whole cluster: a fresh name each run).
    const QString hd = QStringLiteral("bench-hd%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
    const QString initial = QStringLiteral("Kirin-Initial-Passw0rd");
    const QString hdPassword = QStringLiteral("Kirin-Helpdesk-Passw0rd");
    auto r =
        bench.cli(dbUrl, {QStringLiteral("operator"), QStringLiteral("add"), hd, QStringLiteral("--role"),
                          QStringLiteral("helpdesk"), QStringLiteral("--password-file"),
                          bench.secretFile(QStringLiteral("hd-initial.txt"), initial)});
    if (r.exitCode == 0)
        r = bench.cliAs(hd, initial, false, dbUrl,
                        {QStringLiteral("passwd"), QStringLiteral("--password-file"),
                         bench.secretFile(QStringLiteral("hd-password.txt"), hdPassword)});
    if (r.exitCode != 0) {
        out() << "follow mode, helpdesk operator: " << r.all() << Qt::endl;
        return 1;
    }
    auto front = NginxFront::create(QStringLiteral("bench-follow"), &why, &mustFail);
    if (!front) {
        out() << "nginx: " << why << Qt::endl;
        return 1;
    }
    // The portal's publish folder and command (crl-publish.conf); the CLI never signs here.
    const QString config = bench.tempPath(QStringLiteral("crl-publish-follow.conf"));
    if (!writePublishConfig(config, *front))
        return 1;
    qputenv("CERTDESK_CRL_PUBLISH_CONFIG", QFile::encodeName(config)); // inherited by the portal
    PortalProcess portal;
    if (!portal.start(bench.portalPath(), dbUrl, kPassphrase, &why)) {
        out() << "certdesk-portal: " << why << Qt::endl;
        return 1;
    }
    const QString pem = front->dataPath(QStringLiteral("certdesk-crl.pem"));
    for (int i = 0; i < 600 && !(QFile::exists(pem) && portal.log().contains(QLatin1String("Following")));
         ++i)
        QThread::msleep(50); // the portal signs the first CRL at start
    if (!QFile::exists(pem) || !portal.log().contains(QLatin1String("Following the database"))) {
        out() << "follow mode: the portal published no CRL / does not follow:\n" << portal.log() << Qt::endl;
        return 1;
    }
    NginxFront::Site site;
    site.clientCaFile = caPem;
    site.crlFile = pem;
    if (!front->start(site, &why)) {
        out() << "nginx site: " << why << Qt::endl;
        return 1;
    }
    bench.revokeOperator = hd;
    bench.revokePassword = hdPassword;
    bench.revokeWithPassphrase = false;
    QList<Run> runs;
    const QString e = bench.measure(*front, devices, dbUrl, &runs);
    bench.revokeOperator = kOperator;
    bench.revokePassword = kOperatorPassword;
    bench.revokeWithPassphrase = true;
    if (!e.isEmpty()) {
        out() << "follow mode: " << e << "\n" << portal.log().right(2000) << Qt::endl;
        return 1;
    }
    printRuns(
        QStringLiteral("CRL mode, helpdesk CLI without passphrase → certdesk-portal follows (PostgreSQL)"),
        runs, QStringLiteral("revocation only"), QStringLiteral("target ≤ 2000 ms"));
    out() << Qt::endl;
    return 0;
}

int crlSigning(int entries)
{
    auto ca = CertificateAuthority::createRoot({QStringLiteral("Bench CRL CA"), QStringLiteral("Bench"), {}},
                                               KeyType::EcP384, 3650, Clock::system());
    if (!ca) {
        out() << "CA: " << ca.error().message << Qt::endl;
        return 1;
    }
    QList<CrlEntry> list;
    list.reserve(entries);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto* rng = QRandomGenerator::global();
    for (int i = 0; i < entries; ++i) {
        quint32 words[4];
        rng->fillRange(words);
        words[0] &= 0x7fffffff; // positive, 16 bytes, as CertDesk's serials
        words[0] |= 0x01000000;
        QByteArray raw(reinterpret_cast<const char*>(words), sizeof words);
        list.append(
            {QString::fromLatin1(raw.toHex().toUpper()), now.addSecs(-i), RevocationReason::KeyCompromise});
    }
    QList<double> times;
    QByteArray der;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        auto built = CrlBuilder::buildDer(ca.value(), list, i + 1, now, now.addDays(7));
        times << t.nsecsElapsed() / 1e6;
        if (!built) {
            out() << "CrlBuilder: " << built.error().message << Qt::endl;
            return 1;
        }
        der = built.value();
    }
    printHeader(QStringLiteral("CRL of %1 entries (%2 MB DER)")
                    .arg(QLocale(QLocale::English).toString(entries), fmt(der.size() / 1e6)));
    printRow(QStringLiteral("CrlBuilder::buildDer (3 runs)"), times, QStringLiteral("target ≤ 1000 ms"));
    // Independent check: openssl reads it and finds every entry.
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("big.crl"), der);
    const auto r =
        runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                    QStringLiteral("-in"), file, QStringLiteral("-noout"), QStringLiteral("-text")});
    out() << "  openssl crl -text: "
          << (r.exitCode == 0 ? QString::number(r.out.count("Serial Number:")) + QStringLiteral(" entries")
                              : QStringLiteral("failed: ") + r.all())
          << Qt::endl;
    return r.exitCode == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Revocation → refusal by nginx, CRL and OCSP mode (issue #6)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Revocations per mode (default 5)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("interval"),
                      QStringLiteral("Milliseconds between two requests of the polling device (default 10)."),
                      QStringLiteral("MS"), QStringLiteral("10")});
    parser.addOption(
        {QStringLiteral("bin-dir"),
         QStringLiteral(
             "Folder with certdesk-cli and certdesk-portal (default: ../app next to this program)."),
         QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("crl-entries"),
                      QStringLiteral("Entries of the big CRL to sign (default 100000; 0: skip)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("modes"),
                      QStringLiteral("crl,ocsp,follow (default crl,ocsp; follow needs PostgreSQL)."),
                      QStringLiteral("LIST"), QStringLiteral("crl,ocsp")});
    parser.addOption(
        {QStringLiteral("pg-url"),
         QStringLiteral("PostgreSQL server for the follow mode (a role that may create databases "
                        "and roles; default CERTDESK_TEST_PG_URL)."),
         QStringLiteral("URL")});
    parser.process(app);

    if (parser.isSet(QStringLiteral("pg-url")))
        qputenv("CERTDESK_TEST_PG_URL", parser.value(QStringLiteral("pg-url")).toUtf8());
    Bench bench;
    bench.runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    bench.intervalMs = qMax(0, parser.value(QStringLiteral("interval")).toInt());
    bench.binDir = parser.isSet(QStringLiteral("bin-dir"))
                       ? parser.value(QStringLiteral("bin-dir"))
                       : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app"));
    if (!QFile::exists(bench.cliPath())) {
        out() << "no certdesk-cli at " << bench.cliPath() << " (--bin-dir)" << Qt::endl;
        return 2;
    }
    const QStringList modes = parser.value(QStringLiteral("modes")).split(QLatin1Char(','));
    const auto nginxVersion = runProcess(NginxFront::nginxBinary(), {QStringLiteral("-v")});
    out() << "bench_revocation: " << bench.runs << " revocation(s) per mode; " << nginxVersion.all().trimmed()
          << " (" << (qEnvironmentVariableIsSet("CERTDESK_TEST_NGINX_PREFIX") ? "shared" : "private")
          << " master); the device polls every " << bench.intervalMs
          << " ms with a new TLS connection (QSslSocket); SQLite (follow: PostgreSQL); "
          << QThread::idealThreadCount() << " cores" << Qt::endl
          << Qt::endl;

    int rc = 0;
    if (modes.contains(QStringLiteral("crl")))
        rc |= crlMode(bench);
    if (modes.contains(QStringLiteral("ocsp")))
        rc |= ocspMode(bench);
    if (modes.contains(QStringLiteral("follow")))
        rc |= followMode(bench);
    if (const int n = parser.value(QStringLiteral("crl-entries")).toInt(); n > 0)
        rc |= crlSigning(n);
    return rc;
}
