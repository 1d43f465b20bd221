#include "PortalServer.h"
#include "OcspHttpRequest.h"
#include "OcspWorkerPool.h"
#include "RequestScreen.h"
#include "ca/Certificate.h"
#include "download/DownloadRequest.h"
#include "download/PortalPages.h"
#include "store/CaStore.h"
#include "store/CertificateStore.h"
#include "store/CrlStore.h"
#include "store/HistoryLog.h"
#include "store/Settings.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace certdesk {

using Status_ = QHttpServerResponder::StatusCode;

struct PortalServer::Reply
{
    Status_ status = Status_::Ok;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString note; // for the log line

    static Reply html(Status_ s, QByteArray body)
    {
        return Reply{s, "text/html; charset=utf-8", std::move(body), {}, {}};
    }
    static Reply plain(Status_ s, const QString& text)
    {
        return Reply{s, "text/plain; charset=utf-8", text.toUtf8() + '\n', {}, {}};
    }
    // Anonymous clients learn only that the service is unavailable; the detail (database or OCSP error)
    // goes to the log line.
    static Reply unavailable(const QString& detail)
    {
        Reply r = plain(Status_::ServiceUnavailable, tr("The service is temporarily unavailable."));
        r.note = detail;
        return r;
    }
};

namespace {

constexpr int MaxBodyBytes = 64 * 1024;
constexpr qint64 SignerRenewSecs = 7 * 24 * 3600; // an OCSP signer this close to expiry is replaced

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

PortalServer::PortalServer(std::shared_ptr<WorkflowContext> ctx, QObject* parent)
    : QAbstractHttpServer(parent), m_ctx(std::move(ctx)), m_downloads(m_ctx->dbPtr(), m_ctx->clock()),
      m_limiter(m_ctx->dbPtr()), m_crlSchedule(m_ctx)
{
    (void)m_japanese.load(QStringLiteral(":/i18n/certdesk_ja.qm"));
    connect(&m_timer, &QTimer::timeout, this, &PortalServer::periodic);
    connect(&m_caWatch, &QTimer::timeout, this, [this] { (void)refreshIfCasChanged(); });
    connect(&m_ocspSummary, &QTimer::timeout, this, [this] {
        if (m_ocspPool)
            m_ocspAnswered += m_ocspPool->takeAnswered();
        if (m_ocspAnswered == 0)
            return;
        const auto hits = qint64(m_ocspCache.hits());
        emit logLine(tr("OCSP: %1 answers in the last minute (%2 without signing again).")
                         .arg(m_ocspAnswered)
                         .arg(hits - m_ocspCacheHitsLogged));
        m_ocspAnswered = 0;
        m_ocspCacheHitsLogged = hits;
    });
    // Without a passphrase here the schedule finds the CA locked and leaves the CRL to the desktop app or
    // `certdesk-cli crl publish`. The CA key is unlocked only when a CRL is due and forgotten as soon as it
    // has signed.
    connect(&m_crlSchedule, &CrlSchedule::checked, this, [this] { m_ctx->forgetUnlockedCa(); });
    connect(&m_crlSchedule, &CrlSchedule::published, this, [this](qint64 number, const QString& problem) {
        emit logLine(problem.isEmpty() ? tr("Scheduled CRL number %1 published.").arg(number) : problem);
    });
    connect(&m_crlSchedule, &CrlSchedule::failed, this, [this](const QString& problem) {
        emit logLine(tr("The scheduled CRL could not be published: %1").arg(problem));
    });
}

PortalServer::~PortalServer() = default;

bool PortalServer::isLoopback(const QHostAddress& address)
{
    return address.isLoopback();
}

Status PortalServer::start(const PortalOptions& options)
{
    m_options = options;
    m_tls = !options.tlsCertFile.isEmpty() || !options.tlsKeyFile.isEmpty();
    if (!m_tls && options.plainHttpOnlyOnLoopback && !isLoopback(options.address))
        return makeError(
            ErrorCode::Invalid,
            tr("Without TLS the portal listens only on this computer (127.0.0.1): download links and "
               ".p12 files must not cross a network unencrypted. To listen on %1, give a TLS certificate "
               "and key file, or run certdesk-portal behind a web server with TLS.")
                .arg(options.address.toString()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (m_tls) {
        QFile certFile(options.tlsCertFile), keyFile(options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("The TLS certificate or key file could not be read (%1, %2).")
                                                .arg(options.tlsCertFile, options.tlsKeyFile));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (chain.isEmpty() || key.isNull())
            return makeError(
                ErrorCode::Invalid,
                tr("The TLS certificate or key is not a PEM certificate / unencrypted PEM key."));
        // The whole chain of the file (leaf first, then intermediates): clients that trust only the root
        // can verify the server.
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
    }
    // Every connection is screened before Qt HTTP Server reads its body (RequestScreen).
    RequestLimits limits;
    limits.maxBodyBytes = MaxBodyBytes;
    auto log = [this](const QString& line) { emit logLine(line); };
    QTcpServer* server = nullptr;
    ScreenedServer<QTcpServer>* plain = nullptr;
    if (m_tls) {
        auto* ssl = new ScreenedServer<QSslServer>(limits, log, this);
        ssl->setSslConfiguration(tls);
        server = ssl;
    } else {
        plain = new ScreenedServer<QTcpServer>(limits, log, this);
        server = plain;
    }
    if (!server->listen(options.address, options.port)) {
        delete server;
        return makeError(ErrorCode::Io, tr("The portal cannot listen on %1:%2 (in use, or not allowed).")
                                            .arg(options.address.toString())
                                            .arg(options.port));
    }
    if (plain && options.ocspThreads >= 0) {
        OcspWorkerPool::Shared shared{&m_ocsp,         &m_ocspProblem,    &m_ocspLock, &m_ocspCache,
                                      &m_ctx->clock(), m_ctx->db().url(), limits,      options.trustedProxy};
        const int threads =
            options.ocspThreads > 0 ? options.ocspThreads : qBound(2, QThread::idealThreadCount(), 8);
        // The workers accept every new connection, answer OCSP and give back the others for Qt HTTP Server;
        // the main thread no longer accepts (the socket stays open until stop() ended the workers).
        plain->leaveAcceptingToOthers();
        m_ocspPool = std::make_unique<OcspWorkerPool>(
            std::move(shared), plain->socketDescriptor(), threads,
            [plain](qintptr descriptor) { plain->takeConnection(descriptor); });
        connect(m_ocspPool.get(), &OcspWorkerPool::logLine, this, &PortalServer::logLine);
    }
    bind(server);
    m_port = server->serverPort();
    emit logLine(tr("CertDesk portal listening on %1").arg(baseUrl()));
    if (!m_tls && !isLoopback(options.address))
        emit logLine(tr("Warning: plain HTTP on %1. Download links and .p12 files cross the network "
                        "unencrypted unless a web server with TLS is in front.")
                         .arg(options.address.toString()));
    if (auto s = renewOcspSigner(); !s)
        emit logLine(tr("OCSP is off: %1").arg(m_ocspProblem));
    m_timer.start(qMax(5, options.crlCheckSecs) * 1000);
    m_caWatch.start(qMax(1, options.caCheckSecs) * 1000);
    m_ocspSummary.start(60 * 1000);
    m_crlSchedule.setInterval(qMax(5, options.crlCheckSecs) * 1000);
    m_crlSchedule.start(-1);
    (void)m_crlSchedule.runNow(); // the CRL is current before the first request
    return {};
}

void PortalServer::stop()
{
    m_timer.stop();
    m_caWatch.stop();
    m_ocspSummary.stop();
    m_crlSchedule.stop();
    // First: the workers poll the listening socket until they end; then it is closed.
    m_ocspPool.reset(); // closes the connections kept alive for OCSP
    for (QTcpServer* server : servers()) {
        server->close();
        server->deleteLater();
    }
    if (m_port != 0)
        emit logLine(tr("CertDesk portal stopped."));
    m_port = 0;
}

QString PortalServer::baseUrl() const
{
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_options.address.toString() + QLatin1Char(']')
                             : m_options.address.toString();
    return (m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host + QLatin1Char(':') +
           QString::number(m_port);
}

namespace {

// The CA table as the portal last saw it: which CAs exist and which one is active.
QString casMark(const QList<CaRecord>& cas)
{
    QString mark;
    for (const CaRecord& ca : cas)
        mark += QString::number(ca.id) + QLatin1Char(':') + ca.fingerprint + QLatin1Char(';');
    return mark;
}

} // namespace

Status PortalServer::renewOcspSigner()
{
    auto cas = CaStore(m_ctx->db()).all();
    if (!cas) {
        const QWriteLocker lock(&m_ocspLock);
        m_ocspProblem = cas.error().message;
        return cas.error();
    }
    m_casMark = casMark(cas.value());
    m_casChecked.start();
    const QDateTime now = m_ctx->now();
    Status activeStatus;
    QList<qint64> inUse;
    for (qsizetype i = 0; i < cas->size(); ++i) {
        const CaRecord& rec = cas->at(i);
        const bool active = i == 0; // CaStore::all lists the active CA first
        if (rec.notAfter <= now && !active)
            continue; // its certificates expired with it
        inUse.append(rec.id);
        const OcspResponder* current = m_ocsp.find(rec.id);
        if (current && now.secsTo(current->signer().notAfter()) >= SignerRenewSecs)
            continue;
        auto ca = m_ctx->unlockedCaQuietly(rec.id);
        Result<OcspSigner> signer = ca ? OcspSigner::issue(*ca.value(), now, m_options.ocspSignerDays)
                                       : Result<OcspSigner>(ca.error());
        if (!signer) {
            if (active)
                activeStatus = signer.error();
            else
                emit logLine(
                    tr("OCSP for the earlier CA \"%1\" is off: %2").arg(rec.name, signer.error().message));
            if (current && current->signer().notAfter() <= now) {
                const QWriteLocker lock(&m_ocspLock);
                m_ocsp.remove(rec.id);
            }
            continue;
        }
        {
            const QWriteLocker lock(&m_ocspLock);
            m_ocsp.insert(rec.id, OcspResponder(ca.value()->certificate(), std::move(signer.value())));
        }
        const OcspResponder* added = m_ocsp.find(rec.id);
        emit logLine(tr("OCSP responder on for %1: signing certificate %2, valid until %3.")
                         .arg(rec.name, added->signer().certificate().serialHex(),
                              added->signer().notAfter().toString(Qt::ISODate)));
    }
    // Only the OCSP signers' keys stay in memory; the CA keys are unlocked again when they are needed.
    m_ctx->forgetUnlockedCa();
    const QWriteLocker lock(&m_ocspLock);
    m_ocspCache.clear(); // answers signed by a signer that may be gone
    for (qint64 id : m_ocsp.caIds()) {
        if (!inUse.contains(id))
            m_ocsp.remove(id);
    }
    m_ocsp.setPrimary(inUse.value(0));
    if (cas->isEmpty())
        activeStatus = makeError(ErrorCode::NotFound, tr("This database has no certificate authority yet."));
    if (!activeStatus)
        m_ocspProblem = activeStatus.error().message;
    else
        m_ocspProblem.clear();
    return activeStatus;
}

bool PortalServer::refreshIfCasChanged(bool force)
{
    if (!force && m_casChecked.isValid() && m_casChecked.elapsed() < qMax(1, m_options.caCheckSecs) * 1000)
        return false;
    m_casChecked.start();
    auto cas = CaStore(m_ctx->db()).all();
    if (!cas || casMark(cas.value()) == m_casMark)
        return false;
    emit logLine(tr("The certificate authorities changed: reloading the OCSP signing certificates."));
    m_ctx->forgetUnlockedCa();
    if (auto s = renewOcspSigner(); !s)
        emit logLine(tr("OCSP is off: %1").arg(m_ocspProblem));
    return true;
}

void PortalServer::periodic()
{
    bool renew = false;
    for (qint64 id : m_ocsp.caIds())
        renew = renew || m_ctx->now().secsTo(m_ocsp.find(id)->signer().notAfter()) < SignerRenewSecs;
    if (renew) {
        if (auto s = renewOcspSigner(); !s)
            emit logLine(tr("The OCSP signing certificate could not be renewed: %1").arg(s.error().message));
    }
}

void PortalServer::follow(ChangeFeed* feed)
{
    m_crlSchedule.follow(feed);
    connect(feed, &ChangeFeed::changed, this, [this](const QList<Change>& changes) {
        // Not needed for correctness (every cached answer is checked against the database first); it keeps
        // the cache from holding answers that can no longer be served.
        m_ocspCache.clear();
        for (const Change& c : changes) {
            if (c.isAnything() || c.operation == Op::CaCreated || c.operation == Op::CaImported) {
                (void)refreshIfCasChanged(true); // one query; the signers are reloaded only on a change
                return;
            }
        }
    });
    connect(feed, &ChangeFeed::connectionRestored, this, [this] { (void)refreshIfCasChanged(true); });
}

QString PortalServer::languageOf(const QHttpServerRequest& request) const
{
    const QString fallback = Settings(m_ctx->db()).value(SettingKey::MailLanguage);
    return PortalPages::languageFor(request.value("accept-language"),
                                    fallback == QLatin1String("en") ? fallback : QStringLiteral("ja"));
}

QString PortalServer::clientAddress(const QHttpServerRequest& request) const
{
    const QHostAddress peer = request.remoteAddress();
    if (m_options.trustedProxy.isNull() ||
        !peer.isEqual(m_options.trustedProxy, QHostAddress::TolerantConversion))
        return peer.toString();
    const QByteArray forwarded = request.value("x-forwarded-for");
    const QHostAddress last(QString::fromLatin1(forwarded.split(',').constLast().trimmed()));
    return last.isNull() ? peer.toString() : last.toString();
}

bool PortalServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Reply reply;
    try {
        reply = route(request);
    } catch (const std::exception& e) { // e.g. bad_alloc: answer, never take the portal down
        reply = Reply::plain(Status_::InternalServerError, tr("Internal error."));
        reply.note = QString::fromLocal8Bit(e.what());
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(reply.status);
    responder.writeHeader("Content-Type",
                          reply.contentType.isEmpty() ? QByteArray("text/plain") : reply.contentType);
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    responder.writeHeader("Referrer-Policy", "no-referrer");
    // The pages use inline CSS only: no scripts, images, fonts or framing, forms post to the portal itself.
    responder.writeHeader("Content-Security-Policy",
                          "default-src 'none'; style-src 'unsafe-inline'; "
                          "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    responder.writeHeader("X-Frame-Options", "DENY");
    if (m_tls)
        responder.writeHeader("Strict-Transport-Security", "max-age=31536000");
    for (const auto& h : reply.headers)
        responder.writeHeader(h.first, h.second);
    // One request per connection: nginx's OCSP client (HTTP/1.0) takes the answer as complete only when the
    // connection closes, and browsers lose nothing on a portal this small.
    responder.writeHeader("Connection", "close");
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(request.method() == QHttpServerRequest::Method::Head ? QByteArray() : reply.body);
    socket->disconnectFromHost();
    QString path = request.url().path(QUrl::FullyEncoded).left(80);
    if (reply.status == Status_::Ok && reply.note.isEmpty() &&
        (path == QLatin1String("/ocsp") || path.startsWith(QLatin1String("/ocsp/")))) {
        ++m_ocspAnswered; // summed up once a minute (m_ocspSummary)
        return true;
    }
    if (path.startsWith(QLatin1String("/download/")))
        path = QStringLiteral("/download/…"); // the token is a secret
    QString line = clientAddress(request) + QLatin1Char(' ') +
                   QString::fromLatin1(methodName(request.method())) + QLatin1Char(' ') + path +
                   QLatin1Char(' ') + QString::number(int(reply.status));
    if (!reply.note.isEmpty())
        line += QStringLiteral(" (") + reply.note + QLatin1Char(')');
    emit logLine(line);
    return true;
}

void PortalServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(Status_::NotFound);
}

PortalServer::Reply PortalServer::route(const QHttpServerRequest& request)
{
    const QByteArray path = request.url().path(QUrl::FullyEncoded).toLatin1();
    const auto method = request.method();
    if (request.body().size() > MaxBodyBytes)
        return Reply::plain(Status_::PayloadTooLarge, tr("The request is too large."));
    if (path.size() > 8192)
        return Reply::plain(Status_::UriTooLong, tr("The address is too long."));
    if (path.contains("/../") || path.endsWith("/..") || path.contains('\\') || path.contains("%2e%2e") ||
        path.contains("%2E%2E"))
        return Reply::plain(Status_::BadRequest, tr("Bad path."));
    if (path == "/ocsp" || path.startsWith("/ocsp/"))
        return ocsp(request, path);
    if (path.startsWith("/download/"))
        return download(request, path);
    const bool readOnly =
        method == QHttpServerRequest::Method::Get || method == QHttpServerRequest::Method::Head;
    // Each CA's newest CRL, also of a CA that `ca import` replaced: /crl/<first 16 hex digits of its
    // SHA-256 fingerprint>[.crl] (the names of the published files, CrlPublisher::derFileName).
    if (path.startsWith("/crl/") && readOnly) {
        QByteArray id = path.mid(5);
        if (id.endsWith(".crl"))
            id.chop(4);
        auto latest = CrlStore(m_ctx->db()).latestOfCa(QString::fromLatin1(id).toLower());
        if (!latest)
            return Reply::unavailable(
                tr("The portal cannot reach the database: %1").arg(latest.error().message));
        if (latest.value())
            return Reply{
                Status_::Ok,
                "application/pkix-crl",
                latest.value()->der,
                {{"Content-Disposition", "attachment; filename=\"certdesk-" + id.toLower() + ".crl\""}},
                {}};
    }
    if (path == "/ca.pem" || path == "/ca.crt" || path == "/crl" || path == "/" || path == "/healthz") {
        if (!readOnly) {
            Reply r = Reply::plain(Status_::MethodNotAllowed, tr("This request method is not allowed here."));
            r.headers.append(std::pair<QByteArray, QByteArray>("Allow", "GET, HEAD"));
            return r;
        }
        if (path == "/ca.pem")
            return caCertificate(true);
        if (path == "/ca.crt")
            return caCertificate(false);
        if (path == "/crl")
            return crl();
        return Reply::plain(Status_::Ok, QStringLiteral("CertDesk portal"));
    }
    return Reply::html(Status_::NotFound,
                       PortalPages(languageOf(request), &m_japanese, QString()).notFound());
}

PortalServer::Reply PortalServer::caCertificate(bool pem)
{
    auto active = CaStore(m_ctx->db()).active();
    if (!active)
        return Reply::unavailable(tr("The portal cannot reach the database: %1").arg(active.error().message));
    if (!active.value())
        return Reply::plain(Status_::ServiceUnavailable, tr("No certificate authority yet."));
    const QByteArray der = active.value()->certDer;
    if (pem)
        return Reply{Status_::Ok,
                     "application/x-pem-file",
                     pemEncode(der, "CERTIFICATE"),
                     {{"Content-Disposition", "attachment; filename=\"ca.pem\""}},
                     {}};
    return Reply{Status_::Ok,
                 "application/pkix-cert",
                 der,
                 {{"Content-Disposition", "attachment; filename=\"ca.crt\""}},
                 {}};
}

PortalServer::Reply PortalServer::crl()
{
    auto active = CaStore(m_ctx->db()).active();
    if (!active)
        return Reply::unavailable(tr("The portal cannot reach the database: %1").arg(active.error().message));
    if (!active.value())
        return Reply::plain(Status_::ServiceUnavailable, tr("No certificate authority yet."));
    auto latest = CrlStore(m_ctx->db()).latest(active.value()->id);
    if (!latest)
        return Reply::unavailable(tr("The portal cannot reach the database: %1").arg(latest.error().message));
    if (!latest.value())
        return Reply::plain(Status_::ServiceUnavailable, tr("No CRL has been signed yet."));
    return Reply{Status_::Ok,
                 "application/pkix-crl",
                 latest.value()->der,
                 {{"Content-Disposition", "attachment; filename=\"certdesk.crl\""}},
                 {}};
}

PortalServer::Reply PortalServer::ocsp(const QHttpServerRequest& request, const QByteArray& path)
{
    QByteArray der;
    if (request.method() == QHttpServerRequest::Method::Post && path == "/ocsp") {
        if (request.value("content-type").trimmed().toLower() != "application/ocsp-request")
            return Reply::plain(Status_::UnsupportedMediaType,
                                tr("OCSP requests must be application/ocsp-request."));
        der = request.body();
    } else if (request.method() == QHttpServerRequest::Method::Get && path.startsWith("/ocsp/")) {
        auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromPercentEncoding(path.mid(6)),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return Reply::plain(Status_::BadRequest, tr("The OCSP request is not valid base64."));
        der = decoded.decoded;
    } else {
        Reply r = Reply::plain(Status_::MethodNotAllowed, tr("This request method is not allowed here."));
        r.headers.append(std::pair<QByteArray, QByteArray>("Allow", "GET, POST"));
        return r;
    }
    if (der.size() > OcspResponder::MaxRequestBytes)
        return Reply::plain(Status_::PayloadTooLarge, tr("The request is too large."));
    (void)refreshIfCasChanged(); // a CA imported a moment ago is answered for at once
    if (m_ocsp.isEmpty())
        return Reply::unavailable(tr("OCSP is off: %1").arg(m_ocspProblem));
    if (!m_statusQuery)
        m_statusQuery.emplace(m_ctx->db());
    QString lookupError;
    // Nonce-less requests (nginx's) are answered with the bytes signed for the same request before while
    // every status in them is unchanged; the status is looked up on every request all the same.
    const QByteArray response = m_ocspCache.respond(
        m_ocsp, der,
        [this, &lookupError](qint64 caId, const QString& serial) {
            return OcspWorkerPool::statusOf(*m_statusQuery, caId, serial, &lookupError);
        },
        m_ctx->now());
    Reply reply{Status_::Ok, "application/ocsp-response", response, {}, {}};
    if (!lookupError.isEmpty()) // the answer is tryLater; the reason goes to the log line only
        reply.note = tr("OCSP tryLater, the portal cannot reach the database: %1").arg(lookupError);
    return reply;
}

PortalServer::Reply PortalServer::download(const QHttpServerRequest& request, const QByteArray& path)
{
    const QString orgName = Settings(m_ctx->db()).value(SettingKey::OrgName);
    const PortalPages pages(languageOf(request), &m_japanese, orgName);
    auto parsed = DownloadRequest::parse(methodName(request.method()), path, request.value("content-type"),
                                         request.body());
    if (!parsed) {
        if (parsed.error().code == ErrorCode::NotFound)
            return Reply::html(Status_::NotFound, pages.notFound());
        if (request.method() != QHttpServerRequest::Method::Get &&
            request.method() != QHttpServerRequest::Method::Post &&
            request.method() != QHttpServerRequest::Method::Head) {
            Reply r = Reply::html(Status_::MethodNotAllowed, pages.badRequest(parsed.error().message));
            r.headers.append(std::pair<QByteArray, QByteArray>("Allow", "GET, POST"));
            return r;
        }
        // Messages of DownloadRequest are in the app's language; the page says it in the visitor's.
        return Reply::html(
            Status_::BadRequest,
            pages.badRequest(pages.t("DownloadRequest", parsed.error().message.toUtf8().constData())));
    }
    const QString token = parsed->token;
    const PortalClient client{clientAddress(request),
                              QString::fromUtf8(request.value("user-agent")).left(256)};
    const QDateTime now = m_ctx->now();
    if (m_limiter.isLocked(token, client.address, now))
        return Reply::html(Status_::TooManyRequests, pages.locked());

    auto info = m_downloads.inspect(token);
    if (!info)
        return Reply::unavailable(tr("The portal cannot reach the database: %1").arg(info.error().message));
    if (info->state == LinkState::Unknown)
        return Reply::html(Status_::NotFound, pages.notFound());
    if (info->state != LinkState::Valid) {
        Reply r = Reply::html(Status_::Gone, pages.refusal(info->state));
        r.note = linkStateId(info->state);
        return r;
    }
    if (!parsed->submit)
        return Reply::html(Status_::Ok, pages.downloadForm(info.value(), token));

    auto result = m_downloads.download(token, parsed->loginId, client);
    if (!result)
        return Reply::unavailable(tr("The portal cannot reach the database: %1").arg(result.error().message));
    if (result->state != LinkState::Valid) {
        Reply r = Reply::html(result->state == LinkState::Unknown ? Status_::NotFound : Status_::Gone,
                              pages.refusal(result->state));
        r.note = linkStateId(result->state);
        return r;
    }
    if (result->wrongLoginId) {
        const bool lockedNow = m_limiter.recordFailure(token, client.address, now);
        const int failures = m_limiter.failures(token, now);
        emit logLine(tr("Wrong login ID for a download link of %1 from %2 (%3 of %4).")
                         .arg(result->certificate.loginId, client.address)
                         .arg(failures)
                         .arg(m_limiter.maxFailures()));
        if (lockedNow) {
            if (auto s = m_downloads.recordLockout(token, client, failures); !s)
                emit logLine(s.error().message);
            return Reply::html(Status_::TooManyRequests, pages.locked());
        }
        Reply r =
            Reply::html(Status_::Forbidden,
                        pages.downloadForm(info.value(), token,
                                           pages.wrongLoginId(qMax(0, m_limiter.maxFailures() - failures))));
        r.note = QStringLiteral("wrong login ID");
        return r;
    }
    m_limiter.forget(token);
    Reply r{Status_::Ok,
            "application/x-pkcs12",
            result->pkcs12,
            {},
            QStringLiteral("download %1").arg(result->fileName)};
    const QByteArray asciiName = result->fileName.toLatin1().replace('"', '_');
    r.headers.append(std::pair<QByteArray, QByteArray>(
        "Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" +
                                   QUrl::toPercentEncoding(result->fileName)));
    return r;
}

} // namespace certdesk
