#include "OcspHttpRequest.h"

namespace certdesk {
namespace {

bool containsNoCase(QByteArrayView text, QByteArrayView word)
{
    for (qsizetype i = 0; i + word.size() <= text.size(); ++i) {
        if (text.sliced(i, word.size()).compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

std::optional<OcspHttpRequest> OcspHttpRequest::parse(QByteArrayView head)
{
    // Views only (the OCSP workers parse every request): nothing is copied but the target and
    // X-Forwarded-For.
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
    // The request line: exactly three parts separated by single spaces.
    const QByteArrayView line = data.first(eol).trimmed();
    const qsizetype s1 = line.indexOf(' ');
    const qsizetype s2 = s1 < 0 ? -1 : line.indexOf(' ', s1 + 1);
    if (s2 < 0 || line.indexOf(' ', s2 + 1) >= 0)
        return std::nullopt;
    const QByteArrayView method = line.first(s1);
    const QByteArrayView target = line.sliced(s1 + 1, s2 - s1 - 1);
    const QByteArrayView version = line.sliced(s2 + 1);
    OcspHttpRequest r;
    if (version == "HTTP/1.1")
        r.http11 = true;
    else if (version != "HTTP/1.0")
        return std::nullopt;
    if (method == "POST" && target == "/ocsp")
        r.post = true;
    else if (!(method == "GET" && target.startsWith("/ocsp/") && target.size() > 6 && !target.contains('?') &&
               !target.contains('#')))
        return std::nullopt;
    r.target = target.toByteArray();

    bool ocspType = false;
    std::optional<bool> keepAlive;
    const QByteArrayView headers = data.sliced(eol + 1);
    for (qsizetype from = 0; from < headers.size();) {
        qsizetype end = headers.indexOf('\n', from);
        if (end < 0)
            end = headers.size();
        const QByteArrayView raw = headers.sliced(from, end - from);
        from = end + 1;
        const qsizetype colon = raw.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = raw.first(colon).trimmed();
        const QByteArrayView value = raw.sliced(colon + 1).trimmed();
        auto is = [&name](const char* n) { return name.compare(n, Qt::CaseInsensitive) == 0; };
        if (is("content-type"))
            ocspType = value.compare("application/ocsp-request", Qt::CaseInsensitive) == 0;
        else if (is("connection") && containsNoCase(value, "close"))
            keepAlive = false;
        else if (is("connection") && containsNoCase(value, "keep-alive") && keepAlive.value_or(true))
            keepAlive = true;
        else if (is("x-forwarded-for"))
            r.forwardedFor = value.first(qMin<qsizetype>(value.size(), 256)).toByteArray();
        else if (is("expect") || is("upgrade"))
            return std::nullopt; // Qt HTTP Server's business
    }
    if (r.post && !ocspType)
        return std::nullopt; // PortalServer answers 415
    r.wantsClose = !keepAlive.value_or(r.http11);
    return r;
}

} // namespace certdesk
