#pragma once
// Private to the MailTemplate*.cpp files: what several of them need, the password placeholder and the
// language fallback. Not part of the library's interface (MailTemplates.h is).
#include <QString>

namespace certdesk::mailtemplates {

// Accepted only in the body of the key-password template (MailTemplates::validate).
inline const QString kKeyPassword = QStringLiteral("key_password");

// One of MailTemplates::languages(): "en" stays "en", anything else becomes "ja".
inline QString normalisedLanguage(const QString& language)
{
    return language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ja");
}

} // namespace certdesk::mailtemplates
