#pragma once
// Sends one MailMessage through libcurl's SMTP + MIME API (no hand-written protocol): security none /
// STARTTLS (required, not opportunistic) / implicit TLS, AUTH when a user is set — over a connection
// without TLS only when SmtpSettings::allowPlainAuth says so (else refused before connecting), timeouts.
// Errors are ErrorCode::Io (network, server refused) or ErrorCode::Locked (authentication) with a translated
// message that never contains the password.
#include "mail/MailMessage.h"
#include "mail/SmtpSettings.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace certdesk {

class SmtpClient
{
    Q_DECLARE_TR_FUNCTIONS(SmtpClient)
public:
    // Thread-safe (one curl easy handle per call). `password` is only used when settings.user is set.
    static Status send(const SmtpSettings& settings, const QByteArray& password, const MailMessage& message);
    // The full RFC 5322 header block CertDesk adds (From, Reply-To, To, Subject, Date, Message-ID) —
    // exposed for tests of the encoding.
    static QByteArray encodeHeaderWord(const QString& text); // RFC 2047 =?UTF-8?B?...?= when not ASCII
};

} // namespace certdesk
