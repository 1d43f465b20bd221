// certdesk-portal: the download portal, CA certificate, CRL and OCSP responder, headless.
//   certdesk-portal --db URL --listen ADDR:PORT [--tls-cert PEM --tls-key PEM] [--passphrase-file F]
//                   [--trusted-proxy ADDR]
// With the CA passphrase (--passphrase-file or CERTDESK_CA_PASSPHRASE) it issues its own OCSP-signing
// certificates and keeps the CRL current: it follows every change committed to the database (PostgreSQL
// LISTEN/NOTIFY, SQLite's data_version) and re-signs, writes and publishes the CRL within a second of a
// revocation made anywhere, e.g. by a helpdesk desktop or CLI without the passphrase. Without it, it serves
// downloads, the CA and the CRL, and says that OCSP is off. The passphrase is kept in OpenSSL's secure heap
// (the environment variable is wiped and removed at start); the CA key is unlocked only to sign and forgotten
// right after.
#include "PortalServer.h"
#include "ca/WipedBytes.h"
#include "platform/ProcessHardening.h"
#include "revocation/PublishTarget.h"
#include "session/Actor.h"
#include "store/ChangeFeed.h"
#include "util/AppTranslator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <openssl/crypto.h>

using namespace certdesk;

namespace {

struct Portal
{
    Q_DECLARE_TR_FUNCTIONS(Portal)
};

void log(const QString& line)
{
    static QTextStream err(stderr);
    err << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << QLatin1Char(' ') << line << Qt::endl;
}

std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (host == QLatin1String("*"))
        address = QHostAddress::Any;
    else if (!address.setAddress(host))
        return std::nullopt;
    if (!ok || port > 65535)
        return std::nullopt;
    return std::make_pair(address, quint16(port));
}

// The CA passphrase in OpenSSL's secure heap (locked in memory where the OS allows it), wiped at exit.
class SecurePassphrase
{
public:
    // Takes over `plain` and wipes it.
    explicit SecurePassphrase(QByteArray& plain)
    {
        const WipedBytes wipe(plain);
        if (plain.isEmpty())
            return;
        m_size = size_t(plain.size());
        m_data = static_cast<char*>(OPENSSL_secure_malloc(m_size));
        if (m_data)
            std::memcpy(m_data, plain.constData(), m_size);
        else
            m_size = 0;
    }
    ~SecurePassphrase()
    {
        if (m_data)
            OPENSSL_secure_clear_free(m_data, m_size);
    }
    SecurePassphrase(const SecurePassphrase&) = delete;
    SecurePassphrase& operator=(const SecurePassphrase&) = delete;

    bool isEmpty() const { return m_size == 0; }
    // A short-lived copy for unlocking; WorkflowContext wipes it after use.
    QByteArray copy() const { return QByteArray(m_data, qsizetype(m_size)); }

private:
    char* m_data = nullptr;
    size_t m_size = 0;
};

// Reads a secret from the environment and removes it, overwriting the value in the process's environment
// block too (what /proc/PID/environ shows, and what child processes would inherit).
QByteArray takeEnvironmentSecret(const char* name)
{
    QByteArray value;
    if (char* raw = std::getenv(name)) { // NOLINT(concurrency-mt-unsafe): before any thread starts
        value = QByteArray(raw);
        OPENSSL_cleanse(raw, std::strlen(raw));
    }
    qunsetenv(name);
    return value;
}

// The first line of the passphrase file, read without Qt's buffering (no stray copies).
std::optional<QByteArray> readPassphraseFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::nullopt;
    QByteArray line(4096, '\0');
    const qint64 n = f.readLine(line.data(), line.size());
    line.truncate(qMax<qint64>(0, n)); // in place: no reallocation
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

volatile std::sig_atomic_t g_stop = 0;

void requestStop(int)
{
    g_stop = 1; // only this in a signal handler; a timer in the event loop acts on it
}

} // namespace

int main(int argc, char** argv)
{
    ProcessHardening::disableCoreDumps(); // before anything holds a key or a password
    // A small locked heap for the CA passphrase; without it (mlock refused) OpenSSL falls back to the normal
    // heap and the passphrase is still wiped after use.
    (void)CRYPTO_secure_malloc_init(32 * 1024, 32);
    // Taken before anything else can copy it; never kept in the environment.
    QByteArray plain = takeEnvironmentSecret("CERTDESK_CA_PASSPHRASE");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));
    installTranslators(qEnvironmentVariable("CERTDESK_LANG"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Portal::tr("CertDesk download portal, CA certificate, CRL and OCSP responder."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Portal::tr("Database: sqlite:PATH or postgresql://USER@HOST:PORT/DB."),
                                      QStringLiteral("url"), qEnvironmentVariable("CERTDESK_DB"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          Portal::tr("Address and port, e.g. 127.0.0.1:8443 or *:8443."),
                                          QStringLiteral("addr:port"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption certOption(
        QStringLiteral("tls-cert"), Portal::tr("TLS certificate (PEM) for HTTPS."), QStringLiteral("file"));
    const QCommandLineOption keyOption(
        QStringLiteral("tls-key"), Portal::tr("TLS private key (PEM, unencrypted)."), QStringLiteral("file"));
    const QCommandLineOption passOption(
        QStringLiteral("passphrase-file"),
        Portal::tr("File holding the CA passphrase (enables OCSP and the CRL schedule)."),
        QStringLiteral("file"));
    const QCommandLineOption proxyOption(
        QStringLiteral("trusted-proxy"),
        Portal::tr("Address of a reverse proxy in front of the portal; its X-Forwarded-For is "
                   "recorded as the client address."),
        QStringLiteral("address"));
    // Where this portal publishes the CRL: local configuration, never a database value (issue 13).
    const QCommandLineOption crlConfigOption(
        QStringLiteral("crl-publish-config"),
        Portal::tr("CRL publish configuration of this computer (folder=… and command=… lines); default "
                   "%1.")
            .arg(PublishTarget::configPath()),
        QStringLiteral("file"));
    const QCommandLineOption crlDirOption(QStringLiteral("crl-dir"),
                                          Portal::tr("Folder to write the CRL files to (instead of a file)."),
                                          QStringLiteral("dir"));
    const QCommandLineOption crlCommandOption(
        QStringLiteral("crl-command"),
        Portal::tr(
            "Command to run after writing the CRL, e.g. \"/usr/sbin/nginx -s reload\" (with --crl-dir)."),
        QStringLiteral("command"));
    parser.addOptions({dbOption, listenOption, certOption, keyOption, passOption, proxyOption});
    parser.addOptions({crlConfigOption, crlDirOption, crlCommandOption});
    parser.process(app);
    if (parser.isSet(crlConfigOption) && (parser.isSet(crlDirOption) || parser.isSet(crlCommandOption))) {
        log(Portal::tr("--crl-publish-config cannot be combined with --crl-dir or --crl-command."));
        return 2;
    }
    if (parser.isSet(crlConfigOption)) {
        auto loaded = PublishTarget::load(parser.value(crlConfigOption));
        if (!loaded) {
            log(loaded.error().message);
            return 2;
        }
        PublishTarget::useConfigFile(parser.value(crlConfigOption));
    } else if (parser.isSet(crlDirOption) || parser.isSet(crlCommandOption)) {
        PublishTarget fixed;
        fixed.folder = parser.value(crlDirOption);
        fixed.command = parser.value(crlCommandOption);
        PublishTarget::useFixed(fixed);
    }

    if (parser.value(dbOption).isEmpty()) {
        log(Portal::tr("No database given. Use --db sqlite:PATH or --db postgresql://USER@HOST:PORT/DB."));
        return 2;
    }
    const auto listen = parseListen(parser.value(listenOption));
    if (!listen) {
        log(Portal::tr("--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8443."));
        return 2;
    }
    if (parser.isSet(certOption) != parser.isSet(keyOption)) {
        log(Portal::tr("--tls-cert and --tls-key go together."));
        return 2;
    }
    auto db = Database::open(parser.value(dbOption));
    if (!db) {
        log(db.error().message);
        return 8;
    }
    if (parser.isSet(passOption)) {
        auto fromFile = readPassphraseFile(parser.value(passOption));
        if (!fromFile) {
            const WipedBytes wipe(plain);
            log(Portal::tr("The passphrase file %1 cannot be read.").arg(parser.value(passOption)));
            return 9;
        }
        plain.swap(*fromFile);
        const WipedBytes wipeEnvironmentValue(*fromFile); // the file wins
    }
    const auto passphrase = std::make_shared<SecurePassphrase>(plain);
    auto ctx = std::make_shared<WorkflowContext>(db.value(), Actor::system());
    ctx->setPassphraseProvider([passphrase](const CaRecord&) -> Result<QByteArray> {
        if (passphrase->isEmpty())
            return makeError(
                ErrorCode::Locked,
                Portal::tr("no CA passphrase was given (--passphrase-file or CERTDESK_CA_PASSPHRASE)."));
        return passphrase->copy();
    });

    PortalServer server(ctx);
    QObject::connect(&server, &PortalServer::logLine, &server, [](const QString& line) { log(line); });
    PortalOptions options;
    options.address = listen->first;
    options.port = listen->second;
    options.tlsCertFile = parser.value(certOption);
    options.tlsKeyFile = parser.value(keyOption);
    if (parser.isSet(proxyOption) && !options.trustedProxy.setAddress(parser.value(proxyOption))) {
        log(Portal::tr("--trusted-proxy must be an IP address."));
        return 2;
    }
    if (auto s = server.start(options); !s) {
        log(s.error().message);
        return 9;
    }
    std::unique_ptr<ChangeFeed> feed; // destroyed before the server
    if (!passphrase->isEmpty()) {
        feed = std::make_unique<ChangeFeed>(db.value());
        QObject::connect(feed.get(), &ChangeFeed::connectionLost, &app, [](const QString& message) {
            log(Portal::tr("The database connection was lost: %1").arg(message));
        });
        QObject::connect(feed.get(), &ChangeFeed::connectionRestored, &app,
                         [] { log(Portal::tr("The database connection is back.")); });
        server.follow(feed.get());
        if (auto s = feed->start(); !s)
            log(s.error().message); // it keeps trying
        else
            log(Portal::tr("Following the database: the CRL is re-signed within a second of every "
                           "revocation."));
    }
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &app, [] {
        if (g_stop)
            QCoreApplication::quit();
    });
    stopCheck.start(200);
    const int rc = app.exec();
    server.stop();
    return rc;
}
