#include "NginxFront.h"

#include "OpensslCli.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include "TestPlatform.h"

namespace certdesk::test {
namespace {

QAtomicInt g_siteCounter;

// A child that dies with the test: a crashed test never leaves an nginx master or a portal behind.
void dieWithParent(QProcess& process)
{
    endWithParent(process);
}

bool writeText(const QString& path, const QByteArray& text, QString* why)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size()) {
        *why = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void sleepMs(int ms)
{
    QThread::msleep(ms);
}

// The same main configuration as scripts/test writes, for a private master (daemon off: a child of ours).
QByteArray mainConfig(const QString& prefix, int checkPort)
{
    QString c;
    c += QStringLiteral("# Written by tests/support/NginxFront for a private nginx master.\n");
    c += QStringLiteral("daemon off;\nmaster_process on;\nworker_processes 1;\n");
    c += QStringLiteral("pid %1/nginx.pid;\nlock_file %1/nginx.lock;\nerror_log %1/logs/error.log info;\n")
             .arg(prefix);
    c += QStringLiteral("events {\n  worker_connections 512;\n}\n");
    c += QStringLiteral("http {\n  access_log %1/logs/access.log;\n"
                        "  client_body_temp_path %1/temp/body;\n  proxy_temp_path %1/temp/proxy;\n"
                        "  fastcgi_temp_path %1/temp/fastcgi;\n  uwsgi_temp_path %1/temp/uwsgi;\n"
                        "  scgi_temp_path %1/temp/scgi;\n")
             .arg(prefix);
    c += QStringLiteral("  server {\n    listen 127.0.0.1:%1;\n    location / {\n"
                        "      return 200 \"certdesk nginx ok\\n\";\n    }\n  }\n")
             .arg(checkPort);
    c += QStringLiteral("  include %1/sites/*.conf;\n}\n").arg(prefix);
    return c.toUtf8();
}

} // namespace

int freeLocalPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// --------------------------------------------------------------------------------- client certificate

QString extractClientCertificate(const QString& p12File, const QString& passwordFile, const QString& dir,
                                 const QString& base, ClientCertificate* out)
{
    const QString passin = QStringLiteral("file:") + passwordFile;
    out->certFile = QDir(dir).filePath(base + QStringLiteral(".pem"));
    out->keyFile = QDir(dir).filePath(base + QStringLiteral(".key"));
    auto r = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12File, QStringLiteral("-passin"),
                         passin, QStringLiteral("-clcerts"), QStringLiteral("-nokeys"),
                         QStringLiteral("-out"), out->certFile});
    if (r.exitCode != 0)
        return QStringLiteral("openssl pkcs12 (certificate) of %1: %2").arg(p12File, r.all());
    r = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12File, QStringLiteral("-passin"),
                    passin, QStringLiteral("-nocerts"), QStringLiteral("-nodes"), QStringLiteral("-out"),
                    out->keyFile});
    if (r.exitCode != 0)
        return QStringLiteral("openssl pkcs12 (key) of %1: %2").arg(p12File, r.all());
    r = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), out->certFile, QStringLiteral("-noout"),
                    QStringLiteral("-serial")});
    const QString serial = QString::fromUtf8(r.out).trimmed();
    if (r.exitCode != 0 || !serial.startsWith(QLatin1String("serial=")))
        return QStringLiteral("openssl x509 -serial of %1: %2").arg(out->certFile, r.all());
    out->serialHex = serial.mid(7).toUpper();
    return {};
}

// ---------------------------------------------------------------------------------------- NginxFront

bool NginxFront::required()
{
    return qEnvironmentVariable("CERTDESK_REQUIRE_NGINX") == QLatin1String("1");
}

QString NginxFront::nginxBinary()
{
    const QString fromEnv = qEnvironmentVariable("CERTDESK_TEST_NGINX_BIN");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/sbin/nginx") : fromEnv;
}

std::unique_ptr<NginxFront> NginxFront::create(const QString& label, QString* why, bool* mustFail)
{
    *mustFail = required();
    std::unique_ptr<NginxFront> front(new NginxFront);
    front->m_bin = nginxBinary();
    if (!QFileInfo(front->m_bin).isExecutable()) {
        *why = QStringLiteral("no nginx at %1 (Debian package nginx)").arg(front->m_bin);
        return nullptr;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        *why = QStringLiteral("no curl on PATH (Debian package curl)");
        return nullptr;
    }
    const int n = g_siteCounter.fetchAndAddRelaxed(1);
    front->m_name = QStringLiteral("certdesk-%1-%2-%3")
                        .arg(label.isEmpty() ? QStringLiteral("site") : label)
                        .arg(QCoreApplication::applicationPid())
                        .arg(n);

    const QString prefix = qEnvironmentVariable("CERTDESK_TEST_NGINX_PREFIX");
    if (!prefix.isEmpty()) {
        // scripts/test's master: from here on a problem is a broken set-up, never a reason to skip.
        *mustFail = true;
        front->m_shared = true;
        front->m_prefix = prefix;
        front->m_conf = qEnvironmentVariable("CERTDESK_TEST_NGINX_CONF");
        front->m_sitesDir = qEnvironmentVariable("CERTDESK_TEST_NGINX_SITES");
        if (front->m_conf.isEmpty() || front->m_sitesDir.isEmpty() || !QFileInfo(front->m_sitesDir).isDir()) {
            *why = QStringLiteral("CERTDESK_TEST_NGINX_PREFIX is set but CONF or SITES is missing");
            return nullptr;
        }
    } else {
        if (!front->m_privateDir.isValid()) {
            *why = QStringLiteral("no temporary folder");
            *mustFail = true;
            return nullptr;
        }
        front->m_prefix = front->m_privateDir.path();
        front->m_conf = QDir(front->m_prefix).filePath(QStringLiteral("nginx.conf"));
        front->m_sitesDir = QDir(front->m_prefix).filePath(QStringLiteral("sites"));
    }
    front->m_logsDir = QDir(front->m_prefix).filePath(QStringLiteral("logs"));
    front->m_dataDir = QDir(front->m_prefix).filePath(QStringLiteral("data/") + front->m_name);
    front->m_errorLog = QDir(front->m_logsDir).filePath(front->m_name + QStringLiteral(".error.log"));
    front->m_siteFile = QDir(front->m_sitesDir).filePath(front->m_name + QStringLiteral(".conf"));
    if (!QDir().mkpath(front->m_dataDir) || !QDir().mkpath(front->m_logsDir)) {
        *why = QStringLiteral("cannot create %1").arg(front->m_dataDir);
        *mustFail = true;
        return nullptr;
    }
    if (!front->makeServerCertificate(why)) {
        *mustFail = true;
        return nullptr;
    }
    if (!front->m_shared && !front->startPrivateMaster(why))
        return nullptr; // nginx cannot run here: skip, unless CERTDESK_REQUIRE_NGINX=1
    return front;
}

NginxFront::~NginxFront()
{
    removeSite();
    if (m_privateMaster)
        stopProcess(*m_privateMaster); // SIGTERM: nginx's fast shutdown
}

void NginxFront::removeSite()
{
    if (m_siteFile.isEmpty() || !QFile::exists(m_siteFile))
        return;
    QFile::remove(m_siteFile);
    if (m_shared)
        reload(); // the port closes; dataDir() and the error log stay until scripts/test removes the prefix
}

QString NginxFront::dataPath(const QString& fileName) const
{
    return QDir(m_dataDir).filePath(fileName);
}

QString NginxFront::url() const
{
    return QStringLiteral("https://127.0.0.1:%1/").arg(m_port);
}

bool NginxFront::makeServerCertificate(QString* why)
{
    m_serverCert = dataPath(QStringLiteral("server.pem"));
    m_serverKey = dataPath(QStringLiteral("server.key"));
    const auto r = runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                               QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                               QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                               QStringLiteral("-keyout"), m_serverKey, QStringLiteral("-out"), m_serverCert,
                               QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                               QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                               QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (r.exitCode != 0) {
        *why = QStringLiteral("openssl req (nginx server certificate) failed: %1").arg(r.all());
        return false;
    }
    return true;
}

bool NginxFront::startPrivateMaster(QString* why)
{
    for (const char* sub : {"sites", "temp", "logs"})
        QDir(m_prefix).mkpath(QString::fromLatin1(sub));
    const int checkPort = freeLocalPort();
    if (!writeText(m_conf, mainConfig(m_prefix, checkPort), why))
        return false;
    const auto test = runProcess(
        m_bin, {QStringLiteral("-p"), m_prefix, QStringLiteral("-c"), m_conf, QStringLiteral("-t")}, {},
        30000);
    if (test.exitCode != 0) {
        *why = QStringLiteral("nginx -t failed: %1").arg(test.all());
        return false;
    }
    m_privateMaster = std::make_unique<QProcess>();
    dieWithParent(*m_privateMaster);
    m_privateMaster->setProcessChannelMode(QProcess::MergedChannels);
    m_privateMaster->setStandardOutputFile(QDir(m_logsDir).filePath(QStringLiteral("master.log")));
    m_privateMaster->start(m_bin, {QStringLiteral("-p"), m_prefix, QStringLiteral("-c"), m_conf});
    if (!m_privateMaster->waitForStarted(10000)) {
        *why = QStringLiteral("cannot start %1").arg(m_bin);
        return false;
    }
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        const auto r = runProcess(QStringLiteral("curl"),
                                  {QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("2"),
                                   QStringLiteral("http://127.0.0.1:%1/").arg(checkPort)},
                                  {}, 10000);
        if (r.out == "certdesk nginx ok\n")
            return true;
        if (m_privateMaster->state() == QProcess::NotRunning)
            break;
        sleepMs(50);
    }
    *why = QStringLiteral("the private nginx master did not start: %1 %2")
               .arg(readText(QDir(m_logsDir).filePath(QStringLiteral("master.log"))),
                    readText(QDir(m_logsDir).filePath(QStringLiteral("error.log"))));
    return false;
}

QStringList NginxFront::reloadCommand() const
{
    return {m_bin,
            QStringLiteral("-p"),
            m_prefix,
            QStringLiteral("-c"),
            m_conf,
            QStringLiteral("-s"),
            QStringLiteral("reload")};
}

QString NginxFront::reloadCommandLine() const
{
    QStringList quoted;
    for (const QString& arg : reloadCommand())
        quoted << (arg.contains(QLatin1Char(' ')) ? QLatin1Char('"') + arg + QLatin1Char('"') : arg);
    return quoted.join(QLatin1Char(' '));
}

bool NginxFront::reload(QString* why) const
{
    // `nginx -s reload` parses the whole configuration (every site of the run) before it signals the
    // master; another test adding its site at the same moment can make one attempt fail: try again.
    QString last;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QStringList cmd = reloadCommand();
        const auto r = runProcess(cmd.first(), cmd.mid(1), {}, 30000);
        if (r.exitCode == 0)
            return true;
        last = r.all();
        sleepMs(200);
    }
    if (why)
        *why = QStringLiteral("nginx -s reload failed: %1").arg(last);
    return false;
}

bool NginxFront::start(const Site& site, QString* why)
{
    const QString clientCa = dataPath(QStringLiteral("client-ca.pem"));
    QFile::remove(clientCa);
    if (!QFile::copy(site.clientCaFile, clientCa)) {
        *why = QStringLiteral("cannot copy %1 to %2").arg(site.clientCaFile, clientCa);
        return false;
    }
    m_port = freeLocalPort();
    QString block;
    block += QStringLiteral("# CertDesk test site %1 (tests/support/NginxFront)\n").arg(m_name);
    block += QStringLiteral("server {\n    listen 127.0.0.1:%1 ssl;\n").arg(m_port);
    block += QStringLiteral("    ssl_certificate %1;\n    ssl_certificate_key %2;\n")
                 .arg(m_serverCert, m_serverKey);
    block +=
        QStringLiteral("    ssl_client_certificate %1;\n    ssl_verify_client on;\n    ssl_verify_depth 2;\n")
            .arg(clientCa);
    // Every request is a full handshake with a full check of the client certificate.
    block += QStringLiteral("    ssl_session_cache off;\n    ssl_session_tickets off;\n");
    if (!site.crlFile.isEmpty())
        block += QStringLiteral("    ssl_crl %1;\n").arg(site.crlFile);
    if (!site.ocspResponder.isEmpty())
        block += QStringLiteral("    ssl_ocsp leaf;\n    ssl_ocsp_responder %1;\n").arg(site.ocspResponder);
    block += QStringLiteral("    error_log %1 info;\n    access_log %2;\n")
                 .arg(m_errorLog, QDir(m_logsDir).filePath(m_name + QStringLiteral(".access.log")));
    block += QStringLiteral("    location / {\n        default_type text/plain;\n"
                            "        return 200 \"device ok: $ssl_client_serial\\n\";\n    }\n}\n");
    if (!writeText(m_siteFile, block.toUtf8(), why))
        return false;
    if (!reload(why)) {
        QFile::remove(m_siteFile); // never leave a block that breaks the next reload
        return false;
    }
    return waitUntilAnswering(20000, why);
}

bool NginxFront::waitUntilAnswering(int timeoutMs, QString* why) const
{
    // Without a client certificate the block answers 400 ("No required SSL certificate was sent"): proof
    // that this block, with its TLS settings, is live.
    QDeadlineTimer deadline(timeoutMs);
    HttpAnswer last;
    int round = 0;
    while (!deadline.hasExpired()) {
        const auto r =
            runProcess(QStringLiteral("curl"),
                       {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("5"),
                        QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                        QStringLiteral("%{http_code}"), QStringLiteral("--cacert"), m_serverCert, url()},
                       {}, 10000);
        if (r.out.toInt() == 400)
            return true;
        last.error = QString::fromUtf8(r.err);
        // A reload that another test's reload overtook: ask again now and then.
        if (++round % 40 == 0 && m_shared)
            reload();
        sleepMs(50);
    }
    *why = QStringLiteral("nginx does not answer on %1: %2\n%3")
               .arg(url(), last.error,
                    readText(QDir(m_logsDir).filePath(QStringLiteral("error.log"))).right(4000));
    return false;
}

QString NginxFront::errorLog() const
{
    return readText(m_errorLog);
}

bool NginxFront::waitForErrorLog(const QString& text, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (errorLog().contains(text))
            return true;
        if (deadline.hasExpired())
            return false;
        sleepMs(50);
    }
}

HttpAnswer NginxFront::get(const ClientCertificate& client) const
{
    const auto r = runProcess(QStringLiteral("curl"),
                              {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("10"),
                               QStringLiteral("-w"), QStringLiteral("\n%{http_code}"),
                               QStringLiteral("--cacert"), m_serverCert, QStringLiteral("--cert"),
                               client.certFile, QStringLiteral("--key"), client.keyFile, url()},
                              {}, 20000);
    HttpAnswer a;
    const auto nl = r.out.lastIndexOf('\n');
    a.status = nl < 0 ? 0 : r.out.mid(nl + 1).toInt();
    a.body = nl < 0 ? r.out : r.out.left(nl);
    a.error = QString::fromUtf8(r.err);
    return a;
}

HttpAnswer NginxFront::waitForStatus(const ClientCertificate& client, int status, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        HttpAnswer a = get(client);
        if (a.status == status || deadline.hasExpired())
            return a;
        sleepMs(50);
    }
}

// ------------------------------------------------------------------------------------- PortalProcess

PortalProcess::~PortalProcess()
{
    stop();
}

QString PortalProcess::defaultBinary()
{
    return QDir(qEnvironmentVariable("CERTDESK_BIN_DIR")).filePath(QStringLiteral("certdesk-portal"));
}

QString PortalProcess::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString PortalProcess::log() const
{
    return readText(QDir(m_dir.path()).filePath(QStringLiteral("portal.log")));
}

bool PortalProcess::start(const QString& binary, const QString& dbUrl, const QByteArray& passphrase,
                          QString* why)
{
    stop();
    if (!QFileInfo(binary).isExecutable()) {
        *why = QStringLiteral("no certdesk-portal at %1").arg(binary);
        return false;
    }
    m_port = freeLocalPort();
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CERTDESK_CA_PASSPHRASE"));
    if (!passphrase.isEmpty())
        env.insert(QStringLiteral("CERTDESK_CA_PASSPHRASE"), QString::fromUtf8(passphrase));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString()); // never the keychain
    m_process = std::make_unique<QProcess>();
    dieWithParent(*m_process);
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(QDir(m_dir.path()).filePath(QStringLiteral("portal.log")));
    m_process->start(binary, {QStringLiteral("--db"), dbUrl, QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:%1").arg(m_port)});
    if (!m_process->waitForStarted(10000)) {
        *why = QStringLiteral("cannot start %1").arg(binary);
        return false;
    }
    const QString ready = QStringLiteral("listening on http://127.0.0.1:%1").arg(m_port);
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (log().contains(ready))
            return true;
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForFinished(50);
    }
    *why = QStringLiteral("certdesk-portal did not say \"%1\": %2").arg(ready, log());
    stop();
    return false;
}

void PortalProcess::stop()
{
    if (!m_process)
        return;
    stopProcess(*m_process);
    m_process.reset();
}

} // namespace certdesk::test
