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
    int headTimeoutMs = 30 * 1000;        // the whole head must arrive within this
    int connectionDeadlineMs = 60 * 1000; // every connection is closed after this (one request each)
};

class RequestScreen
{
    Q_DECLARE_TR_FUNCTIONS(RequestScreen)
public:
    using Pass = std::function<void(QTcpSocket*)>;
    using Log = std::function<void(const QString&)>;

    // Watches `socket` until its request head is complete; then calls `pass` (the socket is handed to Qt
    // HTTP Server) or answers with an error status, logs one line and closes the connection.
    static void screen(QTcpSocket* socket, const RequestLimits& limits, const Pass& pass, const Log& log);

    // What the screen decides about a complete or partial head (exposed for unit tests): 0 = pass, -1 =
    // wait for more, otherwise the HTTP status to refuse with.
    static int verdict(QByteArrayView peeked, const RequestLimits& limits, qint64* contentLength = nullptr);
};

// A QTcpServer / QSslServer whose connections reach Qt HTTP Server only after RequestScreen passed them.
// QAbstractHttpServer takes connections through nextPendingConnection(): new ones are screened instead, and
// a passed one is queued again for it.
template <class Base> class ScreenedServer final : public Base
{
public:
    ScreenedServer(RequestLimits limits, RequestScreen::Log log, QObject* parent = nullptr)
        : Base(parent), m_limits(limits), m_log(std::move(log))
    {
    }

    QTcpSocket* nextPendingConnection() override
    {
        while (QTcpSocket* socket = Base::nextPendingConnection()) {
            if (socket->property(kPassed).toBool())
                return socket;
            RequestScreen::screen(
                socket, m_limits, [this](QTcpSocket* s) { handOver(s); }, m_log);
        }
        return nullptr;
    }

private:
    static constexpr const char* kPassed = "certdeskScreened";

    void handOver(QTcpSocket* socket)
    {
        socket->setProperty(kPassed, true);
        this->addPendingConnection(
            socket); // QAbstractHttpServer takes it at once (pendingConnectionAvailable)
        // The head is already buffered: no new readyRead would come for a request that arrived whole.
        QMetaObject::invokeMethod(socket, &QAbstractSocket::readyRead, Qt::QueuedConnection);
    }

    RequestLimits m_limits;
    RequestScreen::Log m_log;
};

} // namespace certdesk
