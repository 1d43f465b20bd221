#include "OcspWorkerPool.h"
#include "OcspHttpRequest.h"
#include "store/CertificateStatusQuery.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>

namespace certdesk {
namespace {

constexpr const char* kSince = "certdeskOcspSince"; // when the worker took the connection (ms since epoch)
constexpr qint64 CloseMarginMs = 5000; // answers "Connection: close" this long before the connection deadline

// The texts PortalServer answers with on the main thread, in its translation context.
QString portalText(const char* text)
{
    return QCoreApplication::translate("certdesk::PortalServer", text);
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 413:
        return "Payload Too Large";
    default:
        return "Service Unavailable";
    }
}

} // namespace

class OcspWorkerPool::Worker : public QObject
{
public:
    explicit Worker(OcspWorkerPool* pool) : m_pool(pool) {}

    // In the worker's thread: a connection the portal's server accepted; screened here as RequestScreen
    // screens on the main thread, then answered here or handed back.
    void accept(qintptr descriptor)
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        RequestScreen::screen(
            socket, m_pool->m_shared.limits,
            [this](QTcpSocket* s, const QByteArray& head) { route(s, head); },
            [this](const QString& line) { emit m_pool->logLine(line); });
    }

    // In the worker's thread, before it stops: closes the connections and the database.
    void shutdown()
    {
        for (QTcpSocket* s : findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly)) {
            s->abort();
            delete s;
        }
        m_query.reset();
        m_db.reset();
    }

private:
    // The first request head passed the screen: an OCSP request while OCSP is on stays here, anything else
    // goes to Qt HTTP Server (which also answers 503 with the reason in the log while OCSP is off).
    void route(QTcpSocket* socket, const QByteArray& head)
    {
        if (OcspHttpRequest::parse(head) && ocspOn()) {
            socket->setProperty(kSince, QDateTime::currentMSecsSinceEpoch());
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QIODevice::readyRead, this, [this, socket] { serve(socket); });
            serve(socket);
            return;
        }
        // Moved once the socket has finished emitting the signal that brought it here.
        QMetaObject::invokeMethod(
            this,
            [this, guard = QPointer<QTcpSocket>(socket)] {
                if (guard)
                    m_pool->handBack(guard.data());
            },
            Qt::QueuedConnection);
    }

    bool ocspOn() const
    {
        const Shared& sh = m_pool->m_shared;
        const QReadLocker lock(sh.lock);
        return !sh.responders->isEmpty();
    }

    // Answers every complete request buffered on `socket`, one after the other.
    void serve(QTcpSocket* socket)
    {
        const Shared& sh = m_pool->m_shared;
        while (socket->isOpen() && socket->bytesAvailable() > 0) {
            const QByteArray head = socket->peek(sh.limits.maxHeadBytes + 8);
            qint64 length = 0;
            qsizetype headBytes = 0;
            const int v = RequestScreen::verdict(head, sh.limits, &length, &headBytes);
            if (v < 0)
                return; // more to come
            if (v > 0) {
                disconnect(socket, &QIODevice::readyRead, this, nullptr);
                RequestScreen::refuse(socket, v,
                                      socket->peerAddress().toString() + QStringLiteral(" OCSP ") +
                                          QString::number(v),
                                      [this](const QString& line) { emit m_pool->logLine(line); });
                return;
            }
            const std::optional<OcspHttpRequest> request =
                OcspHttpRequest::parse(QByteArrayView(head).first(headBytes));
            if (!request) { // not an OCSP request: Qt HTTP Server answers it on a new connection
                disconnect(socket, &QIODevice::readyRead, this, nullptr);
                socket->disconnectFromHost();
                return;
            }
            if (socket->bytesAvailable() < headBytes + length)
                return; // the body is still coming
            const QByteArray body = socket->read(headBytes + length).mid(headBytes);
            const qint64 age = QDateTime::currentMSecsSinceEpoch() - socket->property(kSince).toLongLong();
            const bool keepAlive =
                request->keepAlive() && age < sh.limits.connectionDeadlineMs - CloseMarginMs;
            answer(socket, *request, body, keepAlive);
            if (!keepAlive) {
                disconnect(socket, &QIODevice::readyRead, this, nullptr);
                socket->disconnectFromHost();
                return;
            }
        }
    }

    void answer(QTcpSocket* socket, const OcspHttpRequest& request, const QByteArray& body, bool keepAlive)
    {
        int status = 200;
        QByteArray contentType = "application/ocsp-response";
        QByteArray payload;
        QString note;
        auto plain = [&](int s, const QString& text) {
            status = s;
            contentType = "text/plain; charset=utf-8";
            payload = text.toUtf8() + '\n';
        };
        QByteArray der = body;
        if (!request.post) {
            auto decoded =
                QByteArray::fromBase64Encoding(QByteArray::fromPercentEncoding(request.target.mid(6)),
                                               QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                der = decoded.decoded;
            else
                plain(400, portalText("The OCSP request is not valid base64."));
        }
        if (status == 200 && der.size() > OcspResponder::MaxRequestBytes)
            plain(413, portalText("The request is too large."));
        if (status == 200)
            payload = respond(der, &note);
        if (payload.isEmpty()) { // OCSP is off
            plain(503, portalText("The service is temporarily unavailable."));
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
                         "\r\nContent-Type: " + contentType +
                         "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: " +
                         (keepAlive ? "keep-alive" : "close") +
                         "\r\nContent-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n";
        out += payload;
        if (status == 200 && note.isEmpty()) {
            socket->write(out);
            (void)socket->flush(); // now, not on the next round of the event loop
            m_pool->m_answered.fetch_add(1, std::memory_order_relaxed); // summed up once a minute
            return;
        }
        // Logged before the answer leaves: whoever got the answer finds the line already on its way.
        emit m_pool->logLine(
            clientAddress(socket, request) +
            (request.post ? QStringLiteral(" POST /ocsp ") : QStringLiteral(" GET /ocsp/… ")) +
            QString::number(status) +
            (note.isEmpty() ? QString() : QStringLiteral(" (") + note + QLatin1Char(')')));
        socket->write(out);
        (void)socket->flush();
    }

    // The DER answer; empty when OCSP is off (`note` says why).
    QByteArray respond(const QByteArray& der, QString* note)
    {
        const Shared& sh = m_pool->m_shared;
        QString lookupError;
        const OcspResponderSet::Lookup lookup = [this, &lookupError](qint64 caId, const QString& serial) {
            CertificateStatusQuery* query = statusQuery(&lookupError);
            if (!query)
                return OcspCertStatus{OcspCertState::Unavailable, {}, RevocationReason::Unspecified};
            return OcspWorkerPool::statusOf(*query, caId, serial, &lookupError);
        };
        QByteArray response;
        {
            const QReadLocker lock(sh.lock);
            if (sh.responders->isEmpty()) {
                *note = portalText("OCSP is off: %1").arg(*sh.problem);
                return {};
            }
            response = sh.cache->respond(*sh.responders, der, lookup, sh.clock->nowUtc());
        }
        if (!lookupError.isEmpty()) // the answer is tryLater; the reason goes to the log line only
            *note = portalText("OCSP tryLater, the portal cannot reach the database: %1").arg(lookupError);
        return response;
    }

    // This thread's database and prepared query, opened on first use (and again after a failed open).
    CertificateStatusQuery* statusQuery(QString* error)
    {
        if (m_query)
            return &*m_query;
        auto db = Database::open(m_pool->m_shared.url);
        if (!db) {
            if (error->isEmpty())
                *error = db.error().message;
            return nullptr;
        }
        m_db = db.value();
        m_query.emplace(*m_db);
        return &*m_query;
    }

    QString clientAddress(QTcpSocket* socket, const OcspHttpRequest& request) const
    {
        const QHostAddress peer = socket->peerAddress();
        const QHostAddress& proxy = m_pool->m_shared.trustedProxy;
        if (proxy.isNull() || !peer.isEqual(proxy, QHostAddress::TolerantConversion))
            return peer.toString();
        const QHostAddress last(QString::fromLatin1(request.forwardedFor.split(',').constLast().trimmed()));
        return last.isNull() ? peer.toString() : last.toString();
    }

    OcspWorkerPool* m_pool;
    std::shared_ptr<Database> m_db;
    std::optional<CertificateStatusQuery> m_query;
};

OcspWorkerPool::OcspWorkerPool(Shared shared, int threads, HandBack handBack, QObject* parent)
    : QObject(parent), m_shared(std::move(shared)), m_handBack(std::move(handBack))
{
    for (int i = 0; i < qMax(1, threads); ++i) {
        auto* thread = new QThread;
        thread->setObjectName(QStringLiteral("ocsp-%1").arg(i));
        auto* worker = new Worker(this);
        worker->moveToThread(thread);
        thread->start();
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }
}

OcspWorkerPool::~OcspWorkerPool()
{
    m_closing = true;
    for (size_t i = 0; i < m_threads.size(); ++i) {
        Worker* worker = m_workers[i];
        // After every descriptor accept() queued before: this thread queued them in order.
        QMetaObject::invokeMethod(
            worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
        delete worker;
        delete m_threads[i];
    }
    // Connections the workers handed back meanwhile: closed (m_closing), not leaked.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void OcspWorkerPool::accept(qintptr descriptor)
{
    Worker* worker = m_workers[m_next++ % m_workers.size()];
    QMetaObject::invokeMethod(
        worker, [worker, descriptor] { worker->accept(descriptor); }, Qt::QueuedConnection);
}

void OcspWorkerPool::handBack(QTcpSocket* socket)
{
    socket->setParent(nullptr);
    socket->moveToThread(thread());
    QMetaObject::invokeMethod(
        this,
        [this, socket] {
            // Closed on the way (by the client, or the connection deadline): nobody would delete it.
            if (m_closing || !m_handBack || socket->state() != QAbstractSocket::ConnectedState) {
                socket->abort();
                delete socket;
                return;
            }
            m_handBack(socket);
        },
        Qt::QueuedConnection);
}

OcspCertStatus OcspWorkerPool::statusOf(CertificateStatusQuery& query, qint64 caId, const QString& serialHex,
                                        QString* error)
{
    OcspCertStatus st;
    auto found = query.find(serialHex);
    if (!found) {
        if (error->isEmpty())
            *error = found.error().message;
        st.state = OcspCertState::Unavailable;
        return st;
    }
    if (!found.value() || found.value()->caId != caId)
        return st; // unknown
    if (found.value()->status == CertStatus::Revoked) {
        st.state = OcspCertState::Revoked;
        st.revokedAtUtc = found.value()->revokedAtUtc;
        st.reason =
            revocationReasonFromId(found.value()->revocationReason).value_or(RevocationReason::Unspecified);
    } else {
        st.state = OcspCertState::Good;
    }
    return st;
}

} // namespace certdesk
