// The shipped default texts: registering the embedded resources/mail files and reading one of them.
#include "mail/MailTemplates.h"

#include "mail/MailTemplateInfo.h"

#include <QFile>

// The templates are compiled into certdesk_core (a static library) from resources/mail/mail.qrc;
// Q_INIT_RESOURCE links and registers them. It has to be called outside any namespace.
static void initMailResources()
{
    Q_INIT_RESOURCE(mail);
}

namespace certdesk {

using mailtemplates::normalisedLanguage;

namespace {

MailTemplate parseResource(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    MailTemplate t;
    const qsizetype eol = text.indexOf(QLatin1Char('\n'));
    const QString first = eol < 0 ? text : text.left(eol);
    const QString prefix = QStringLiteral("Subject:");
    QString rest = eol < 0 ? QString() : text.mid(eol + 1);
    if (first.startsWith(prefix)) {
        t.subject = first.mid(prefix.size()).trimmed();
    } else {
        rest = text; // no subject line: everything is body
    }
    if (rest.startsWith(QLatin1Char('\n')))
        rest.remove(0, 1);
    while (rest.endsWith(QLatin1Char('\n')))
        rest.chop(1);
    t.body = rest + QLatin1Char('\n');
    return t;
}

} // namespace

MailTemplate MailTemplates::defaultTemplate(MailTemplateId which, const QString& language)
{
    static const bool registered = (initMailResources(), true);
    Q_UNUSED(registered);
    QFile file(QStringLiteral(":/mail/%1.%2.txt").arg(id(which), normalisedLanguage(language)));
    if (!file.open(QIODevice::ReadOnly))
        return {}; // not reached: every template is embedded (tst_MailTemplates checks)
    return parseResource(file.readAll());
}

} // namespace certdesk
