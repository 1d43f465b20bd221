#include "workflows/MailSettingsWorkflows.h"
#include "mail/MailConfig.h"
#include "store/Settings.h"
#include "store/Transaction.h"

namespace certdesk {
namespace {

// What MailConfig::save writes, then the administrator address, in the order of their history rows.
QStringList serverKeys()
{
    return {SettingKey::SmtpHost,           SettingKey::SmtpPort,        SettingKey::SmtpSecurity,
            SettingKey::SmtpUser,           SettingKey::SmtpSender,      SettingKey::SmtpSenderName,
            SettingKey::SmtpReplyTo,        SettingKey::SmtpTimeout,     SettingKey::SmtpCaFile,
            SettingKey::SmtpAllowPlainAuth, SettingKey::MailAdminAddress};
}

QString templateKey(MailTemplateId which, const QString& language)
{
    return QStringLiteral("mail.template.%1.%2").arg(MailTemplates::id(which), language);
}

} // namespace

Result<int> MailSettingsWorkflows::saveServer(const SmtpSettings& smtp,
                                              const std::optional<QString>& adminAddress)
{
    if (auto s = m_ctx.require(Permission::Administer, QStringLiteral("mail server")); !s)
        return s.error();
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    Settings settings(m_ctx.db());
    const QStringList keys = serverKeys();
    QStringList before;
    for (const QString& key : keys)
        before << settings.value(key);
    if (auto s = MailConfig::save(settings, smtp); !s)
        return s.error();
    if (adminAddress) {
        if (auto s = settings.set(SettingKey::MailAdminAddress, *adminAddress); !s)
            return s.error();
    }
    int changed = 0;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString value = settings.value(keys.at(i));
        if (value == before.at(i))
            continue;
        HistoryEntry h = m_ctx.historyEntry(Op::SettingsChanged);
        h.details = keys.at(i) + QLatin1Char('=') + value;
        if (auto s = HistoryLog::append(m_ctx.db(), h); !s)
            return s.error();
        ++changed;
    }
    if (changed == 0)
        return 0; // nothing to commit; the transaction rolls back harmlessly
    if (auto s = tx.commit(); !s)
        return s.error();
    return changed;
}

Status MailSettingsWorkflows::saveTemplate(MailTemplateId which, const QString& language,
                                           const MailTemplate& tmpl)
{
    if (auto s = m_ctx.require(Permission::Administer,
                               QStringLiteral("mail template ") + templateKey(which, language));
        !s)
        return s;
    if (const QString problem = MailTemplates::validate(which, tmpl); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    Settings settings(m_ctx.db());
    if (auto s = MailTemplates::save(settings, which, language, tmpl); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::SettingsChanged);
    h.details = templateKey(which, language);
    return m_ctx.commitWithHistory(tx, h);
}

Status MailSettingsWorkflows::resetTemplate(MailTemplateId which, const QString& language)
{
    if (auto s = m_ctx.require(Permission::Administer,
                               QStringLiteral("mail template reset ") + templateKey(which, language));
        !s)
        return s;
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    Settings settings(m_ctx.db());
    if (auto s = MailTemplates::reset(settings, which, language); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::SettingsChanged);
    h.details = templateKey(which, language) + QStringLiteral("=default");
    return m_ctx.commitWithHistory(tx, h);
}

} // namespace certdesk
