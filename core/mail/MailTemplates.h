#pragma once
// Notification mail templates: one subject + body per template and language ("ja", "en").
// Defaults ship in resources/mail/<id>.<lang>.txt (embedded under :/mail/, first line "Subject: …",
// a blank line, then the body); an administrator's edits are stored in the settings table under
// "mail.template.<id>.<lang>.subject" / ".body" and win over the defaults.
//
// Placeholders are written {name}. Each template accepts only its own set (placeholders()); save()
// refuses anything else, so a typo never reaches a user's mailbox. "{{" renders as a literal "{"
// (write "{{login_id}" to show the text "{login_id}"). Values are inserted verbatim.
//
//   template          placeholders                                                    required
//   download-request  org_name user_name login_id device download_url download_deadline  download_url
//   key-password      org_name user_name login_id device key_password                   key_password
//   bulk-accepted     org_name file_name count
//   bulk-rejected     org_name file_name problems
//   issuance-failed   org_name user_name login_id device error
//   expiry-reminder   org_name user_name login_id device expiry_date download_url
//
// {key_password} is accepted only in the body of key-password: the password never travels in the same
// mail as the download link, and never in a subject (shown in notifications and outbox lists).
// Required placeholders must be in the body.
#include "store/Records.h"
#include "store/Settings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk {

enum class MailTemplateId {
    DownloadRequest,
    KeyPassword,
    BulkAccepted,
    BulkRejected,
    IssuanceFailed,
    ExpiryReminder
};

struct MailTemplate
{
    QString subject; // one line
    QString body;    // text/plain, "\n" line ends
};

namespace SettingKey {
// "mail.template.<id>.<lang>.<field>", field "subject" or "body". Empty value = the shipped default.
QString mailTemplate(MailTemplateId which, const QString& language, const char* field);
} // namespace SettingKey

class MailTemplates
{
    Q_DECLARE_TR_FUNCTIONS(MailTemplates)
public:
    static QList<MailTemplateId> all();
    static QString id(MailTemplateId which);                      // "download-request", "key-password", …
    static bool fromId(const QString& text, MailTemplateId* out); // false when unknown
    static QString displayName(MailTemplateId which);             // translated, e.g. "Download request"
    static QString description(MailTemplateId which);             // translated: who receives it and when
    static QStringList languages();                               // {"ja", "en"}

    // Names without braces ("login_id"), in the order the editor offers them.
    static QStringList placeholders(MailTemplateId which);
    static QStringList requiredPlaceholders(MailTemplateId which);
    // Translated, for the editor ("Login ID"); empty when `name` is not a placeholder.
    static QString placeholderDescription(const QString& name);
    // Every {name} in `text` that `which` does not accept, once each, in order of appearance ("{{" skipped).
    static QStringList unknownPlaceholders(MailTemplateId which, const QString& text);
    // Every {name} in `text` ("{{" skipped), once each, in order of appearance.
    static QStringList usedPlaceholders(const QString& text);

    // The shipped text; an unknown language falls back to "ja".
    static MailTemplate defaultTemplate(MailTemplateId which, const QString& language);
    // The stored override (subject and body separately) or the default.
    static MailTemplate load(const Settings& settings, MailTemplateId which, const QString& language);
    static bool isCustomised(const Settings& settings, MailTemplateId which, const QString& language);
    // Validates (validate()) and stores both fields. Write inside a Transaction to store both or neither
    // on a database failure; a validation error writes nothing.
    static Status save(Settings& settings, MailTemplateId which, const QString& language,
                       const MailTemplate& tmpl);
    // Back to the shipped default (both fields).
    static Status reset(Settings& settings, MailTemplateId which, const QString& language);
    // Translated reason why `tmpl` cannot be saved for `which`, or empty.
    static QString validate(MailTemplateId which, const MailTemplate& tmpl);
    // For SettingsWorkflows::validate: checks one stored field ("mail.template.<id>.<lang>.subject|body");
    // an empty value (= default) is valid. Translated error or empty.
    static QString validateSetting(const QString& key, const QString& value);

    // Replaces each {name} that `values` holds (keys without braces); "{{" → "{"; other {name} untouched.
    static QString render(const QString& text, const QHash<QString, QString>& values);
    static MailTemplate render(const MailTemplate& tmpl, const QHash<QString, QString>& values);

    // The user's mail language when set, else the organisation's (SettingKey::MailLanguage), else "ja".
    static QString mailLanguage(const Settings& settings, const UserRecord& user);
    // {download_deadline} / {expiry_date} in the mail language: "2025/08/15 10:39 (JST)" for ja,
    // "15 Aug 2025 10:39 (JST)" for en; local time of this machine.
    static QString formatDateTime(const QDateTime& when, const QString& language);
    // Example values for the editor's preview, in `language`.
    static QHash<QString, QString> sampleValues(MailTemplateId which, const QString& language);
};

} // namespace certdesk
