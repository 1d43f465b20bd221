#pragma once
// The head of one HTTP request to the OCSP responder, parsed for the portal's OCSP workers
// (OcspWorkerPool): only the two forms of RFC 6960 appendix A.1 are taken — POST /ocsp with
// Content-Type application/ocsp-request, GET /ocsp/BASE64 — anything else stays with Qt HTTP Server
// (PortalServer), which answers it as before. The head has passed RequestScreen::verdict already.
#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace certdesk {

struct OcspHttpRequest
{
    bool post = false;       // POST /ocsp; else GET /ocsp/BASE64
    QByteArray target;       // the request target as sent
    bool http11 = false;     // HTTP/1.1 (else 1.0)
    bool wantsClose = false; // Connection: close (1.1) / no Connection: keep-alive (1.0)
    QByteArray forwardedFor; // X-Forwarded-For as sent (for the log line only)

    // The request when `head` (request line + headers, with or without the blank line) is one of the two
    // forms; nullopt otherwise (another path or method, another content type, a malformed line).
    static std::optional<OcspHttpRequest> parse(QByteArrayView head);
    // Whether the connection stays open after the answer (HTTP/1.1 without Connection: close, or HTTP/1.0
    // with Connection: keep-alive).
    bool keepAlive() const { return !wantsClose; }
};

} // namespace certdesk
