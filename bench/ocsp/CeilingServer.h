#pragma once
// bench_ocsp's "connection ceiling": the cheapest HTTP server this machine runs with Qt, to show what a new
// connection per request costs by itself. One QTcpServer accepts on the bench's main thread and hands each
// descriptor round robin to N threads; a thread reads the request up to its end (the blank line after the
// head plus Content-Length bytes), writes fixed bytes (one real OCSP answer of the portal, signed once, with
// an HTTP/1.0 head) and closes. No parsing, no screening, no database, no signing.
#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <memory>
#include <vector>

namespace certdesk::bench {

// Whether `request` holds a whole HTTP request: the head up to its blank line and Content-Length bytes.
inline bool wholeRequest(const QByteArray& request)
{
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QByteArray head = request.left(headEnd).toLower();
    const qsizetype at = head.indexOf("content-length:");
    const qint64 length =
        at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
    return request.size() >= headEnd + 4 + length;
}

class CeilingServer final : public QTcpServer
{
public:
    // `body`: the DER OCSP response every request gets.
    CeilingServer(const QByteArray& body, int threads)
        : m_answer("HTTP/1.0 200 OK\r\nContent-Type: application/ocsp-response\r\nConnection: close\r\n"
                   "Content-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body)
    {
        for (int i = 0; i < qMax(1, threads); ++i) {
            auto thread = std::make_unique<QThread>();
            auto context = std::make_unique<QObject>();
            context->moveToThread(thread.get());
            thread->start();
            m_threads.push_back(std::move(thread));
            m_contexts.push_back(std::move(context));
        }
    }
    ~CeilingServer() override
    {
        close();
        for (size_t i = 0; i < m_threads.size(); ++i) {
            QObject* context = m_contexts[i].get();
            // The connections still open: their sockets are the context's children.
            QMetaObject::invokeMethod(
                context, [context] { qDeleteAll(context->findChildren<QTcpSocket*>()); },
                Qt::BlockingQueuedConnection);
            m_threads[i]->quit();
            m_threads[i]->wait();
        }
    }
    int port() const { return serverPort(); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QObject* context = m_contexts[m_next++ % m_contexts.size()].get();
        const QByteArray* answer = &m_answer;
        QMetaObject::invokeMethod(
            context, [context, descriptor, answer] { serve(context, descriptor, *answer); },
            Qt::QueuedConnection);
    }

private:
    // In a worker thread.
    static void serve(QObject* context, qintptr descriptor, const QByteArray& answer)
    {
        auto* socket = new QTcpSocket(context);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        auto request = std::make_shared<QByteArray>();
        QObject::connect(socket, &QIODevice::readyRead, socket, [socket, request, &answer] {
            *request += socket->readAll();
            if (!wholeRequest(*request))
                return;
            QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
            socket->write(answer);
            socket->disconnectFromHost();
        });
    }

    QByteArray m_answer;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<std::unique_ptr<QObject>> m_contexts; // one per thread, living there
    size_t m_next = 0;
};

} // namespace certdesk::bench
