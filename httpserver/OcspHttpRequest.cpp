#include "OcspHttpRequest.h"

#include <QList>

namespace certdesk {

std::optional<OcspHttpRequest> OcspHttpRequest::parse(QByteArrayView head)
{
    qsizetype start = 0; // blank lines before the request line are skipped, as by RequestScreen
    while (start < head.size() && QByteArrayView(" \t\r\n\v").contains(head.at(start)))
        ++start;
    QByteArrayView data = head.sliced(start);
    for (const char* blank : {"\n\r\n", "\n\n"}) { // the headers only, never body bytes
        const qsizetype end = data.indexOf(QByteArrayView(blank));
        if (end >= 0)
            data.truncate(end + 1);
    }
    const qsizetype eol = data.indexOf('\n');
    if (eol < 0)
        return std::nullopt;
    const QList<QByteArray> parts = data.first(eol).toByteArray().trimmed().split(' ');
    if (parts.size() != 3)
        return std::nullopt;
    OcspHttpRequest r;
    r.target = parts.at(1);
    if (parts.at(2) == "HTTP/1.1")
        r.http11 = true;
    else if (parts.at(2) != "HTTP/1.0")
        return std::nullopt;
    if (parts.at(0) == "POST" && r.target == "/ocsp")
        r.post = true;
    else if (!(parts.at(0) == "GET" && r.target.startsWith("/ocsp/") && r.target.size() > 6 &&
               !r.target.contains('?') && !r.target.contains('#')))
        return std::nullopt;

    bool ocspType = false;
    std::optional<bool> keepAlive;
    for (const QByteArray& raw : data.sliced(eol + 1).toByteArray().split('\n')) {
        const qsizetype colon = raw.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = raw.left(colon).trimmed().toLower();
        const QByteArray value = raw.mid(colon + 1).trimmed();
        if (name == "content-type")
            ocspType = value.toLower() == "application/ocsp-request";
        else if (name == "connection" && value.toLower().contains("close"))
            keepAlive = false;
        else if (name == "connection" && value.toLower().contains("keep-alive") && keepAlive.value_or(true))
            keepAlive = true;
        else if (name == "x-forwarded-for")
            r.forwardedFor = value.left(256);
        else if (name == "expect" || name == "upgrade")
            return std::nullopt; // Qt HTTP Server's business
    }
    if (r.post && !ocspType)
        return std::nullopt; // PortalServer answers 415
    r.wantsClose = !keepAlive.value_or(r.http11);
    return r;
}

} // namespace certdesk
