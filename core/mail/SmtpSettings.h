#pragma once
// How CertDesk reaches its mail server (Settings → Mail, `certdesk-cli mail configure`). The password is
// never here: it lives in the OS keychain under SmtpSettings::passwordKey().
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
    bool configured() const { return !host.isEmpty() && !sender.isEmpty(); }
    static QString passwordKey() { return QStringLiteral("smtp-password"); }
};

QString smtpSecurityId(SmtpSecurity s); // "none", "starttls", "tls"
bool smtpSecurityFromId(const QString& id, SmtpSecurity* out);

} // namespace certdesk
