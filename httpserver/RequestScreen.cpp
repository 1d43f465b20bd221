#include "RequestScreen.h"

#include <QHostAddress>
#include <QTimer>

namespace certdesk {
namespace {

constexpr int LingerMs = 2000; // after a refusal: read and drop what the client still sends, then close

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    default:
        return "Request Header Fields Too Large";
    }
}

QString refusalText(int status)
{
    switch (status) {
    case 411:
        return RequestScreen::tr("The request must give its length (Content-Length).");
    case 413:
        return RequestScreen::tr("The request is too large.");
    case 408:
        return RequestScreen::tr("The request did not arrive in time.");
    case 400:
        return RequestScreen::tr("Bad request.");
    default:
        return RequestScreen::tr("The request headers are too large.");
    }
}

// The request line as far as it arrived, for the log (never the query or a download token).
QString requestLineForLog(QByteArrayView head)
{
    const qsizetype eol = head.indexOf('\n');
    const QList<QByteArray> parts =
        head.first(eol < 0 ? head.size() : eol).toByteArray().trimmed().split(' ');
    QString path = QString::fromLatin1(parts.value(1).left(80));
    path.truncate(path.indexOf(QLatin1Char('?')) < 0 ? path.size() : path.indexOf(QLatin1Char('?')));
    if (path.startsWith(QLatin1String("/download/")))
        path = QStringLiteral("/download/…");
    return QString::fromLatin1(parts.value(0).left(10)) + QLatin1Char(' ') + path;
}

} // namespace

QByteArray RequestScreen::refusal(int status)
{
    const QByteArray body = refusalText(status).toUtf8() + '\n';
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
           "\r\nContent-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\n"
           "Cache-Control: no-store\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QString RequestScreen::noHeadLogLine(const QString& peer)
{
    return peer + QStringLiteral(" - 408 (no complete request head)");
}

void RequestScreen::refuse(QTcpSocket* socket, int status, const QString& logLine, const Log& log)
{
    socket->write(refusal(status));
    if (log)
        log(logLine);
    // Closing at once with unread data makes the kernel reset the connection, and the client may lose the
    // answer: drop what still comes for a moment (the read buffer is bounded), then close.
    socket->setReadBufferSize(16 * 1024);
    QObject::connect(socket, &QIODevice::readyRead, socket,
                     [socket] { (void)socket->skip(socket->bytesAvailable()); });
    (void)socket->skip(socket->bytesAvailable());
    QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(LingerMs, socket, [socket] { socket->disconnectFromHost(); });
}

int RequestScreen::verdict(QByteArrayView peeked, const RequestLimits& limits, qint64* contentLength,
                           qsizetype* headBytes)
{
    // Qt HTTP Server skips blank lines and white space before the request line; so does the screen.
    // Views only, nothing copied: the OCSP workers run this on every request.
    qsizetype start = 0;
    while (start < peeked.size() && QByteArrayView(" \t\r\n\v").contains(peeked.at(start)))
        ++start;
    const QByteArrayView data = peeked.sliced(start);
    const qsizetype lineEnd = data.indexOf('\n');
    qsizetype headEnd = -1;
    if (lineEnd >= 0) {
        const qsizetype crlf = data.indexOf(QByteArrayView("\n\r\n"), lineEnd);
        const qsizetype lf = data.indexOf(QByteArrayView("\n\n"), lineEnd);
        headEnd = crlf < 0 ? lf : (lf < 0 ? crlf : qMin(crlf, lf));
    }
    if (headEnd < 0)
        return peeked.size() > limits.maxHeadBytes ? 431 : -1;
    if (headEnd > limits.maxHeadBytes)
        return 431;

    const QByteArrayView head = data.first(headEnd);
    std::optional<qint64> length;
    // The header lines: every line after the request line.
    for (qsizetype at = head.indexOf('\n'); at >= 0;) {
        const qsizetype from = at + 1;
        at = head.indexOf('\n', from);
        const QByteArrayView line = head.sliced(from, (at < 0 ? head.size() : at) - from);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (value.compare("identity", Qt::CaseInsensitive) != 0)
                return 411;
        } else if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (length && *length != n))
                return 400;
            length = n;
        }
    }
    if (contentLength)
        *contentLength = length.value_or(0);
    if (headBytes) // headEnd is the '\n' before the blank line
        *headBytes = start + headEnd + (data.at(headEnd + 1) == '\r' ? 3 : 2);
    if (length.value_or(0) > limits.maxBodyBytes)
        return 413;
    return 0;
}

void RequestScreen::screen(QTcpSocket* socket, const RequestLimits& limits, const Pass& pass, const Log& log)
{
    // Never more than one whole permitted request in memory, whatever the client sends.
    socket->setReadBufferSize(limits.maxHeadBytes + limits.maxBodyBytes + 1024);
    auto* deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, socket, [socket] { socket->abort(); });
    deadline->start(limits.connectionDeadlineMs);

    auto* watch = new QObject(socket); // the screen's connections and timer; deleted when it decides
    const QString peer = socket->peerAddress().toString();
    QObject::connect(socket, &QAbstractSocket::disconnected, watch, [socket] { socket->deleteLater(); });
    auto* headTimer = new QTimer(watch);
    headTimer->setSingleShot(true);
    QObject::connect(headTimer, &QTimer::timeout, watch, [socket, watch, peer, log] {
        delete watch;
        refuse(socket, 408, noHeadLogLine(peer), log);
    });
    headTimer->start(limits.headTimeoutMs);

    auto check = [socket, watch, limits, pass, log, peer] {
        const QByteArray head = socket->peek(limits.maxHeadBytes + 8);
        qint64 length = 0;
        const int v = verdict(head, limits, &length);
        if (v < 0)
            return;
        delete watch; // no more screening of this connection (Qt keeps this slot alive until it returns)
        if (v == 0) {
            pass(socket, head);
            return;
        }
        QString line =
            peer + QLatin1Char(' ') + requestLineForLog(head) + QLatin1Char(' ') + QString::number(v);
        if (v == 413)
            line += QStringLiteral(" (Content-Length %1)").arg(length);
        refuse(socket, v, line, log);
    };
    QObject::connect(socket, &QIODevice::readyRead, watch, check);
    if (socket->bytesAvailable() > 0) // e.g. read with the TLS handshake
        QMetaObject::invokeMethod(watch, check, Qt::QueuedConnection);
}

} // namespace certdesk
