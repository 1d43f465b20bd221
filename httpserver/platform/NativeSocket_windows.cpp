// Winsock before windows.h (which would otherwise bring the old winsock.h): kept apart from the sorted block.
#include <winsock2.h>

#include <windows.h>
#include <ws2tcpip.h>

#include "NativeSocket.h"

// Winsock is started by Qt (QTcpServer opened the listening socket) before any of this runs.
namespace certdesk::native {
namespace {

bool wouldBlock()
{
    const int e = WSAGetLastError();
    return e == WSAEWOULDBLOCK || e == WSAEINTR;
}

} // namespace

Socket acceptConnection(Socket listener, bool* failed)
{
    *failed = false;
    for (;;) {
        const SOCKET s = ::accept(SOCKET(listener), nullptr, nullptr);
        if (s == INVALID_SOCKET) {
            if (WSAGetLastError() == WSAECONNRESET)
                continue; // a connection reset before it was taken
            *failed = !wouldBlock();
            return InvalidSocket;
        }
        u_long nonBlocking = 1;
        if (::ioctlsocket(s, FIONBIO, &nonBlocking) != 0 ||
            !::SetHandleInformation(HANDLE(s), HANDLE_FLAG_INHERIT, 0)) {
            ::closesocket(s);
            *failed = true;
            return InvalidSocket;
        }
        return Socket(s);
    }
}

qint64 receive(Socket socket, char* data, qint64 size, bool peek)
{
    const int n = ::recv(SOCKET(socket), data, int(qMin<qint64>(size, 1 << 30)), peek ? MSG_PEEK : 0);
    if (n != SOCKET_ERROR)
        return qint64(n);
    return wouldBlock() ? WouldBlock : Failed;
}

qint64 send(Socket socket, const char* data, qint64 size)
{
    const int n = ::send(SOCKET(socket), data, int(qMin<qint64>(size, 1 << 30)), 0);
    if (n != SOCKET_ERROR)
        return qint64(n);
    return wouldBlock() ? WouldBlock : Failed;
}

void close(Socket socket)
{
    (void)::closesocket(SOCKET(socket));
}

QHostAddress peerAddress(Socket socket)
{
    sockaddr_storage address{};
    int length = sizeof address;
    if (::getpeername(SOCKET(socket), reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr*>(&address));
}

bool poll(std::vector<PollEntry>& entries, int timeoutMs)
{
    std::vector<WSAPOLLFD> fds(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        fds[i].fd = SOCKET(entries[i].socket);
        fds[i].events =
            short((entries[i].wantRead ? POLLRDNORM : 0) | (entries[i].wantWrite ? POLLWRNORM : 0));
    }
    const int n = ::WSAPoll(fds.data(), ULONG(fds.size()), timeoutMs);
    if (n == SOCKET_ERROR)
        return false;
    for (size_t i = 0; i < entries.size(); ++i) {
        const short r = n > 0 ? fds[i].revents : short(0);
        entries[i].readable = (r & (POLLRDNORM | POLLHUP | POLLERR | POLLNVAL)) != 0;
        entries[i].writable = (r & (POLLWRNORM | POLLERR | POLLHUP)) != 0;
    }
    return true;
}

} // namespace certdesk::native
