// Placeholders in template text: scanning for {name}, checking a template or one stored field, rendering.
#include "mail/MailTemplates.h"

#include "mail/MailTemplateInfo.h"

namespace certdesk {

using mailtemplates::kKeyPassword;

namespace {

QString braced(const QString& name)
{
    return QLatin1Char('{') + name + QLatin1Char('}');
}

QString bracedList(const QStringList& names)
{
    QStringList out;
    out.reserve(names.size());
    for (const QString& n : names)
        out << braced(n);
    return out.join(QStringLiteral(", "));
}

// A placeholder name: one or more characters, none of them a brace or white space.
bool isPlaceholderName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name)
        if (c == QLatin1Char('{') || c == QLatin1Char('}') || c.isSpace())
            return false;
    return true;
}

// Walks `text`: calls literal(QStringView) for plain text (with "{{" reduced to "{") and
// placeholder(QString name) for each {name}.
template <typename Literal, typename Placeholder>
void scan(const QString& text, Literal literal, Placeholder placeholder)
{
    const qsizetype n = text.size();
    qsizetype start = 0; // beginning of the pending literal run
    qsizetype i = 0;
    while (i < n) {
        if (text.at(i) != QLatin1Char('{')) {
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i + 1) == QLatin1Char('{')) { // "{{" → "{"
            literal(QStringView(text).mid(start, i - start + 1));
            i += 2;
            start = i;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0 || !isPlaceholderName(QStringView(text).mid(i + 1, close - i - 1))) {
            ++i; // a lone "{" is plain text
            continue;
        }
        literal(QStringView(text).mid(start, i - start));
        placeholder(text.mid(i + 1, close - i - 1));
        i = close + 1;
        start = i;
    }
    literal(QStringView(text).mid(start));
}

// Checks what is given (nullptr = not checked); returns the first translated problem or empty.
QString check(MailTemplateId which, const QString* subject, const QString* body)
{
    const QString name = MailTemplates::displayName(which);
    if (subject) {
        if (subject->trimmed().isEmpty())
            return MailTemplates::tr("The subject must not be empty.");
        if (subject->contains(QLatin1Char('\n')) || subject->contains(QLatin1Char('\r')))
            return MailTemplates::tr("The subject must be a single line.");
    }
    const QStringList inSubject = subject ? MailTemplates::usedPlaceholders(*subject) : QStringList();
    const QStringList inBody = body ? MailTemplates::usedPlaceholders(*body) : QStringList();
    if (inSubject.contains(kKeyPassword) || inBody.contains(kKeyPassword)) {
        if (which != MailTemplateId::KeyPassword)
            return MailTemplates::tr(
                       "{key_password} may only be used in the certificate password mail, not in \"%1\".")
                .arg(name);
        if (inSubject.contains(kKeyPassword))
            return MailTemplates::tr("{key_password} must not appear in the subject.");
    }
    QStringList unknown;
    const QStringList allowed = MailTemplates::placeholders(which);
    for (const QString& p : inSubject + inBody)
        if (!allowed.contains(p) && !unknown.contains(p))
            unknown << p;
    if (unknown.size() == 1)
        return MailTemplates::tr("Unknown placeholder %1 in \"%2\". Allowed placeholders: %3.")
            .arg(braced(unknown.first()), name, bracedList(allowed));
    if (unknown.size() > 1)
        return MailTemplates::tr("Unknown placeholders %1 in \"%2\". Allowed placeholders: %3.")
            .arg(bracedList(unknown), name, bracedList(allowed));
    if (body) {
        for (const QString& r : MailTemplates::requiredPlaceholders(which))
            if (!inBody.contains(r))
                return MailTemplates::tr("The body of \"%1\" must contain %2.").arg(name, braced(r));
    }
    return {};
}

} // namespace

QStringList MailTemplates::usedPlaceholders(const QString& text)
{
    QStringList out;
    scan(
        text, [](QStringView) {},
        [&out](const QString& name) {
            if (!out.contains(name))
                out << name;
        });
    return out;
}

QStringList MailTemplates::unknownPlaceholders(MailTemplateId which, const QString& text)
{
    const QStringList allowed = placeholders(which);
    QStringList out;
    for (const QString& name : usedPlaceholders(text))
        if (!allowed.contains(name))
            out << name;
    return out;
}

QString MailTemplates::validate(MailTemplateId which, const MailTemplate& tmpl)
{
    return check(which, &tmpl.subject, &tmpl.body);
}

QString MailTemplates::validateSetting(const QString& key, const QString& value)
{
    // mail.template.<id>.<lang>.<field>
    const QStringList parts = key.split(QLatin1Char('.'));
    MailTemplateId which{};
    if (parts.size() != 5 || parts.at(0) != QLatin1String("mail") ||
        parts.at(1) != QLatin1String("template") || !fromId(parts.at(2), &which) ||
        !languages().contains(parts.at(3)) ||
        (parts.at(4) != QLatin1String("subject") && parts.at(4) != QLatin1String("body")))
        return tr("Unknown mail template setting \"%1\".").arg(key);
    if (value.isEmpty())
        return {}; // the shipped default
    return parts.at(4) == QLatin1String("subject") ? check(which, &value, nullptr)
                                                   : check(which, nullptr, &value);
}

QString MailTemplates::render(const QString& text, const QHash<QString, QString>& values)
{
    QString out;
    out.reserve(text.size() + 64);
    scan(
        text, [&out](QStringView literal) { out += literal; },
        [&out, &values](const QString& name) {
            const auto it = values.constFind(name);
            out += it != values.constEnd() ? *it : braced(name);
        });
    return out;
}

MailTemplate MailTemplates::render(const MailTemplate& tmpl, const QHash<QString, QString>& values)
{
    return {render(tmpl.subject, values), render(tmpl.body, values)};
}

} // namespace certdesk
