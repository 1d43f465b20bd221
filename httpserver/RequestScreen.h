#pragma once
// Screens every new connection of the portal before Qt HTTP Server reads from it. Qt HTTP Server 6.4 reads a
// whole request body into memory before the application sees any of it, so a 40 MiB POST would cost the
// portal twice that. The screen peeks at the request head (without consuming it): a Content-Length above
// the body limit gets 413, a chunked body 411, a head longer than the head limit (or none within the
// timeout) 431 / a closed connection — before a byte of the body is read. Accepted connections keep a read
// buffer of at most head + body limit and are closed when they outlive the connection deadline.
#include <QCoreApplication>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

namespace certdesk {

struct RequestLimits
{
    qint64 maxHeadBytes = 32 * 1024; // request line + headers
    qint64 maxBodyBytes = 64 * 1024;
    int headTimeoutMs = 30 * 1000; // the whole head must arrive within this
    // Every connection is closed after this; one kept alive for OCSP (OcspWorkerPool) is answered with
    // "Connection: close" from 5 s before it on.
    int connectionDeadlineMs = 60 * 1000;
};

class RequestScreen
{
    Q_DECLARE_TR_FUNCTIONS(RequestScreen)
public:
    // Gets the socket and the request head as peeked (nothing of it consumed).
    using Pass = std::function<void(QTcpSocket*, const QByteArray& head)>;
    using Log = std::function<void(const QString&)>;

    // Watches `socket` until its request head is complete; then calls `pass` (the socket is handed to Qt
    // HTTP Server) or answers with an error status, logs one line and closes the connection.
    static void screen(QTcpSocket* socket, const RequestLimits& limits, const Pass& pass, const Log& log);

    // What the screen decides about a complete or partial head (exposed for unit tests): 0 = pass, -1 =
    // wait for more, otherwise the HTTP status to refuse with.
    // `headBytes`: on 0, the bytes up to and including the blank line that ends the head (leading blank
    // lines included), i.e. where the body starts. Every request of a kept-alive connection goes through it.
    static int verdict(QByteArrayView peeked, const RequestLimits& limits, qint64* contentLength = nullptr,
                       qsizetype* headBytes = nullptr);
    // The answer to a refusal with `status` (a verdict, or 408), "Connection: close".
    static QByteArray refusal(int status);
    // The log line of a connection that sent no complete request head within the head timeout.
    static QString noHeadLogLine(const QString& peer);
    // Answers `status` (a verdict), logs `logLine`, drops what the client still sends for a moment and
    // closes the connection; the socket deletes itself once disconnected.
    static void refuse(QTcpSocket* socket, int status, const QString& logLine, const Log& log);
};

// A QTcpServer / QSslServer whose connections reach Qt HTTP Server only after RequestScreen passed them.
// QAbstractHttpServer takes connections through nextPendingConnection(): new ones are screened instead, and
// a passed one is queued again for it. The plain server of a portal with OCSP workers does not accept
// itself (pauseAccepting): the workers accept on its socket and give it the connections that are not theirs,
// nothing of them consumed (takeConnection), which are then screened here like any other.
template <class Base> class ScreenedServer final : public Base
{
public:
    ScreenedServer(RequestLimits limits, RequestScreen::Log log, QObject* parent = nullptr)
        : Base(parent), m_limits(limits), m_log(std::move(log))
    {
    }
    // From now on the server does not accept itself: others accept on its socket (socketDescriptor()).
    void leaveAcceptingToOthers()
    {
        m_othersAccept = true;
        this->pauseAccepting();
    }
    // A connection accepted elsewhere (an OCSP worker), of this server's thread now: as if accepted here.
    void takeConnection(qintptr descriptor) { Base::incomingConnection(descriptor); }

    QTcpSocket* nextPendingConnection() override
    {
        while (QTcpSocket* socket = Base::nextPendingConnection()) {
            if (m_othersAccept) // QTcpServer::nextPendingConnection() resumes accepting
                this->pauseAccepting();
            if (socket->property(kPassed).toBool())
                return socket;
            RequestScreen::screen(
                socket, m_limits, [this](QTcpSocket* s, const QByteArray&) { pass(s); }, m_log);
        }
        return nullptr;
    }

    // Queues `socket` (of this server's thread, its request head passed and nothing of it consumed) for Qt
    // HTTP Server.
    void pass(QTcpSocket* socket)
    {
        socket->setProperty(kPassed, true);
        this->addPendingConnection(
            socket); // QAbstractHttpServer takes it at once (pendingConnectionAvailable)
        // The head is already buffered: no new readyRead would come for a request that arrived whole.
        QMetaObject::invokeMethod(socket, &QAbstractSocket::readyRead, Qt::QueuedConnection);
    }

private:
    static constexpr const char* kPassed = "certdeskScreened";

    RequestLimits m_limits;
    RequestScreen::Log m_log;
    bool m_othersAccept = false;
};

} // namespace certdesk
