#pragma once
// A real nginx in front of a test: one TLS server block on its own 127.0.0.1 port that requires a client
// certificate from the CertDesk CA (ssl_verify_client on), checking revocation with a CRL (ssl_crl) or
// with OCSP (ssl_ocsp leaf + ssl_ocsp_responder), and answering 200 "device ok" to a device it accepts.
// Never a mock: a refused device gets nginx's own 400 and its error log says why.
//
//   CERTDESK_NGINX_FRONT(front, "crl");
//   NginxFront::Site site;
//   site.clientCaFile = caPem;                                   // copied into front->dataDir()
//   site.crlFile = front->dataPath("certdesk-crl.pem");          // e.g. the CRL publish folder's file
//   QVERIFY2(front->start(site, &why), qPrintable(why));         // writes the block, reloads, waits
//   QCOMPARE(front->get(client).status, 200);                    // a fresh curl process
//
// With CERTDESK_TEST_NGINX_PREFIX (scripts/test starts one nginx master for the run, see there) the block
// goes into CERTDESK_TEST_NGINX_SITES under a unique name and that master reloads; it is removed again
// (and the master reloaded) when the front goes. Without it the front starts a private nginx master of its
// own in a temp dir (daemon off, a child of the test), so the test also runs outside scripts/test.
// Either way every file the block names (server certificate, client CA, CRL) lives in dataDir(), inside
// the nginx prefix of a shared master, so a crashed test never leaves a block that breaks the next reload.
//
// When nginx (/usr/sbin/nginx or CERTDESK_TEST_NGINX_BIN) or curl cannot run the macro skips the test,
// unless CERTDESK_REQUIRE_NGINX=1 (set by scripts/test) makes that a failure.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace certdesk::test {

// A client certificate and its key in PEM files, as curl --cert/--key want them.
struct ClientCertificate
{
    QString certFile;
    QString keyFile;
    QString serialHex; // upper-case hex, as openssl prints it
};

// The leaf certificate and private key of a PKCS#12, read by `openssl pkcs12` (independent of CertDesk's
// reader) into dir/base.pem and dir/base.key. Empty on success, else what went wrong.
QString extractClientCertificate(const QString& p12File, const QString& passwordFile, const QString& dir,
                                 const QString& base, ClientCertificate* out);

struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer (connection or TLS failure)
    QByteArray body;
    QString error; // curl's stderr
};

class NginxFront
{
public:
    struct Site
    {
        QString clientCaFile;  // PEM; ssl_client_certificate (copied into dataDir())
        QString crlFile;       // PEM; ssl_crl, used where it is (keep it in dataDir()); empty: no CRL
        QString ocspResponder; // "http://127.0.0.1:PORT/ocsp": ssl_ocsp leaf; empty: no OCSP
    };

    // nullptr and *why when nginx or curl cannot run; *mustFail when CERTDESK_REQUIRE_NGINX=1 or when the
    // problem is a broken set-up rather than a missing program. `label` goes into the site's name.
    static std::unique_ptr<NginxFront> create(const QString& label, QString* why, bool* mustFail);
    static bool required(); // CERTDESK_REQUIRE_NGINX=1
    static QString nginxBinary();

    ~NginxFront();
    NginxFront(const NginxFront&) = delete;
    NginxFront& operator=(const NginxFront&) = delete;

    bool isShared() const { return m_shared; }
    QString name() const { return m_name; }
    QString dataDir() const { return m_dataDir; }
    QString dataPath(const QString& fileName) const;

    // Writes the server block, reloads nginx and waits (up to 20 s) until the block answers over TLS.
    bool start(const Site& site, QString* why);
    // `nginx -p PREFIX -c CONF -s reload`: nginx re-reads the configuration (and with it the CRL).
    bool reload(QString* why = nullptr) const;
    QStringList reloadCommand() const; // that command line, program first
    // The same line as one string, quoted for QProcess::splitCommand (the command= line of crl-publish.conf).
    QString reloadCommandLine() const;

    int port() const { return m_port; }
    QString url() const;                                    // https://127.0.0.1:PORT/
    QString serverCertFile() const { return m_serverCert; } // self-signed for 127.0.0.1: curl --cacert
    QString serverKeyFile() const { return m_serverKey; }

    QString errorLogPath() const { return m_errorLog; }
    QString errorLog() const; // this block's error log (level info: refused client certificates)
    bool waitForErrorLog(const QString& text, int timeoutMs = 10000) const;

    // GET url() with `curl --cert --key --cacert serverCertFile()`, a fresh process each time.
    HttpAnswer get(const ClientCertificate& client) const;
    // Repeats get() (every 50 ms) until it answers `status`; the last answer.
    HttpAnswer waitForStatus(const ClientCertificate& client, int status, int timeoutMs = 10000) const;

private:
    NginxFront() = default;
    bool startPrivateMaster(QString* why);
    bool makeServerCertificate(QString* why);
    bool waitUntilAnswering(int timeoutMs, QString* why) const;
    void removeSite();

    bool m_shared = false;
    QString m_bin;
    QString m_prefix;
    QString m_conf;
    QString m_sitesDir;
    QString m_logsDir;
    QString m_name;
    QString m_dataDir;
    QString m_siteFile;
    QString m_errorLog;
    QString m_serverCert;
    QString m_serverKey;
    int m_port = 0;
    QTemporaryDir m_privateDir;                // private master: its whole prefix
    std::unique_ptr<QProcess> m_privateMaster; // private master (daemon off)
};

// certdesk-portal in a QProcess on a free 127.0.0.1 port: download links, /ca.pem, /crl and the
// OCSP responder (on when it has the CA passphrase). Its stderr goes to a file (log()).
class PortalProcess
{
public:
    PortalProcess() = default;
    ~PortalProcess();
    PortalProcess(const PortalProcess&) = delete;
    PortalProcess& operator=(const PortalProcess&) = delete;

    static QString defaultBinary(); // CERTDESK_BIN_DIR/certdesk-portal
    // Starts `binary --db dbUrl --listen 127.0.0.1:PORT` with CERTDESK_CA_PASSPHRASE=passphrase (none when
    // empty) and waits (up to 20 s) for its "listening on http://127.0.0.1:PORT" line.
    bool start(const QString& binary, const QString& dbUrl, const QByteArray& passphrase, QString* why);
    void stop();
    int port() const { return m_port; }
    QString baseUrl() const; // http://127.0.0.1:PORT
    QString log() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

// A free TCP port on 127.0.0.1 right now (0 when none).
int freeLocalPort();

} // namespace certdesk::test

// In a test slot: creates `var` (unique_ptr<NginxFront>) or fails/skips with the reason.
#define CERTDESK_NGINX_FRONT(var, label)                                                                     \
    QString var##Why_;                                                                                       \
    bool var##MustFail_ = false;                                                                             \
    auto var = certdesk::test::NginxFront::create(QStringLiteral(label), &var##Why_, &var##MustFail_);       \
    if (!var) {                                                                                              \
        if (var##MustFail_)                                                                                  \
            QFAIL(qPrintable(var##Why_));                                                                    \
        QSKIP(qPrintable(var##Why_));                                                                        \
    }
