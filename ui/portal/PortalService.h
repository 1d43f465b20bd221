#pragma once
// The download portal (ダウンロードポータル) run inside the desktop app: one PortalServer per session,
// kept here so it runs on while the administrator switches screens. It has its own workflow context over
// the session's database (System actor, quiet passphrase provider: it never prompts). "enabled + address
// + port + TLS certificate and key files" are kept per computer (QSettings group "portal"); the main window
// starts it on app start when it was running when the app was last used. Without TLS it listens only on
// this computer (loopback): download tokens and .p12 files never cross a network in clear text.
// Its CRL schedule and OCSP signers follow the session's change feed (AppSession::changeFeed) when there is
// one, as certdesk-portal follows its own.
#include "util/Result.h"
#include <QObject>
#include <QStringList>
#include <memory>

namespace certdesk {
class AppSession;
class PortalServer;
class WorkflowContext;

class PortalService : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxLogLines = 200;
    static constexpr quint16 DefaultPort = 8080;

    struct Preferences
    {
        bool enabled = false;
        QString address = QStringLiteral("127.0.0.1");
        quint16 port = DefaultPort; // 0: any free port
        QString tlsCertFile;        // PEM, leaf first then intermediates; both or neither
        QString tlsKeyFile;         // unencrypted PEM
    };
    static Preferences preferences();
    static void savePreferences(const Preferences& prefs);

    // The session's service, created on first use as a child of the session.
    static PortalService& of(AppSession& session);
    ~PortalService() override;

    // Listens on `address` (an IP address or "localhost") and `port`, over HTTPS when a TLS certificate
    // and key file are given; remembers them as enabled. Refuses an address other than loopback
    // without TLS.
    Status start(const QString& address, quint16 port, const QString& tlsCertFile = {},
                 const QString& tlsKeyFile = {});
    void stop(); // remembered as disabled
    // App start: starts with the remembered address and port when enabled (ok when disabled).
    Status startIfEnabled();

    bool isRunning() const;
    quint16 port() const;
    QString baseUrl() const; // empty when not running
    // The URL to offer as the portal base URL: baseUrl(), with this computer's host name for a wildcard
    // address.
    QString suggestedPortalUrl() const;
    QString statusText() const; // translated: listening (with OCSP state), or not running (with the reason)
    QStringList log() const { return m_log; }

signals:
    void stateChanged();
    void logLine(const QString& line);

private:
    explicit PortalService(AppSession& session);
    void appendLog(const QString& line);
    void restartForNewCa();

    AppSession& m_session;
    std::shared_ptr<WorkflowContext> m_ctx;
    std::unique_ptr<PortalServer> m_server;
    QStringList m_log;
    QString m_lastError;
};

} // namespace certdesk
