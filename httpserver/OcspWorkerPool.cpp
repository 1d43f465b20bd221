#include "OcspWorkerPool.h"
#include "OcspHttpRequest.h"
#include "platform/NativeSocket.h"
#include "store/CertificateStatusQuery.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QThread>

#include <chrono>
#include <optional>

namespace certdesk {
namespace {

constexpr qint64 CloseMarginMs = 5000; // answers "Connection: close" this long before the connection deadline
constexpr int StopCheckMs = 100;       // how often a waiting worker looks whether the pool is stopping
constexpr int AcceptBurst = 32;        // connections taken at once before the others get a turn
constexpr int AcceptPauseMs = 100;     // after a failed accept (e.g. out of file descriptors): no busy loop

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

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

class OcspWorkerPool::Worker
{
public:
    explicit Worker(OcspWorkerPool* pool) : m_pool(pool), m_peek(pool->m_shared.limits.maxHeadBytes + 8, '\0')
    {
    }

    // The worker thread's loop, until the pool stops.
    void run()
    {
        std::vector<native::PollEntry> entries;
        while (!m_pool->m_stop.load(std::memory_order_relaxed)) {
            const qint64 now = nowMs();
            entries.clear();
            // After a failed accept the listener stays readable: not watched for a moment.
            entries.push_back({m_pool->m_listener, now >= m_acceptPausedUntil, false});
            qint64 wait = StopCheckMs;
            for (const Connection& c : m_connections) {
                entries.push_back({c.socket, c.out.isEmpty(), !c.out.isEmpty()});
                wait = qMin(wait, qMax<qint64>(0, c.deadline(m_pool->m_shared.limits) - now));
            }
            if (!native::poll(entries, int(wait)))
                break; // the listening socket is gone: nothing more to do until the pool stops
            // Connections first (their entries follow the listener's, in order); new ones are appended.
            size_t kept = 0;
            for (size_t i = 0; i < m_connections.size(); ++i) {
                Connection& c = m_connections[i];
                const native::PollEntry& e = entries[i + 1];
                bool keep = true;
                if (e.writable && !c.out.isEmpty())
                    keep = flush(c);
                else if (e.readable)
                    keep = serve(c);
                if (keep && nowMs() >= c.deadline(m_pool->m_shared.limits))
                    keep = expire(c);
                if (keep)
                    m_connections[kept++] = std::move(c);
            }
            m_connections.resize(kept);
            if (entries.front().readable)
                acceptNew();
        }
        for (const Connection& c : m_connections)
            native::close(c.socket);
        m_connections.clear();
        m_query.reset();
        m_db.reset();
    }

private:
    struct Connection
    {
        native::Socket socket = native::InvalidSocket;
        qint64 acceptedMs = 0;
        int answered = 0;        // OCSP answers sent on it
        qint64 needed = 0;       // bytes of the OCSP request being read (head + body); 0 = none started
        qsizetype headBytes = 0; // of that request
        QByteArray in;           // what was read of that request
        std::optional<OcspHttpRequest> request;
        QByteArray out; // answer bytes not sent yet
        bool closeWhenSent = false;

        // When the worker acts on its own: the head timeout before the first request, the connection
        // deadline after it.
        qint64 deadline(const RequestLimits& limits) const
        {
            return acceptedMs + (answered == 0 && needed == 0
                                     ? qMin(limits.headTimeoutMs, limits.connectionDeadlineMs)
                                     : limits.connectionDeadlineMs);
        }
    };

    void acceptNew()
    {
        for (int i = 0; i < AcceptBurst; ++i) {
            bool failed = false;
            const native::Socket s = native::acceptConnection(m_pool->m_listener, &failed);
            if (s == native::InvalidSocket) { // none pending (another worker took it) or a failed accept
                if (failed)
                    m_acceptPausedUntil = nowMs() + AcceptPauseMs;
                return;
            }
            Connection c;
            c.socket = s;
            c.acceptedMs = nowMs();
            m_connections.push_back(std::move(c));
        }
    }

    // Data (or the end) arrived on `c`. False when the connection is no longer this worker's.
    bool serve(Connection& c)
    {
        const RequestLimits& limits = m_pool->m_shared.limits;
        if (c.needed > 0) { // the rest of an OCSP request already taken (only what arrived is kept)
            const qint64 n = native::receive(c.socket, m_peek.data(),
                                             qMin<qint64>(c.needed - c.in.size(), m_peek.size()), false);
            if (n == native::WouldBlock)
                return true;
            if (n <= 0)
                return drop(c);
            c.in.append(m_peek.constData(), n);
            return c.in.size() < c.needed ? true : answer(c);
        }
        const qint64 n = native::receive(c.socket, m_peek.data(), m_peek.size(), true);
        if (n == native::WouldBlock)
            return true;
        if (n <= 0)
            return drop(c);
        const QByteArrayView peeked(m_peek.constData(), n);
        qint64 length = 0;
        qsizetype headBytes = 0;
        const int v = RequestScreen::verdict(peeked, limits, &length, &headBytes);
        if (v != 0) // an incomplete head (rare: it came in pieces) or a refusal: the screen's own work
            return giveBack(c);
        std::optional<OcspHttpRequest> request = OcspHttpRequest::parse(peeked.first(headBytes));
        if (!request || !ocspOn()) {
            if (c.answered == 0)
                return giveBack(c);
            return drop(c); // not OCSP on a kept-alive connection: the client connects again
        }
        // Ours: taken off the socket (exactly this request; a pipelined next one stays there).
        c.request = std::move(request);
        c.needed = headBytes + length;
        c.headBytes = headBytes;
        c.in.resize(qMin(n, c.needed));
        const qint64 got = native::receive(c.socket, c.in.data(), c.in.size(), false);
        if (got != c.in.size())
            return drop(c); // what was peeked must be there
        return c.in.size() < c.needed ? true : answer(c);
    }

    // A whole OCSP request is in `c.in`.
    bool answer(Connection& c)
    {
        const Shared& sh = m_pool->m_shared;
        const OcspHttpRequest request = *c.request;
        const QByteArray body = c.in.mid(c.headBytes);
        c.in.clear();
        c.request.reset();
        c.needed = 0;
        const bool keepAlive =
            request.keepAlive() && nowMs() - c.acceptedMs < sh.limits.connectionDeadlineMs - CloseMarginMs;
        c.out = respond(c, request, body, keepAlive);
        c.closeWhenSent = !keepAlive;
        ++c.answered;
        return flush(c);
    }

    bool flush(Connection& c)
    {
        while (!c.out.isEmpty()) {
            const qint64 n = native::send(c.socket, c.out.constData(), c.out.size());
            if (n == native::WouldBlock)
                return true; // the rest when the socket can take it
            if (n < 0)
                return drop(c);
            c.out.remove(0, n);
        }
        return c.closeWhenSent ? drop(c) : true;
    }

    // The worker's own deadlines: 408 before a first request head, a plain close after answers.
    bool expire(Connection& c)
    {
        if (c.answered == 0 && c.needed == 0) {
            const QByteArray refusal = RequestScreen::refusal(408);
            (void)native::send(c.socket, refusal.constData(), refusal.size());
            emit m_pool->logLine(RequestScreen::noHeadLogLine(native::peerAddress(c.socket).toString()));
        }
        return drop(c);
    }

    bool drop(Connection& c)
    {
        native::close(c.socket);
        return false;
    }

    bool giveBack(Connection& c)
    {
        m_pool->handBack(c.socket);
        return false;
    }

    bool ocspOn() const
    {
        const Shared& sh = m_pool->m_shared;
        const QReadLocker lock(sh.lock);
        return !sh.responders->isEmpty();
    }

    // The whole HTTP answer to one OCSP request.
    QByteArray respond(const Connection& c, const OcspHttpRequest& request, const QByteArray& body,
                       bool keepAlive)
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
            payload = ocspAnswer(der, &note);
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
            m_pool->m_answered.fetch_add(1, std::memory_order_relaxed); // summed up once a minute
            return out;
        }
        // Logged before the answer leaves: whoever got the answer finds the line already on its way.
        emit m_pool->logLine(
            clientAddress(c, request) +
            (request.post ? QStringLiteral(" POST /ocsp ") : QStringLiteral(" GET /ocsp/… ")) +
            QString::number(status) +
            (note.isEmpty() ? QString() : QStringLiteral(" (") + note + QLatin1Char(')')));
        return out;
    }

    // The DER answer; empty when OCSP is off (`note` says why).
    QByteArray ocspAnswer(const QByteArray& der, QString* note)
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

    QString clientAddress(const Connection& c, const OcspHttpRequest& request) const
    {
        const QHostAddress peer = native::peerAddress(c.socket);
        const QHostAddress& proxy = m_pool->m_shared.trustedProxy;
        if (proxy.isNull() || !peer.isEqual(proxy, QHostAddress::TolerantConversion))
            return peer.toString();
        const QHostAddress last(QString::fromLatin1(request.forwardedFor.split(',').constLast().trimmed()));
        return last.isNull() ? peer.toString() : last.toString();
    }

    OcspWorkerPool* m_pool;
    QByteArray m_peek; // one head's worth, reused
    std::vector<Connection> m_connections;
    qint64 m_acceptPausedUntil = 0;
    std::shared_ptr<Database> m_db;
    std::optional<CertificateStatusQuery> m_query;
};

OcspWorkerPool::OcspWorkerPool(Shared shared, qintptr listener, int threads, HandBack handBack,
                               QObject* parent)
    : QObject(parent), m_shared(std::move(shared)), m_listener(listener), m_handBack(std::move(handBack))
{
    for (int i = 0; i < qMax(1, threads); ++i) {
        QThread* thread = QThread::create([this] {
            Worker worker(this);
            worker.run();
        });
        thread->setObjectName(QStringLiteral("ocsp-%1").arg(i));
        thread->start();
        m_threads.push_back(thread);
    }
}

OcspWorkerPool::~OcspWorkerPool()
{
    m_stop = true;
    for (QThread* thread : m_threads) {
        thread->wait();
        delete thread;
    }
    // Connections the workers handed back meanwhile: closed (m_stop), not leaked.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void OcspWorkerPool::handBack(qintptr descriptor)
{
    QMetaObject::invokeMethod(
        this,
        [this, descriptor] {
            if (m_stop.load() || !m_handBack) {
                native::close(descriptor);
                return;
            }
            m_handBack(descriptor);
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
