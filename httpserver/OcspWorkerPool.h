#pragma once
// The portal's OCSP answers on several threads. Qt HTTP Server answers on the main thread only, and a
// responder behind nginx's ssl_ocsp is asked on every handshake of every device, each time on a new
// connection. The portal's plain-HTTP server only accepts (on the main thread) and hands every new
// connection's descriptor to this pool (accept()): N worker threads, round robin, each makes the socket in
// its own thread, screens its first request head exactly as RequestScreen does on the main thread (same
// limits, refusals and log lines) and answers it when it is an OCSP request (POST /ocsp, GET /ocsp/BASE64;
// OcspHttpRequest) while OCSP is on. Any other connection that passed the screen goes back to the main thread
// with nothing of it consumed (the head is only peeked) and reaches Qt HTTP Server unchanged (handBack).
// Each worker has its own database connection (its own Database object, opened and closed in that thread)
// and its own prepared status query; all sign with the same responders (OcspResponderSet; const use is
// thread-safe) and share one response cache (OcspResponseCache re-checks every status before it serves
// cached bytes, so an answer is never staler than the database). A worker keeps an HTTP/1.1 connection alive
// and screens every further request on it exactly as the first one; a request that is not an OCSP request
// on such a connection closes it (the client connects again and reaches Qt HTTP Server).
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

    // Gets, on the pool's thread, a connection whose first request head passed the screen but is not the
    // workers' (not OCSP, or OCSP is off): moved to the pool's thread, nothing of it consumed. One that
    // closed on the way is deleted instead.
    using HandBack = std::function<void(QTcpSocket*)>;

    // Starts `threads` worker threads (at least 1).
    OcspWorkerPool(Shared shared, int threads, HandBack handBack, QObject* parent = nullptr);
    // Closes every connection of the workers and stops their threads; connections on their way back are
    // closed too.
    ~OcspWorkerPool() override;

    // Takes a new connection's descriptor (accepted on the pool's thread, nothing read from it) to the next
    // worker.
    void accept(qintptr descriptor);
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

    void handBack(QTcpSocket* socket); // from a worker's thread

    Shared m_shared;
    HandBack m_handBack;
    bool m_closing = false;
    std::vector<QThread*> m_threads;
    std::vector<Worker*> m_workers;
    size_t m_next = 0;
    std::atomic<qint64> m_answered{0};
};

} // namespace certdesk
