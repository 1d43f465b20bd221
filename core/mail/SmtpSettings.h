#pragma once
// How CertDesk reaches its mail server (Settings → Mail, `certdesk-cli mail configure`). The password is
// never here: it lives in the OS keychain under keychainKey() (one entry per user, host and port).
#include <QString>

namespace certdesk {

enum class SmtpSecurity { None, StartTls, Tls };

struct SmtpSettings
{
    QString host;
    int port = 25;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user;       // empty: no AUTH
    QString sender;     // 通知メール送信者アドレス (envelope and From:)
    QString senderName; // display name in From: (optional, UTF-8)
    QString replyTo;    // optional
    int timeoutSeconds = 30;
    QString caFile; // optional PEM bundle to verify the server (tests, private CAs); empty = system store
    // Whether the password may go over a connection without TLS (security None). Off: SmtpClient refuses
    // to authenticate there before connecting.
    bool allowPlainAuth = false;
    bool configured() const { return !host.isEmpty() && !sender.isEmpty(); }
    // Whether sending would authenticate over a connection without TLS.
    bool authWithoutTls() const { return !user.isEmpty() && security == SmtpSecurity::None; }
    // "smtp-password/<user>@<host>:<port>" (host in lower case).
    QString keychainKey() const;
    // The single entry of CertDesk before keying by host and user; moved on first read (MailConfig).
    static QString legacyKeychainKey() { return QStringLiteral("smtp-password"); }
};

QString smtpSecurityId(SmtpSecurity s); // "none", "starttls", "tls"
bool smtpSecurityFromId(const QString& id, SmtpSecurity* out);

} // namespace certdesk
