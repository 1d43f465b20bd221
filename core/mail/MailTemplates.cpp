#include "mail/MailTemplates.h"

#include <QFile>
#include <QLocale>
#include <QTimeZone>

// The templates are compiled into certdesk_core (a static library) from resources/mail/mail.qrc;
// Q_INIT_RESOURCE links and registers them. It has to be called outside any namespace.
static void initMailResources()
{
    Q_INIT_RESOURCE(mail);
}

namespace certdesk {

namespace {

const QString kKeyPassword = QStringLiteral("key_password");

struct TemplateInfo
{
    MailTemplateId which;
    const char* id;
    QStringList placeholders;
    QStringList required;
};

const QList<TemplateInfo>& infos()
{
    static const QList<TemplateInfo> list = {
        {MailTemplateId::DownloadRequest,
         "download-request",
         {QStringLiteral("org_name"), QStringLiteral("user_name"), QStringLiteral("login_id"),
          QStringLiteral("device"), QStringLiteral("download_url"), QStringLiteral("download_deadline")},
         {QStringLiteral("download_url")}},
        {MailTemplateId::KeyPassword,
         "key-password",
         {QStringLiteral("org_name"), QStringLiteral("user_name"), QStringLiteral("login_id"),
          QStringLiteral("device"), kKeyPassword},
         {kKeyPassword}},
        {MailTemplateId::BulkAccepted,
         "bulk-accepted",
         {QStringLiteral("org_name"), QStringLiteral("file_name"), QStringLiteral("count")},
         {}},
        {MailTemplateId::BulkRejected,
         "bulk-rejected",
         {QStringLiteral("org_name"), QStringLiteral("file_name"), QStringLiteral("problems")},
         {}},
        {MailTemplateId::IssuanceFailed,
         "issuance-failed",
         {QStringLiteral("org_name"), QStringLiteral("user_name"), QStringLiteral("login_id"),
          QStringLiteral("device"), QStringLiteral("error")},
         {}},
        {MailTemplateId::ExpiryReminder,
         "expiry-reminder",
         {QStringLiteral("org_name"), QStringLiteral("user_name"), QStringLiteral("login_id"),
          QStringLiteral("device"), QStringLiteral("expiry_date"), QStringLiteral("download_url")},
         {}},
    };
    return list;
}

const TemplateInfo& info(MailTemplateId which)
{
    for (const TemplateInfo& i : infos())
        if (i.which == which)
            return i;
    return infos().first(); // unreachable: every enumerator is listed
}

QString normalisedLanguage(const QString& language)
{
    return language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ja");
}

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

QString SettingKey::mailTemplate(MailTemplateId which, const QString& language, const char* field)
{
    return QStringLiteral("mail.template.") + MailTemplates::id(which) + QLatin1Char('.') + language +
           QLatin1Char('.') + QLatin1String(field);
}

QList<MailTemplateId> MailTemplates::all()
{
    QList<MailTemplateId> out;
    for (const TemplateInfo& i : infos())
        out << i.which;
    return out;
}

QString MailTemplates::id(MailTemplateId which)
{
    return QString::fromLatin1(info(which).id);
}

bool MailTemplates::fromId(const QString& text, MailTemplateId* out)
{
    for (const TemplateInfo& i : infos()) {
        if (text == QLatin1String(i.id)) {
            if (out)
                *out = i.which;
            return true;
        }
    }
    return false;
}

QString MailTemplates::displayName(MailTemplateId which)
{
    switch (which) {
    case MailTemplateId::DownloadRequest:
        return tr("Download request");
    case MailTemplateId::KeyPassword:
        return tr("Certificate password");
    case MailTemplateId::BulkAccepted:
        return tr("Bulk issuance accepted");
    case MailTemplateId::BulkRejected:
        return tr("Bulk issuance rejected");
    case MailTemplateId::IssuanceFailed:
        return tr("Issuance failed");
    case MailTemplateId::ExpiryReminder:
        return tr("Expiry reminder");
    }
    return {};
}

QString MailTemplates::description(MailTemplateId which)
{
    switch (which) {
    case MailTemplateId::DownloadRequest:
        return tr("To the user's notification address after a certificate is issued: how to download it.");
    case MailTemplateId::KeyPassword:
        return tr("To the user, separately, when the certificate password was generated: only the password.");
    case MailTemplateId::BulkAccepted:
        return tr("To the administrator when a bulk issuance file has been checked and accepted.");
    case MailTemplateId::BulkRejected:
        return tr("To the administrator when a bulk issuance file was refused, with every problem.");
    case MailTemplateId::IssuanceFailed:
        return tr("To the administrator when a certificate could not be issued.");
    case MailTemplateId::ExpiryReminder:
        return tr("To the user when a certificate is about to expire.");
    }
    return {};
}

QStringList MailTemplates::languages()
{
    return {QStringLiteral("ja"), QStringLiteral("en")};
}

QStringList MailTemplates::placeholders(MailTemplateId which)
{
    return info(which).placeholders;
}

QStringList MailTemplates::requiredPlaceholders(MailTemplateId which)
{
    return info(which).required;
}

QString MailTemplates::placeholderDescription(const QString& name)
{
    if (name == QLatin1String("org_name"))
        return tr("Organisation name");
    if (name == QLatin1String("user_name"))
        return tr("User's name");
    if (name == QLatin1String("login_id"))
        return tr("Login ID");
    if (name == QLatin1String("device"))
        return tr("Device type");
    if (name == QLatin1String("download_url"))
        return tr("Download address of the certificate");
    if (name == QLatin1String("download_deadline"))
        return tr("Download deadline");
    if (name == kKeyPassword)
        return tr("Certificate password (only in the certificate password mail)");
    if (name == QLatin1String("file_name"))
        return tr("Name of the bulk issuance file");
    if (name == QLatin1String("count"))
        return tr("Number of certificates to issue");
    if (name == QLatin1String("problems"))
        return tr("Problems found in the file, one per line");
    if (name == QLatin1String("error"))
        return tr("Why the issuance failed");
    if (name == QLatin1String("expiry_date"))
        return tr("Expiry date of the certificate");
    return {};
}

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

namespace {

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

MailTemplate MailTemplates::defaultTemplate(MailTemplateId which, const QString& language)
{
    static const bool registered = (initMailResources(), true);
    Q_UNUSED(registered);
    QFile file(QStringLiteral(":/mail/%1.%2.txt").arg(id(which), normalisedLanguage(language)));
    if (!file.open(QIODevice::ReadOnly))
        return {}; // not reached: every template is embedded (tst_MailTemplates checks)
    return parseResource(file.readAll());
}

MailTemplate MailTemplates::load(const Settings& settings, MailTemplateId which, const QString& language)
{
    const QString lang = normalisedLanguage(language);
    MailTemplate t = defaultTemplate(which, lang);
    const QString subject = settings.value(SettingKey::mailTemplate(which, lang, "subject"));
    const QString body = settings.value(SettingKey::mailTemplate(which, lang, "body"));
    if (!subject.isEmpty())
        t.subject = subject;
    if (!body.isEmpty())
        t.body = body;
    return t;
}

bool MailTemplates::isCustomised(const Settings& settings, MailTemplateId which, const QString& language)
{
    const QString lang = normalisedLanguage(language);
    return !settings.value(SettingKey::mailTemplate(which, lang, "subject")).isEmpty() ||
           !settings.value(SettingKey::mailTemplate(which, lang, "body")).isEmpty();
}

QString MailTemplates::validate(MailTemplateId which, const MailTemplate& tmpl)
{
    return check(which, &tmpl.subject, &tmpl.body);
}

Status MailTemplates::save(Settings& settings, MailTemplateId which, const QString& language,
                           const MailTemplate& tmpl)
{
    if (!languages().contains(language))
        return makeError(ErrorCode::Invalid, tr("Unknown mail language \"%1\" (ja or en).").arg(language));
    if (const QString err = validate(which, tmpl); !err.isEmpty())
        return makeError(ErrorCode::Invalid, err);
    if (auto s = settings.set(SettingKey::mailTemplate(which, language, "subject"), tmpl.subject); !s)
        return s;
    return settings.set(SettingKey::mailTemplate(which, language, "body"), tmpl.body);
}

Status MailTemplates::reset(Settings& settings, MailTemplateId which, const QString& language)
{
    if (!languages().contains(language))
        return makeError(ErrorCode::Invalid, tr("Unknown mail language \"%1\" (ja or en).").arg(language));
    if (auto s = settings.set(SettingKey::mailTemplate(which, language, "subject"), QString()); !s)
        return s;
    return settings.set(SettingKey::mailTemplate(which, language, "body"), QString());
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

QString MailTemplates::mailLanguage(const Settings& settings, const UserRecord& user)
{
    if (languages().contains(user.mailLanguage))
        return user.mailLanguage;
    const QString org = settings.value(SettingKey::MailLanguage);
    return languages().contains(org) ? org : QStringLiteral("ja");
}

QString MailTemplates::formatDateTime(const QDateTime& when, const QString& language)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QString zone = local.timeZoneAbbreviation();
    const QString text = normalisedLanguage(language) == QLatin1String("en")
                             ? QLocale(QLocale::English).toString(local, QStringLiteral("d MMM yyyy HH:mm"))
                             : QLocale(QLocale::Japanese).toString(local, QStringLiteral("yyyy/MM/dd HH:mm"));
    return zone.isEmpty() ? text : text + QStringLiteral(" (") + zone + QLatin1Char(')');
}

QHash<QString, QString> MailTemplates::sampleValues(MailTemplateId which, const QString& language)
{
    const bool en = normalisedLanguage(language) == QLatin1String("en");
    const QDateTime deadline(QDate(2025, 8, 15), QTime(10, 39));
    const QHash<QString, QString> all = {
        {QStringLiteral("org_name"), en ? QStringLiteral("Example KK") : QStringLiteral("サンプル株式会社")},
        {QStringLiteral("user_name"), en ? QStringLiteral("Taro Otsuka") : QStringLiteral("大塚 太郎")},
        {QStringLiteral("login_id"), QStringLiteral("otsuka.taro")},
        {QStringLiteral("device"), QStringLiteral("Windows")},
        {QStringLiteral("download_url"), QStringLiteral("https://certs.example.jp/d/7Qm2xK9pWc4Z")},
        {QStringLiteral("download_deadline"), formatDateTime(deadline, language)},
        {kKeyPassword, QStringLiteral("k7Pq-29xM-vR4t")},
        {QStringLiteral("file_name"), QStringLiteral("certificateform.csv")},
        {QStringLiteral("count"), QStringLiteral("25")},
        {QStringLiteral("problems"),
         en ? QStringLiteral("3: Device: \"iphone\": unknown device type.")
            : QStringLiteral("3: デバイス: \"iphone\": デバイスの種類が正しくありません。")},
        {QStringLiteral("error"), en ? QStringLiteral("The CA passphrase is wrong.")
                                     : QStringLiteral("認証局のパスフレーズが正しくありません。")},
        {QStringLiteral("expiry_date"), formatDateTime(deadline.addDays(365), language)},
    };
    QHash<QString, QString> out;
    for (const QString& name : placeholders(which))
        out.insert(name, all.value(name));
    return out;
}

} // namespace certdesk
