#include "NativeSocket.h"

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace certdesk::native {
namespace {

#ifdef MSG_NOSIGNAL
constexpr int SendFlags = MSG_NOSIGNAL;
#else
constexpr int SendFlags = 0; // SO_NOSIGPIPE is set on every accepted socket instead (macOS)
#endif

bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
}

} // namespace

Socket acceptConnection(Socket listener, bool* failed)
{
    *failed = false;
    for (;;) {
#ifdef __linux__
        const int s = ::accept4(int(listener), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
#else
        const int s = ::accept(int(listener), nullptr, nullptr);
#endif
        if (s < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            *failed = !wouldBlock();
            return InvalidSocket;
        }
#ifndef __linux__
        if (::fcntl(s, F_SETFD, FD_CLOEXEC) != 0 ||
            ::fcntl(s, F_SETFL, ::fcntl(s, F_GETFL) | O_NONBLOCK) != 0) {
            ::close(s);
            *failed = true;
            return InvalidSocket;
        }
#endif
#ifdef SO_NOSIGPIPE
        const int one = 1;
        (void)::setsockopt(s, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
#endif
        return s;
    }
}

qint64 receive(Socket socket, char* data, qint64 size, bool peek)
{
    for (;;) {
        const ssize_t n = ::recv(int(socket), data, size_t(size), peek ? MSG_PEEK : 0);
        if (n >= 0)
            return qint64(n);
        if (errno == EINTR)
            continue;
        return wouldBlock() ? WouldBlock : Failed;
    }
}

qint64 send(Socket socket, const char* data, qint64 size)
{
    for (;;) {
        const ssize_t n = ::send(int(socket), data, size_t(size), SendFlags);
        if (n >= 0)
            return qint64(n);
        if (errno == EINTR)
            continue;
        return wouldBlock() ? WouldBlock : Failed;
    }
}

void close(Socket socket)
{
    (void)::close(int(socket));
}

QHostAddress peerAddress(Socket socket)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(int(socket), reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr*>(&address));
}

bool poll(std::vector<PollEntry>& entries, int timeoutMs)
{
    std::vector<pollfd> fds(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        fds[i].fd = int(entries[i].socket);
        fds[i].events = short((entries[i].wantRead ? POLLIN : 0) | (entries[i].wantWrite ? POLLOUT : 0));
    }
    int n = ::poll(fds.data(), nfds_t(fds.size()), timeoutMs);
    if (n < 0 && errno != EINTR)
        return false;
    for (size_t i = 0; i < entries.size(); ++i) {
        const short r = n > 0 ? fds[i].revents : short(0);
        entries[i].readable = (r & (POLLIN | POLLHUP | POLLERR | POLLNVAL)) != 0;
        entries[i].writable = (r & (POLLOUT | POLLERR | POLLHUP)) != 0;
    }
    return true;
}

} // namespace certdesk::native
