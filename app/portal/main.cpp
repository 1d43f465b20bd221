// certdesk-portal: the download portal, CA certificate, CRL and OCSP responder, headless.
//   certdesk-portal --db URL --listen ADDR:PORT [--tls-cert PEM --tls-key PEM] [--passphrase-file F]
//                   [--trusted-proxy ADDR]
// With the CA passphrase (--passphrase-file or CERTDESK_CA_PASSPHRASE) it issues its own OCSP-signing
// certificate and keeps the CRL current; without it, it serves downloads, the CA and the CRL, and says
// that OCSP is off.
#include "PortalServer.h"
#include "session/Actor.h"
#include "util/AppTranslator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <csignal>

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

volatile std::sig_atomic_t g_stop = 0;

void requestStop(int)
{
    g_stop = 1; // only this in a signal handler; a timer in the event loop acts on it
}

} // namespace

int main(int argc, char** argv)
{
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
    parser.addOptions({dbOption, listenOption, certOption, keyOption, passOption, proxyOption});
    parser.process(app);

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
    QByteArray passphrase;
    if (parser.isSet(passOption)) {
        QFile f(parser.value(passOption));
        if (!f.open(QIODevice::ReadOnly)) {
            log(Portal::tr("The passphrase file %1 cannot be read.").arg(f.fileName()));
            return 9;
        }
        passphrase = f.readLine();
        while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
            passphrase.chop(1);
    } else {
        passphrase = qgetenv("CERTDESK_CA_PASSPHRASE");
    }
    auto ctx = std::make_shared<WorkflowContext>(db.value(), Actor::system());
    ctx->setPassphraseProvider([passphrase](const CaRecord&) -> Result<QByteArray> {
        if (passphrase.isEmpty())
            return makeError(
                ErrorCode::Locked,
                Portal::tr("no CA passphrase was given (--passphrase-file or CERTDESK_CA_PASSPHRASE)."));
        return passphrase;
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
