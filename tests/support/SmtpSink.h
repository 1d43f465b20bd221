#pragma once
// A real SMTP server for tests: tests/support/smtp_sink.py (Debian's python3-aiosmtpd, run by
// /usr/bin/python3) in a QProcess, capturing every message into a folder. Never a mock.
//
//   CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, "user", "secret"}));
//   SmtpClient::send(sink->settings(SmtpSecurity::StartTls), "secret", mail);
//   QVERIFY(sink->waitForMessages(1));
//
// A sink with TLS gets a fresh self-signed certificate (CN=localhost, SAN DNS:localhost + IP:127.0.0.1)
// made with the openssl command; caFile() is that certificate, to use as SmtpSettings::caFile.
// stop() / start() keep the port and the mail folder (outage tests).
//
// shared() attaches to the server scripts/test starts for the whole run (STARTTLS + AUTH;
// CERTDESK_TEST_SMTP_HOST/PORT/USER/PASSWORD/CAFILE/MAILDIR); other test programs deliver there at the
// same time, so look for your mail with messagesTo(). Without those variables it starts a private sink
// with the same configuration.
//
// When /usr/bin/python3 cannot import aiosmtpd the macros skip the test, unless CERTDESK_REQUIRE_SMTP=1
// (set by scripts/test) makes that a failure.
#include "mail/SmtpSettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace certdesk::test {

struct ReceivedMail
{
    QString id;           // "0001"
    QByteArray raw;       // the DATA bytes as the server received them (headers + body)
    QJsonObject envelope; // mail_from, rcpt_tos, mail_options, rcpt_options, peer, tls, auth_user

    QString mailFrom() const;
    QStringList rcptTos() const;
    bool tls() const;
    QString authUser() const; // empty without AUTH
};

// What Python's email package (policy.default) reads from a raw message: an independent decoder of the
// MIME structure, RFC 2047 words and RFC 2231 parameters. Keys: subject, from, from_name, from_addr, to,
// reply_to, date, message_id, mime_version, content_type, defects ("Header: DefectClass: text", every part),
// body (text/plain content, str), body_cte, body_charset, attachments (list of {filename, content_type,
// disposition, cte, data_base64}), max_line_length (raw), eight_bit (raw has bytes >= 0x80).
// An "error" key when Python failed.
QJsonObject decodeWithPython(const QByteArray& raw);
// RFC 2047 header text decoded by email.header (decode_header + make_header).
QString decodeHeaderWithPython(const QByteArray& headerValue);

class SmtpSink
{
public:
    enum class Tls { None, StartTls, Implicit };
    struct Options
    {
        Tls tls = Tls::None;
        QString user; // with a password: AUTH required
        QString password;
        int port = 0; // 0: a free port
    };

    // nullptr and *why when the sink cannot run; *mustFail when CERTDESK_REQUIRE_SMTP=1.
    static std::unique_ptr<SmtpSink> create(const Options& options, QString* why, bool* mustFail);
    static std::unique_ptr<SmtpSink> shared(QString* why, bool* mustFail);
    // Whether /usr/bin/python3 imports aiosmtpd (checked once per process).
    static bool aiosmtpdAvailable(QString* why);
    static bool required(); // CERTDESK_REQUIRE_SMTP=1

    ~SmtpSink();
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    bool start(QString* why = nullptr); // (again) on port(), into the same mail folder
    void stop();                        // SIGTERM, then waits; the port is closed afterwards
    bool isRunning() const;
    bool isShared() const { return m_shared; }

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString caFile() const { return m_caFile; } // PEM of the server certificate; empty without TLS
    QString user() const { return m_user; }
    QByteArray password() const { return m_password.toUtf8(); }
    QString mailDir() const { return m_mailDir; }
    Tls tls() const { return m_tls; }
    // Settings that reach this sink: host, port, security (matching tls()), user, caFile, sender.
    SmtpSettings settings(const QString& sender = QStringLiteral("certdesk@example.jp")) const;

    QList<ReceivedMail> messages() const;                         // in arrival order
    QList<ReceivedMail> messagesTo(const QString& address) const; // envelope recipient, case-insensitive
    // Polls until at least `count` messages (to `address` when given) arrived.
    bool waitForMessages(int count, int timeoutMs = 15000, const QString& address = {}) const;
    QString serverLog() const; // what the sink wrote on stderr so far (private sinks only)

private:
    SmtpSink() = default;
    bool makeCertificate(QString* why);
    QString logPath() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    Tls m_tls = Tls::None;
    bool m_shared = false;
    QString m_host = QStringLiteral("127.0.0.1");
    int m_port = 0;
    QString m_user;
    QString m_password;
    QString m_caFile;
    QString m_keyFile;
    QString m_mailDir;
};

} // namespace certdesk::test

// In a test slot: creates `var` (unique_ptr<SmtpSink>) or fails/skips with the reason.
#define CERTDESK_SMTP_SINK_IMPL(var, expr)                                                                   \
    QString var##Why_;                                                                                       \
    bool var##MustFail_ = false;                                                                             \
    auto var = (expr);                                                                                       \
    if (!var) {                                                                                              \
        if (var##MustFail_)                                                                                  \
            QFAIL(qPrintable(var##Why_));                                                                    \
        QSKIP(qPrintable(var##Why_));                                                                        \
    }
#define CERTDESK_SMTP_SINK(var, options)                                                                     \
    CERTDESK_SMTP_SINK_IMPL(var, certdesk::test::SmtpSink::create(options, &var##Why_, &var##MustFail_))
#define CERTDESK_SHARED_SMTP_SINK(var)                                                                       \
    CERTDESK_SMTP_SINK_IMPL(var, certdesk::test::SmtpSink::shared(&var##Why_, &var##MustFail_))
