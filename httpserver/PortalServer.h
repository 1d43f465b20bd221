#pragma once
// certdesk-portal's HTTP server on Qt HTTP Server, sharing the CertDesk database:
//   GET  /download/TOKEN   the download page (Japanese or English by Accept-Language)
//   POST /download/TOKEN   login_id=... -> the .p12 (Content-Disposition LOGIN-DEVICE.p12) or a refusal
//   GET  /ca.pem, /ca.crt  the CA certificate (PEM, DER)
//   GET  /crl              the newest CRL (DER)
//   POST /ocsp, GET /ocsp/BASE64   OCSP (RFC 6960) for every CA of the database whose certificate has not
//                          expired (the active one and those `ca import` replaced), each through its own
//                          delegated OCSP-signing certificate; a new CA is noticed within caCheckSecs.
//                          Over plain HTTP worker threads accept every new connection, answer OCSP and
//                          keep HTTP/1.1 connections alive, and hand the others back to Qt HTTP Server
//                          on the main thread (OcspWorkerPool); over TLS and when ocspThreads
//                          is -1, everything is screened and answered here, one request per connection
// Everything else is 4xx; malformed or oversized requests never reach the database, and a body larger than
// 64 KiB is refused from its Content-Length before it is read (RequestScreen).
// The CA keys are unlocked only to issue OCSP-signing certificates and to sign CRLs, and forgotten right
// after: between signings the process holds only the OCSP signers' keys.
// Used headless by app/portal (certdesk-portal) and in-process by the desktop app.
#include "download/DownloadService.h"
#include "download/LoginAttemptLimiter.h"
#include "ocsp/OcspResponderSet.h"
#include "ocsp/OcspResponseCache.h"
#include "revocation/CrlSchedule.h"
#include "session/WorkflowContext.h"
#include "store/CertificateStatusQuery.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QReadWriteLock>
#include <QTimer>
#include <QTranslator>
#include <memory>
#include <optional>

namespace certdesk {

struct PortalOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443; // 0: any free port
    QString tlsCertFile; // PEM; both or neither
    QString tlsKeyFile;
    int ocspSignerDays = 30;
    // How often the CRL schedule is checked (when the CA can be unlocked quietly); with follow() also
    // within a second of every revocation.
    int crlCheckSecs = 600;
    int caCheckSecs = 5; // how often the CA table is checked for a new CA (OCSP signers for it)
    // Refuse to listen on an address other than loopback without TLS (the desktop's in-process portal):
    // download tokens and .p12 files must not cross a network in clear text.
    bool plainHttpOnlyOnLoopback = false;
    // A reverse proxy in front (e.g. nginx on the same host): requests from this address are recorded with
    // the client address it puts last in X-Forwarded-For. Null: the connection's address is the client's.
    QHostAddress trustedProxy;
    // Threads answering OCSP over plain HTTP (OcspWorkerPool): 0 = one per core, at least 2; -1 = none (Qt
    // HTTP Server answers OCSP on the main thread, as over TLS).
    int ocspThreads = 0;
};

class OcspWorkerPool;

class PortalServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // `ctx` provides the database, the clock and (quiet passphrase provider) the CA for OCSP and CRLs.
    explicit PortalServer(std::shared_ptr<WorkflowContext> ctx, QObject* parent = nullptr);
    ~PortalServer() override;

    // Listens; issues the OCSP-signing certificate when the CA can be unlocked (else OCSP is off and
    // ocspProblem() says why). Translated error when it cannot listen.
    Status start(const PortalOptions& options);
    void stop();
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString baseUrl() const; // http(s)://ADDRESS:PORT
    bool ocspEnabled() const { return !m_ocsp.isEmpty(); }
    QString ocspProblem() const { return m_ocspProblem; } // why OCSP is off for the active CA
    QList<qint64> ocspCaIds() const { return m_ocsp.caIds(); }
    // Issues the OCSP-signing certificates that are missing or within 7 days of expiry, one per CA in use,
    // and drops those of CAs gone or expired (start(), a new CA, periodically). The CA keys are forgotten
    // afterwards. Error: the active CA's (OCSP is off for it).
    Status renewOcspSigner();
    // Reloads the OCSP signers when the CA table changed since the last look (at most every caCheckSecs
    // unless `force`); true when it changed.
    bool refreshIfCasChanged(bool force = false);
    // Follows the database's changes (another desktop, the CLI): re-signs and publishes the CRL within a
    // second of a revocation committed anywhere (CrlSchedule::follow) and reloads the OCSP signers when a
    // CA was created or imported. The feed must outlive the server or be stopped first.
    void follow(ChangeFeed* feed);
    const CrlSchedule& crlSchedule() const { return m_crlSchedule; }
    static bool isLoopback(const QHostAddress& address);

signals:
    // One line per request or event, for stderr / the GUI; successful OCSP answers are summed up in one line
    // a minute (a responder behind nginx answers every handshake of every device).
    void logLine(const QString& line);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Reply;
    Reply route(const QHttpServerRequest& request);
    Reply download(const QHttpServerRequest& request, const QByteArray& path);
    Reply ocsp(const QHttpServerRequest& request, const QByteArray& path);
    Reply caCertificate(bool pem);
    Reply crl();
    void periodic();
    QString languageOf(const QHttpServerRequest& request) const;
    QString clientAddress(const QHttpServerRequest& request) const;

    std::shared_ptr<WorkflowContext> m_ctx;
    DownloadService m_downloads;
    LoginAttemptLimiter m_limiter;
    OcspResponderSet m_ocsp;
    // Signed answers to nonce-less requests, served again only while every status in them is unchanged.
    OcspResponseCache m_ocspCache;
    // Held for writing while m_ocsp or m_ocspProblem change (the OCSP workers read them); the main thread
    // reads them without it.
    QReadWriteLock m_ocspLock;
    std::optional<CertificateStatusQuery> m_statusQuery; // the main thread's prepared status query
    // Successful OCSP answers since the last summary line: one log line a minute instead of one a request.
    qint64 m_ocspAnswered = 0;
    qint64 m_ocspCacheHitsLogged = 0;
    QTimer m_ocspSummary;
    QString m_ocspProblem;
    QString m_casMark; // the CA table as last seen (ids and which is active)
    QElapsedTimer m_casChecked;
    QTranslator m_japanese;
    QTimer m_timer;   // renews the OCSP signing certificates
    QTimer m_caWatch; // notices a new CA
    CrlSchedule m_crlSchedule;
    PortalOptions m_options;
    quint16 m_port = 0;
    bool m_tls = false;
    std::unique_ptr<OcspWorkerPool> m_ocspPool; // before everything it reads is destroyed
};

} // namespace certdesk
