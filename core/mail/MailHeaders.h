#pragma once
// RFC 5322 / 2047 / 2231 header text for the mails SmtpClient sends: encoded words for UTF-8 subjects
// and display names, mailboxes, Date, Message-ID and attachment file names. Pure functions, no I/O.
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace certdesk::mailheaders {

// True when the text can go into a header as it is: printable US-ASCII and spaces only, no "=?".
bool isPlainHeaderText(const QString& text);
// True when the text contains CR, LF or NUL (header injection); such values are refused.
bool hasLineBreak(const QString& text);

// RFC 2047 B-encoding of UTF-8: "=?UTF-8?B?...?=" words of at most 64 characters (below the limit of
// kMaxEncodedWord, so that "Subject: " and the first word fit in 76), never cutting a UTF-8 sequence,
// joined by a fold ("\r\n "). Plain text (isPlainHeaderText) is returned as is.
constexpr int kMaxEncodedWord = 75;
QByteArray encodeWords(const QString& text);

// "Display Name <addr>" with the name quoted (ASCII) or encoded (non-ASCII); "<addr>" without a name.
QByteArray mailbox(const QString& displayName, const QString& address);

// RFC 5322 date-time in English whatever the locale: "Fri, 01 Mar 2024 12:00:00 +0900".
QByteArray rfc5322Date(const QDateTime& when);

// "<random.random@domain>" with the domain of `senderAddress` (IDNA), "certdesk.invalid" without one.
QByteArray messageId(const QString& senderAddress);

// The attachment's file name for its MIME part headers. ASCII names that need no quoting go through
// curl_mime_filename (asciiName set). Any other name gets RFC 2231 parameters, as Thunderbird writes
// them: Content-Disposition: attachment; filename*=UTF-8''%E8%A8... (with filename*0*, *1* ... when
// long) and an RFC 2047 encoded name="..." parameter on Content-Type for mail clients that predate
// RFC 2231.
struct AttachmentName
{
    QByteArray asciiName;            // non-empty: use curl_mime_filename(asciiName)
    QByteArray dispositionHeader;    // otherwise: the full "Content-Disposition: ..." header line
    QByteArray contentTypeNameParam; // otherwise: "; name=\"=?UTF-8?B?...?=\"" to append to the type
};
AttachmentName attachmentName(const QString& fileName);

} // namespace certdesk::mailheaders
