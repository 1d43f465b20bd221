#include "mail/MailHeaders.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrl>

namespace certdesk::mailheaders {
namespace {

const QByteArray kWordPrefix = "=?UTF-8?B?";
const QByteArray kWordSuffix = "?=";
const QByteArray kFold = "\r\n ";

bool isPrintableAscii(char16_t c)
{
    return c >= 0x20 && c < 0x7f;
}

// Length of the UTF-8 sequence that starts with lead byte b (1 for a continuation byte, to make progress).
int utf8SequenceLength(unsigned char b)
{
    if (b >= 0xf0)
        return 4;
    if (b >= 0xe0)
        return 3;
    if (b >= 0xc0)
        return 2;
    return 1;
}

// Splits UTF-8 into chunks of at most maxBytes bytes without cutting a sequence.
QList<QByteArray> utf8Chunks(const QByteArray& utf8, int maxBytes)
{
    QList<QByteArray> chunks;
    QByteArray current;
    for (int i = 0; i < utf8.size();) {
        const int len = qMin(utf8SequenceLength(static_cast<unsigned char>(utf8[i])), int(utf8.size()) - i);
        if (current.size() + len > maxBytes && !current.isEmpty()) {
            chunks.append(current);
            current.clear();
        }
        current.append(utf8.mid(i, len));
        i += len;
    }
    if (!current.isEmpty())
        chunks.append(current);
    return chunks;
}

bool isAttrChar(char c)
{
    // RFC 2231 attribute-char: token characters except "*", "'", "%".
    static const QByteArray kSpecials = "()<>@,;:\\\"/[]?=*'% ";
    return c > 0x20 && c < 0x7f && !kSpecials.contains(c);
}

QByteArray percentEncode2231(const QByteArray& utf8)
{
    QByteArray out;
    for (const char c : utf8) {
        if (isAttrChar(c)) {
            out.append(c);
        } else {
            out.append('%');
            out.append(
                QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0').toUpper());
        }
    }
    return out;
}

// Splits a percent-encoded value into pieces of at most maxLen characters without cutting "%XX".
QList<QByteArray> splitPercentEncoded(const QByteArray& encoded, int maxLen)
{
    QList<QByteArray> pieces;
    QByteArray current;
    for (int i = 0; i < encoded.size();) {
        const int len = encoded[i] == '%' ? 3 : 1;
        if (current.size() + len > maxLen && !current.isEmpty()) {
            pieces.append(current);
            current.clear();
        }
        current.append(encoded.mid(i, len));
        i += len;
    }
    if (!current.isEmpty())
        pieces.append(current);
    return pieces;
}

} // namespace

bool isPlainHeaderText(const QString& text)
{
    for (const QChar c : text) {
        if (!isPrintableAscii(c.unicode()))
            return false;
    }
    return !text.contains(QLatin1String("=?"));
}

bool hasLineBreak(const QString& text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0));
}

QByteArray encodeWords(const QString& text)
{
    if (isPlainHeaderText(text))
        return text.toLatin1();
    // RFC 2047: a word is at most 75 characters and a line holding words at most 76, so that
    // "Subject: " + the first word fits too: 39 bytes -> 52 base64 characters -> 64-character words.
    constexpr int maxBytes = 39;
    static_assert(10 + maxBytes / 3 * 4 + 2 <= kMaxEncodedWord && 9 + 10 + maxBytes / 3 * 4 + 2 <= 76);
    QByteArray out;
    for (const QByteArray& chunk : utf8Chunks(text.toUtf8(), maxBytes)) {
        if (!out.isEmpty())
            out += kFold;
        out += kWordPrefix + chunk.toBase64() + kWordSuffix;
    }
    return out;
}

QByteArray mailbox(const QString& displayName, const QString& address)
{
    const QByteArray addr = '<' + address.trimmed().toUtf8() + '>';
    const QString name = displayName.trimmed();
    if (name.isEmpty())
        return addr;
    if (!isPlainHeaderText(name))
        return encodeWords(name) + kFold + addr; // the address on its own line keeps lines <= 76
    QByteArray quoted = name.toLatin1();
    quoted.replace('\\', "\\\\");
    quoted.replace('"', "\\\"");
    return '"' + quoted + "\" " + addr;
}

QByteArray rfc5322Date(const QDateTime& when)
{
    const QLocale c = QLocale::c();
    const int offsetSeconds = when.offsetFromUtc();
    const int offsetMinutes = qAbs(offsetSeconds) / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(offsetMinutes / 60, 2, 10, QLatin1Char('0'))
                             .arg(offsetMinutes % 60, 2, 10, QLatin1Char('0'));
    return (c.toString(when, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss ")) + zone).toLatin1();
}

QByteArray messageId(const QString& senderAddress)
{
    QString domain = senderAddress.section(QLatin1Char('@'), -1).trimmed();
    if (!senderAddress.contains(QLatin1Char('@')) || domain.isEmpty())
        domain = QStringLiteral("certdesk.invalid");
    QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty())
        ace = "certdesk.invalid";
    auto* rng = QRandomGenerator::system();
    const QByteArray left = QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36) + '.' +
                            QByteArray::number(rng->generate64(), 36) +
                            QByteArray::number(rng->generate64(), 36);
    return '<' + left + '@' + ace + '>';
}

AttachmentName attachmentName(const QString& fileName)
{
    AttachmentName result;
    bool simple = !fileName.isEmpty();
    for (const QChar c : fileName) {
        if (!isPrintableAscii(c.unicode()) || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            simple = false;
    }
    if (simple && !fileName.contains(QLatin1String("=?"))) {
        result.asciiName = fileName.toLatin1();
        return result;
    }
    const QByteArray utf8 = fileName.toUtf8();
    const QByteArray encoded = percentEncode2231(utf8);
    QByteArray disposition = "Content-Disposition: attachment";
    const QList<QByteArray> pieces = splitPercentEncoded(encoded, 60);
    if (pieces.size() <= 1) {
        disposition += "; filename*=UTF-8''" + encoded;
    } else {
        for (int i = 0; i < pieces.size(); ++i) {
            disposition += ";\r\n filename*" + QByteArray::number(i) + "*=";
            if (i == 0)
                disposition += "UTF-8''";
            disposition += pieces[i];
        }
    }
    result.dispositionHeader = disposition;
    // One unfolded encoded word inside the quotes (what Thunderbird and Outlook read); header lines stay
    // far below 998 characters for any sensible file name.
    const QByteArray word = kWordPrefix + utf8.toBase64() + kWordSuffix;
    if (word.size() < 800)
        result.contentTypeNameParam = "; name=\"" + word + '"';
    return result;
}

} // namespace certdesk::mailheaders
