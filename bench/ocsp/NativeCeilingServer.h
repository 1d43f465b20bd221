#pragma once
// bench_ocsp's second "connection ceiling": the cheapest HTTP server this machine runs with the native socket
// calls the portal's OCSP workers use (httpserver/platform/NativeSocket.h). A QTcpServer only opens the
// listening socket; N threads poll it, accept, read the request up to its end (the blank line after the head
// plus Content-Length bytes), write fixed bytes (one real OCSP answer of the portal) and close — one
// connection at a time per thread. No parsing, no screening, no database, no signing.
#include "CeilingServer.h"
#include "platform/NativeSocket.h"

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>

#include <atomic>
#include <thread>
#include <vector>

namespace certdesk::bench {

class NativeCeilingServer
{
public:
    // `body`: the DER OCSP response every request gets.
    NativeCeilingServer(const QByteArray& body, int threads)
        : m_answer("HTTP/1.0 200 OK\r\nContent-Type: application/ocsp-response\r\nConnection: close\r\n"
                   "Content-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body),
          m_threadCount(qMax(1, threads))
    {
    }
    ~NativeCeilingServer()
    {
        m_stop = true;
        for (std::thread& t : m_threads)
            t.join();
        m_server.close();
    }
    bool listen()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return false;
        m_server.pauseAccepting();
        for (int i = 0; i < m_threadCount; ++i)
            m_threads.emplace_back([this] { run(); });
        return true;
    }
    int port() const { return m_server.serverPort(); }

private:
    void run()
    {
        std::vector<native::PollEntry> listener{{m_server.socketDescriptor(), true, false}};
        while (!m_stop.load(std::memory_order_relaxed)) {
            if (!native::poll(listener, 100))
                return;
            if (!listener.front().readable)
                continue;
            bool failed = false;
            const native::Socket s = native::acceptConnection(m_server.socketDescriptor(), &failed);
            if (s != native::InvalidSocket)
                serve(s);
        }
    }

    void serve(native::Socket s)
    {
        QByteArray request;
        char buf[4096];
        std::vector<native::PollEntry> one{{s, true, false}};
        for (int waits = 0; waits < 20; ++waits) {
            const qint64 n = native::receive(s, buf, sizeof buf, false);
            if (n == native::WouldBlock) {
                (void)native::poll(one, 100);
                continue;
            }
            if (n <= 0)
                break;
            request.append(buf, n);
            if (!wholeRequest(request))
                continue;
            for (qsizetype sent = 0; sent < m_answer.size();) {
                const qint64 w = native::send(s, m_answer.constData() + sent, m_answer.size() - sent);
                if (w == native::WouldBlock) {
                    one.front() = {s, false, true};
                    (void)native::poll(one, 100);
                    continue;
                }
                if (w < 0)
                    break;
                sent += w;
            }
            break;
        }
        native::close(s);
    }

    QByteArray m_answer;
    int m_threadCount;
    QTcpServer m_server;
    std::atomic<bool> m_stop{false};
    std::vector<std::thread> m_threads;
};

} // namespace certdesk::bench
