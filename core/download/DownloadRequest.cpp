#include "download/DownloadRequest.h"
#include "download/DownloadLink.h"

#include <QUrl>

namespace certdesk {

namespace {

bool hasControlCharacters(const QString& s)
{
    for (const QChar ch : s) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f || ch.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

// Percent-decodes one form value ('+' is a space); nullopt when it is not valid UTF-8 or not well formed.
std::optional<QString> formValue(QByteArrayView raw)
{
    QByteArray bytes = raw.toByteArray();
    bytes.replace('+', ' ');
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '%') {
            if (i + 2 >= bytes.size() || !isxdigit(uchar(bytes.at(i + 1))) ||
                !isxdigit(uchar(bytes.at(i + 2))))
                return std::nullopt;
        }
    }
    const QByteArray decoded = QByteArray::fromPercentEncoding(bytes);
    const QString text = QString::fromUtf8(decoded);
    if (text.toUtf8() != decoded) // invalid UTF-8 was replaced
        return std::nullopt;
    return text;
}

} // namespace

Result<DownloadRequest> DownloadRequest::parse(QByteArrayView method, QByteArrayView path,
                                               QByteArrayView contentType, QByteArrayView body)
{
    static constexpr QByteArrayView prefix("/download/");
    if (path.size() > 512 || !path.startsWith(prefix))
        return makeError(ErrorCode::NotFound, tr("This download link does not exist."));
    QByteArrayView rest = path.sliced(prefix.size());
    if (const qsizetype q = rest.indexOf('?'); q >= 0)
        rest = rest.first(q);
    if (rest.endsWith('/'))
        rest.chop(1);
    const QString token = QString::fromLatin1(rest);
    if (!DownloadLink::looksLikeToken(token))
        return makeError(ErrorCode::NotFound, tr("This download link does not exist."));
    DownloadRequest r;
    r.token = token;
    if (method == "GET" || method == "HEAD")
        return r;
    if (method != "POST")
        return makeError(ErrorCode::Invalid, tr("This request method is not allowed here."));
    r.submit = true;
    QByteArrayView type = contentType;
    if (const qsizetype semi = type.indexOf(';'); semi >= 0)
        type = type.first(semi);
    if (type.toByteArray().trimmed().toLower() != "application/x-www-form-urlencoded")
        return makeError(ErrorCode::Invalid, tr("The form was not sent as a web form."));
    if (body.size() > MaxBodyBytes)
        return makeError(ErrorCode::Invalid, tr("The form is too large."));
    bool found = false;
    for (const QByteArrayView pair : QByteArrayView(body).toByteArray().split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArrayView name = eq < 0 ? pair : pair.first(eq);
        if (name != "login_id")
            continue;
        if (found)
            return makeError(ErrorCode::Invalid, tr("The form has the login ID twice."));
        auto value = formValue(eq < 0 ? QByteArrayView() : pair.sliced(eq + 1));
        if (!value)
            return makeError(ErrorCode::Invalid, tr("The login ID could not be read."));
        found = true;
        r.loginId = value->trimmed();
    }
    if (!found || r.loginId.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter your login ID."));
    if (r.loginId.size() > MaxLoginIdChars || hasControlCharacters(r.loginId))
        return makeError(ErrorCode::Invalid, tr("The login ID could not be read."));
    return r;
}

} // namespace certdesk
