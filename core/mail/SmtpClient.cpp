#include "mail/SmtpClient.h"

#include "mail/MailHeaders.h"

#include <curl/curl.h>

#include <QDateTime>
#include <QRegularExpression>

#include <memory>
#include <mutex>

namespace certdesk {
namespace {

struct CurlEasyCleanup
{
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct CurlMimeFree
{
    void operator()(curl_mime* m) const { curl_mime_free(m); }
};
struct CurlSlistFree
{
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};
using CurlEasyPtr = std::unique_ptr<CURL, CurlEasyCleanup>;
using CurlMimePtr = std::unique_ptr<curl_mime, CurlMimeFree>;
using CurlSlistPtr = std::unique_ptr<curl_slist, CurlSlistFree>;

// Appends one line to a list; false when curl could not allocate.
bool append(CurlSlistPtr& list, const QByteArray& line)
{
    curl_slist* grown = curl_slist_append(list.get(), line.constData());
    if (!grown)
        return false;
    (void)list.release();
    list.reset(grown);
    return true;
}

bool initCurlOnce()
{
    static std::once_flag once;
    static CURLcode code = CURLE_OK;
    std::call_once(once, [] { code = curl_global_init(CURL_GLOBAL_DEFAULT); });
    return code == CURLE_OK;
}

// What the conversation showed, collected by the debug callback: the server's last refusal (a 4xx/5xx
// reply line) and the SMTP command verb it answered. Only verbs from a whitelist are kept: the arguments
// of AUTH and the AUTH LOGIN lines carry credentials and are never stored.
struct Conversation
{
    QByteArray lastCommand;
    QByteArray refusal;        // e.g. "530 Must issue a STARTTLS command first"
    QByteArray refusedCommand; // e.g. "MAIL"
};

int onDebug(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    auto* conv = static_cast<Conversation*>(user);
    if (type == CURLINFO_HEADER_IN) {
        const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
        if (line.size() >= 3 && (line[0] == '4' || line[0] == '5')) {
            conv->refusal = line.left(300);
            conv->refusedCommand = conv->lastCommand;
        }
    } else if (type == CURLINFO_HEADER_OUT) {
        static const QList<QByteArray> kVerbs = {"EHLO", "HELO", "STARTTLS", "AUTH", "MAIL",
                                                 "RCPT", "DATA", "QUIT",     "RSET", "NOOP"};
        const QByteArray verb =
            QByteArray(data, qsizetype(qMin<size_t>(size, 16))).split(' ').value(0).trimmed().toUpper();
        if (kVerbs.contains(verb))
            conv->lastCommand = verb;
    }
    return 0;
}

QByteArray hostForUrl(const QString& host)
{
    const QByteArray h = host.trimmed().toUtf8();
    if (h.contains(':') && !h.startsWith('['))
        return '[' + h + ']'; // IPv6 literal
    return h;
}

QString scrub(QString text, const QByteArray& password)
{
    // Defence in depth: curl's texts never carry the password, but nothing that leaves here may.
    if (password.size() >= 4)
        text.replace(QString::fromUtf8(password), QStringLiteral("********"));
    return text;
}

} // namespace

QByteArray SmtpClient::encodeHeaderWord(const QString& text)
{
    return mailheaders::encodeWords(text);
}

Status SmtpClient::send(const SmtpSettings& settings, const QByteArray& password, const MailMessage& message)
{
    using namespace mailheaders;
    if (!settings.configured())
        return makeError(ErrorCode::Invalid, tr("The mail server is not configured."));
    // Refused before any connection: the password never leaves over plain text unless allowed.
    if (settings.authWithoutTls() && !settings.allowPlainAuth)
        return makeError(
            ErrorCode::Invalid,
            tr("CertDesk does not send the password of %1 to the mail server %2 over a connection "
               "without TLS. Choose STARTTLS or TLS, or explicitly allow the password over an "
               "unencrypted connection in the mail server settings.")
                .arg(settings.user, settings.host.trimmed()));
    if (settings.port < 1 || settings.port > 65535)
        return makeError(ErrorCode::Invalid, tr("The mail server port %1 is not valid.").arg(settings.port));
    static const QRegularExpression kBadHostChars(QStringLiteral("[\\s/@?#\\\\]"));
    if (settings.host.trimmed().contains(kBadHostChars))
        return makeError(ErrorCode::Invalid,
                         tr("The mail server name %1 is not valid.").arg(settings.host.trimmed()));
    if (message.to.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The mail has no recipient."));
    // A bare addr-spec each (no display name, list or comment): they go into <...> on the envelope.
    static const QRegularExpression kAddress(QRegularExpression::anchoredPattern(
        QStringLiteral("[^\\s<>()\\[\\],;:\"@]+@[^\\s<>()\\[\\],;:\"@]+")));
    for (const QString& address : {settings.sender, message.to, settings.replyTo}) {
        if (!address.trimmed().isEmpty() && !kAddress.match(address.trimmed()).hasMatch())
            return makeError(ErrorCode::Invalid,
                             tr("The mail address %1 is not valid.").arg(address.trimmed()));
    }
    for (const QString& field : {settings.host, settings.sender, settings.senderName, settings.replyTo,
                                 settings.user, message.to, message.subject}) {
        if (hasLineBreak(field))
            return makeError(ErrorCode::Invalid,
                             tr("A mail address, name or subject contains a line break."));
    }
    for (const MailAttachment& a : message.attachments) {
        if (hasLineBreak(a.fileName) || hasLineBreak(a.mimeType))
            return makeError(ErrorCode::Invalid,
                             tr("A mail address, name or subject contains a line break."));
    }
    if (!initCurlOnce())
        return makeError(ErrorCode::Io, tr("The mail library (libcurl) could not be initialised."));

    const QString host = settings.host.trimmed();
    const QString port = QString::number(settings.port);
    const Error outOfMemory =
        makeError(ErrorCode::Io, tr("Sending mail through %1 failed: %2")
                                     .arg(host, QString::fromUtf8(curl_easy_strerror(CURLE_OUT_OF_MEMORY))));

    // Destroyed in reverse order: the easy handle first, then the MIME tree and the lists it uses.
    CurlSlistPtr recipients;
    CurlSlistPtr headers;
    CurlMimePtr mime;
    CurlEasyPtr curl(curl_easy_init());
    if (!curl)
        return outOfMemory;
    CURL* c = curl.get();

    // --- MIME body: the text, then one part per attachment, each base64.
    mime.reset(curl_mime_init(c));
    if (!mime)
        return outOfMemory;
    {
        QString body = message.body;
        body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        body.replace(QLatin1Char('\n'), QLatin1String("\r\n")); // canonical form (RFC 2045) before base64
        const QByteArray utf8 = body.toUtf8();
        curl_mimepart* part = curl_mime_addpart(mime.get());
        if (!part || curl_mime_data(part, utf8.constData(), size_t(utf8.size())) != CURLE_OK ||
            curl_mime_type(part, "text/plain; charset=UTF-8") != CURLE_OK ||
            curl_mime_encoder(part, "base64") != CURLE_OK)
            return outOfMemory;
    }
    for (const MailAttachment& a : message.attachments) {
        curl_mimepart* part = curl_mime_addpart(mime.get());
        if (!part || curl_mime_data(part, a.data.constData(), size_t(a.data.size())) != CURLE_OK ||
            curl_mime_encoder(part, "base64") != CURLE_OK)
            return outOfMemory;
        QByteArray type = a.mimeType.trimmed().isEmpty() ? QByteArray("application/octet-stream")
                                                         : a.mimeType.trimmed().toLatin1();
        const AttachmentName name = attachmentName(a.fileName);
        if (!name.asciiName.isEmpty()) {
            if (curl_mime_filename(part, name.asciiName.constData()) != CURLE_OK)
                return outOfMemory;
        } else {
            type += name.contentTypeNameParam;
            CurlSlistPtr partHeaders;
            if (!append(partHeaders, name.dispositionHeader))
                return outOfMemory;
            if (curl_mime_headers(part, partHeaders.get(), 1) != CURLE_OK)
                return outOfMemory;
            (void)partHeaders.release(); // owned by the part now
        }
        if (curl_mime_type(part, type.constData()) != CURLE_OK)
            return outOfMemory;
    }

    // --- Top-level headers (curl adds the multipart Content-Type; we add MIME-Version ourselves).
    const QList<QByteArray> headerLines = {
        "Date: " + rfc5322Date(QDateTime::currentDateTime()),
        "From: " + mailbox(settings.senderName, settings.sender),
        "To: " + mailbox({}, message.to),
        "Subject: " + encodeWords(message.subject),
        "Message-ID: " + messageId(settings.sender),
        "MIME-Version: 1.0",
        "Auto-Submitted: auto-generated", // RFC 3834: no out-of-office replies to notifications
    };
    for (const QByteArray& line : headerLines) {
        if (!append(headers, line))
            return outOfMemory;
    }
    if (!settings.replyTo.trimmed().isEmpty() &&
        !append(headers, "Reply-To: " + mailbox({}, settings.replyTo)))
        return outOfMemory;
    if (!append(recipients, '<' + message.to.trimmed().toUtf8() + '>'))
        return outOfMemory;

    // --- Connection.
    const char* scheme = settings.security == SmtpSecurity::Tls ? "smtps://" : "smtp://";
    const QByteArray url = scheme + hostForUrl(host) + ':' + port.toLatin1();
    const QByteArray from = '<' + settings.sender.trimmed().toUtf8() + '>';
    const QByteArray user = settings.user.toUtf8();
    const QByteArray caFile = settings.caFile.toLocal8Bit();
    const long timeout = qMax(1, settings.timeoutSeconds);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Conversation conversation;

    bool setOk = true;
    const auto set = [&](CURLoption option, auto value) {
        setOk = setOk && curl_easy_setopt(c, option, value) == CURLE_OK;
    };
    set(CURLOPT_URL, url.constData());
    set(CURLOPT_NOSIGNAL, 1L);
    set(CURLOPT_ERRORBUFFER, errorBuffer);
    set(CURLOPT_CONNECTTIMEOUT, timeout);
    // A slow upload of a large attachment is fine; a server that stops answering is not.
    set(CURLOPT_LOW_SPEED_LIMIT, 1L);
    set(CURLOPT_LOW_SPEED_TIME, timeout);
    set(CURLOPT_TIMEOUT, timeout * 4);
    set(CURLOPT_USE_SSL,
        settings.security == SmtpSecurity::StartTls ? long(CURLUSESSL_ALL) : long(CURLUSESSL_NONE));
    set(CURLOPT_MAIL_FROM, from.constData());
    set(CURLOPT_MAIL_RCPT, recipients.get());
    set(CURLOPT_HTTPHEADER, headers.get());
    set(CURLOPT_MIMEPOST, mime.get());
    if (!settings.caFile.isEmpty())
        set(CURLOPT_CAINFO, caFile.constData());
    if (!settings.user.isEmpty()) {
        set(CURLOPT_USERNAME, user.constData());
        set(CURLOPT_PASSWORD, password.constData());
    }
    set(CURLOPT_DEBUGFUNCTION, &onDebug);
    set(CURLOPT_DEBUGDATA, &conversation);
    set(CURLOPT_VERBOSE, 1L); // only feeds onDebug; nothing is printed
    if (!setOk)
        return makeError(ErrorCode::Io,
                         tr("Sending mail through %1 failed: %2")
                             .arg(host, QString::fromUtf8(curl_easy_strerror(CURLE_BAD_FUNCTION_ARGUMENT))));

    const CURLcode code = curl_easy_perform(c);
    if (code == CURLE_OK)
        return {};

    long response = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response);
    const QString curlText =
        scrub(QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code)), password);
    QString detail = QStringLiteral("curl %1: %2").arg(int(code)).arg(curlText);
    if (!conversation.refusal.isEmpty())
        detail += QStringLiteral("; server: ") + scrub(QString::fromUtf8(conversation.refusal), password);
    const auto io = [&](const QString& text) { return makeError(ErrorCode::Io, text, detail); };

    switch (code) {
    case CURLE_LOGIN_DENIED:
        return makeError(ErrorCode::Locked, tr("The mail server refused the user name or password."), detail);
    case CURLE_COULDNT_RESOLVE_HOST:
        return io(tr("The mail server %1 was not found.").arg(host));
    case CURLE_COULDNT_CONNECT:
        return io(tr("Cannot connect to the mail server %1:%2.").arg(host, port));
    case CURLE_OPERATION_TIMEDOUT:
        return io(tr("The mail server %1:%2 did not answer within %n second(s).", nullptr, int(timeout))
                      .arg(host, port));
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_SHUTDOWN_FAILED:
        return io(tr("The secure connection (TLS) to %1 failed: %2").arg(host, curlText));
    default:
        break;
    }
    if (response >= 400) {
        if (conversation.refusedCommand == "RCPT")
            return io(tr("The mail server %1 refused the recipient %2 (response %3).")
                          .arg(host, message.to.trimmed())
                          .arg(response));
        return io(tr("The mail server %1 refused the mail (response %2).").arg(host).arg(response));
    }
    return io(tr("Sending mail through %1 failed: %2").arg(host, curlText));
}

} // namespace certdesk
