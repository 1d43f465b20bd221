// Administrators' edits in the settings table: the keys, loading over the defaults, saving and resetting.
#include "mail/MailTemplates.h"

#include "mail/MailTemplateInfo.h"

namespace certdesk {

using mailtemplates::normalisedLanguage;

QString SettingKey::mailTemplate(MailTemplateId which, const QString& language, const char* field)
{
    return QStringLiteral("mail.template.") + MailTemplates::id(which) + QLatin1Char('.') + language +
           QLatin1Char('.') + QLatin1String(field);
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

} // namespace certdesk
