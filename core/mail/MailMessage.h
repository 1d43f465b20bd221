#pragma once
// One outgoing mail as CertDesk builds it (templates) and sends it (SmtpClient). UTF-8 throughout.
#include <QByteArray>
#include <QList>
#include <QString>

namespace certdesk {

struct MailAttachment
{
    QString fileName; // e.g. "taro-ios-app.p12" (UTF-8 allowed)
    QString mimeType; // e.g. "application/x-pkcs12"
    QByteArray data;
};

struct MailMessage
{
    QString to;      // one address
    QString subject; // UTF-8; MIME-encoded (RFC 2047) when not ASCII
    QString body;    // text/plain; charset=UTF-8
    QList<MailAttachment> attachments;
};

} // namespace certdesk
