#pragma once
// The portal's OCSP answers on several threads. Qt HTTP Server answers on the main thread only, and a
// responder behind nginx's ssl_ocsp is asked on every handshake of every device, each time on a new
// connection. Over plain HTTP the portal's server opens the listening socket and stops accepting itself;
// N worker threads accept on that socket, each running its own loop over native sockets
// (platform/NativeSocket.h — a Qt socket, its notifiers and timers cost more than the whole OCSP answer).
// A worker peeks at a new connection's first request head without consuming it and screens it with
// RequestScreen::verdict. An OCSP request (POST /ocsp, GET /ocsp/BASE64; OcspHttpRequest) while OCSP is on
// is read and answered there; every other connection — another page, a refusal to give (413, 411, 431,
// 400), a head that did not arrive whole at once, OCSP off — goes back to the main thread with nothing of it
// consumed (handBack) and is screened and answered there exactly as without workers. A connection that
// sends nothing within the head timeout is refused (408) by the worker, as by the screen.
// Each worker has its own database connection (its own Database object, opened and closed in that thread)
// and its own prepared status query; all sign with the same responders (OcspResponderSet; const use is
// thread-safe) and share one response cache (OcspResponseCache re-checks every status before it serves
// cached bytes, so an answer is never staler than the database). A worker keeps an HTTP/1.1 connection alive
// and screens every further request on it exactly as the first one; a further request that is not an OCSP
// request closes the connection (the client connects again), and one to refuse goes to the main thread.
// Successful answers are only counted (PortalServer logs one summary line a minute); anything else is one
// log line, as on the main thread.
#include "RequestScreen.h"
#include "ocsp/OcspResponseCache.h"
#include "store/DatabaseUrl.h"
#include "util/Clock.h"

#include <QHostAddress>
#include <QObject>
#include <QReadWriteLock>

#include <atomic>
#include <functional>
#include <vector>

class QThread;

namespace certdesk {

class CertificateStatusQuery;

class OcspWorkerPool : public QObject
{
    Q_OBJECT
public:
    // What the workers read; owned by the caller (PortalServer), which changes `responders` and `problem`
    // only while it holds `lock` for writing.
    struct Shared
    {
        const OcspResponderSet* responders = nullptr;
        const QString* problem = nullptr; // why OCSP is off, when `responders` is empty
        QReadWriteLock* lock = nullptr;
        OcspResponseCache* cache = nullptr;
        const Clock* clock = nullptr;
        DatabaseUrl url;
        RequestLimits limits;
        QHostAddress trustedProxy; // as PortalOptions::trustedProxy (for log lines)
    };

    // Gets, on the pool's thread, a connection the workers accepted and give back, nothing of it consumed.
    using HandBack = std::function<void(qintptr descriptor)>;

    // Starts `threads` worker threads (at least 1) accepting on `listener` (the listening socket of a
    // QTcpServer of the pool's thread that no longer accepts itself, open until the pool is destroyed).
    OcspWorkerPool(Shared shared, qintptr listener, int threads, HandBack handBack,
                   QObject* parent = nullptr);
    // Stops the workers (within a tenth of a second) and closes their connections; connections on their way
    // back are closed too.
    ~OcspWorkerPool() override;

    int threadCount() const { return int(m_threads.size()); }
    // Successful OCSP answers since the last call.
    qint64 takeAnswered() { return m_answered.exchange(0, std::memory_order_relaxed); }

    // The status of one serial for CA `caId`: Unavailable (and `error` set, when empty) when the database
    // cannot be asked — the answer is then tryLater, never "unknown".
    static OcspCertStatus statusOf(CertificateStatusQuery& query, qint64 caId, const QString& serialHex,
                                   QString* error);

signals:
    void logLine(const QString& line); // emitted from the worker threads

private:
    class Worker;
    friend class Worker;

    void handBack(qintptr descriptor); // from a worker's thread

    Shared m_shared;
    qintptr m_listener;
    HandBack m_handBack;
    std::atomic<bool> m_stop{false}; // the workers end; connections still coming back are closed
    std::vector<QThread*> m_threads;
    std::atomic<qint64> m_answered{0};
};

} // namespace certdesk
