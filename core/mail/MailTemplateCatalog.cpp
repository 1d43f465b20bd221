// The table of mail templates: ids, display names, descriptions, languages and placeholders.
#include "mail/MailTemplates.h"

#include "mail/MailTemplateInfo.h"

namespace certdesk {

using mailtemplates::kKeyPassword;

namespace {

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

} // namespace

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

} // namespace certdesk
