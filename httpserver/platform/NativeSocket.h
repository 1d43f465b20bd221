#pragma once
// The few socket calls the portal's OCSP workers make themselves (OcspWorkerPool): Qt's sockets cost a
// socket object, notifiers, timers and several system calls per connection, which capped OCSP over a new
// connection per request (what nginx's ssl_ocsp does) near OpenSSL's own responder. The workers accept on
// the portal's listening socket (opened by QTcpServer), peek, receive, send and poll with these, and hand
// every connection that is not theirs back to Qt untouched (nothing consumed). One implementation per
// platform: NativeSocket_posix.cpp, NativeSocket_windows.cpp.
#include <QHostAddress>
#include <QtGlobal>

#include <vector>

namespace certdesk::native {

using Socket = qintptr; // a file descriptor (POSIX) or a SOCKET (Windows)
constexpr Socket InvalidSocket = -1;

// Results of receive() and send() besides a byte count.
constexpr qint64 WouldBlock = -1;
constexpr qint64 Failed = -2;

// One pending connection of the non-blocking `listener`: non-blocking, not inherited by child processes,
// never raising SIGPIPE. InvalidSocket when none is pending (another thread may have taken it) or on error;
// `failed` says which (e.g. out of file descriptors: the connection stays pending).
Socket acceptConnection(Socket listener, bool* failed);
// Up to `size` bytes: the count (0 = the peer closed), WouldBlock or Failed. `peek`: left in the socket.
qint64 receive(Socket socket, char* data, qint64 size, bool peek);
// The bytes sent (maybe fewer than `size`), WouldBlock or Failed.
qint64 send(Socket socket, const char* data, qint64 size);
void close(Socket socket);
// The connection's peer; null on error.
QHostAddress peerAddress(Socket socket);

struct PollEntry
{
    Socket socket = InvalidSocket;
    bool wantRead = true;
    bool wantWrite = false;
    // Set by poll():
    bool readable = false; // includes: closed or failed (the next receive() says which)
    bool writable = false;
};
// Waits up to `timeoutMs` for one of `entries` to become ready; false when the wait itself failed.
bool poll(std::vector<PollEntry>& entries, int timeoutMs);

} // namespace certdesk::native
