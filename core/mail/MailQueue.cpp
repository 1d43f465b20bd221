#include "mail/MailQueue.h"
#include "mail/MailConfig.h"
#include "mail/MailTemplates.h"
#include "policy/DeviceTypes.h"
#include "session/PasswordSealer.h"
#include "store/CertificateStore.h"
#include "store/OutboxStore.h"
#include "store/Transaction.h"
#include "store/UserStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace certdesk {

bool MailQueue::mailConfigured(const Settings& settings)
{
    return MailConfig::load(settings).configured();
}

Result<QHash<QString, QString>> MailQueue::commonValues(WorkflowContext& ctx, const Settings& settings,
                                                        const CertificateRecord& cert, const UserRecord& user,
                                                        const QString& language)
{
    auto identity = UserStore(ctx.db()).identity(user.id);
    if (!identity)
        return identity.error();
    QString userName = user.displayName;
    if (identity.value()) {
        const IdentityRecord& i = *identity.value();
        userName = language == QLatin1String("en") ? i.givenEn + QLatin1Char(' ') + i.familyEn
                                                   : i.familyName + QLatin1Char(' ') + i.givenName;
    }
    QString org = settings.value(SettingKey::OrgName);
    if (org.isEmpty())
        org = QStringLiteral("CertDesk");
    return QHash<QString, QString>{
        {QStringLiteral("org_name"), org},
        {QStringLiteral("user_name"), userName},
        {QStringLiteral("login_id"), cert.loginId},
        {QStringLiteral("device"), DeviceTypes::displayName(cert.device)},
    };
}

Status MailQueue::queueAdmin(WorkflowContext& ctx, int templateId, const QHash<QString, QString>& extra)
{
    Settings settings(ctx.db());
    const QString to = settings.value(SettingKey::MailAdminAddress);
    if (to.isEmpty() || !mailConfigured(settings))
        return {};
    const auto which = static_cast<MailTemplateId>(templateId);
    QString language = settings.value(SettingKey::MailLanguage);
    if (language != QLatin1String("en"))
        language = QStringLiteral("ja");
    QHash<QString, QString> values = extra;
    QString org = settings.value(SettingKey::OrgName);
    values.insert(QStringLiteral("org_name"), org.isEmpty() ? QStringLiteral("CertDesk") : org);
    const MailTemplate t = MailTemplates::render(MailTemplates::load(settings, which, language), values);
    OutboxRecord m;
    m.createdAt = ctx.now();
    m.kind = MailTemplates::id(which);
    m.recipient = to;
    m.subject = t.subject;
    m.body = t.body;
    m.targetLogin = values.value(QStringLiteral("login_id"));
    auto id = OutboxStore(ctx.db()).insert(m);
    if (!id)
        return id.error();
    return {};
}

Result<int> MailQueue::queueExpiryReminders(WorkflowContext& ctx, int withinDays)
{
    if (auto s = ctx.require(Permission::Administer, QStringLiteral("remind within=%1").arg(withinDays)); !s)
        return s.error();
    Settings settings(ctx.db());
    if (!mailConfigured(settings))
        return makeError(ErrorCode::Invalid, MailConfig::notConfiguredMessage());
    if (withinDays < 1 || withinDays > 365)
        return makeError(ErrorCode::Invalid, tr("The number of days must be from 1 to 365."));
    const QDateTime now = ctx.now();
    auto due = ctx.db().exec(
        QStringLiteral("SELECT c.id FROM certificates c WHERE c.status IN ('awaiting', 'in-use')"
                       " AND c.not_after > ? AND c.not_after <= ? AND c.user_id IS NOT NULL"
                       " AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.certificate_id = c.id"
                       " AND r.threshold_days = ?) ORDER BY c.not_after, c.id"),
        {now.toSecsSinceEpoch(), now.addDays(withinDays).toSecsSinceEpoch(), withinDays});
    if (!due)
        return due.error();
    QList<qint64> ids;
    while (due->next())
        ids << due->value(0).toLongLong();
    due->finish();
    // All reminders of one run, their outbox entries and one "reminder" history row each in one transaction.
    Transaction tx(ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    CertificateStore certs(ctx.db());
    UserStore users(ctx.db());
    int queued = 0;
    for (qint64 id : std::as_const(ids)) {
        auto cert = certs.findById(id, true);
        if (!cert)
            return cert.error();
        if (!cert.value())
            continue;
        auto user = users.findById(cert.value()->userId);
        if (!user)
            return user.error();
        if (!user.value())
            continue;
        const QString language = MailTemplates::mailLanguage(settings, *user.value());
        auto values = commonValues(ctx, settings, *cert.value(), *user.value(), language);
        if (!values)
            return values.error();
        values->insert(QStringLiteral("expiry_date"),
                       MailTemplates::formatDateTime(cert.value()->notAfter, language));
        values->insert(QStringLiteral("download_url"), settings.value(SettingKey::PortalBaseUrl));
        const MailTemplate t = MailTemplates::render(
            MailTemplates::load(settings, MailTemplateId::ExpiryReminder, language), values.value());
        OutboxRecord m;
        m.createdAt = now;
        m.kind = MailTemplates::id(MailTemplateId::ExpiryReminder);
        m.recipient = cert.value()->notifyEmail;
        m.subject = t.subject;
        m.body = t.body;
        m.targetLogin = cert.value()->loginId;
        m.device = cert.value()->device;
        auto mailId = OutboxStore(ctx.db()).insert(m);
        if (!mailId)
            return mailId.error();
        if (auto s = ctx.db().exec(
                QStringLiteral(
                    "INSERT INTO reminders (certificate_id, threshold_days, queued_at) VALUES (?,?,?)"),
                {id, withinDays, now.toSecsSinceEpoch()});
            !s)
            return s.error();
        HistoryEntry h = ctx.historyEntry(Op::Reminder);
        h.targetLogin = cert.value()->loginId;
        h.device = cert.value()->device;
        h.notifyEmail = m.recipient;
        h.details = QStringLiteral("mail=%1 serial=%2 slot=%3 within_days=%4 not_after=%5")
                        .arg(mailId.value())
                        .arg(cert.value()->serialHex)
                        .arg(cert.value()->slot)
                        .arg(withinDays)
                        .arg(cert.value()->notAfter.toString(Qt::ISODate));
        if (auto s = HistoryLog::append(ctx.db(), h); !s)
            return s.error();
        ++queued;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return queued;
}

Result<QueuedMails> MailQueue::queueIssued(WorkflowContext& ctx, const CertificateRecord& cert,
                                           const UserRecord& user, const QByteArray& generatedPassword,
                                           const QString& downloadUrl)
{
    QueuedMails queued;
    Settings settings(ctx.db());
    if (!mailConfigured(settings))
        return queued;
    queued.configured = true;
    auto sealer = ctx.passwordSealer(); // cached: created before the transaction
    if (!sealer)
        return sealer.error();
    const QString language = MailTemplates::mailLanguage(settings, user);
    auto common = commonValues(ctx, settings, cert, user, language);
    if (!common)
        return common.error();
    QHash<QString, QString> values = common.value();
    values.insert(QStringLiteral("download_deadline"),
                  MailTemplates::formatDateTime(cert.downloadDeadline, language));

    // The download link (its hash is on the certificate already) is kept only sealed in the outbox.
    QString url = downloadUrl;
    if (url.isEmpty())
        url = language == QLatin1String("en")
                  ? QStringLiteral("(ask your administrator for the certificate file)")
                  : QStringLiteral("(証明書ファイルは管理者からお受け取りください)");

    auto queue = [&](MailTemplateId which, const QJsonObject& secrets, bool attach) -> Status {
        const MailTemplate t = MailTemplates::render(MailTemplates::load(settings, which, language), values);
        OutboxRecord m;
        m.createdAt = ctx.now();
        m.kind = MailTemplates::id(which);
        m.recipient = cert.notifyEmail;
        m.subject = t.subject;
        m.body = t.body;
        m.targetLogin = cert.loginId;
        m.device = cert.device;
        if (attach) {
            m.certificateId = cert.id;
            m.attachmentName = cert.loginId + QLatin1Char('-') + cert.device + QStringLiteral(".p12");
        }
        // Bound to this mail (kind, recipient, user, device): it cannot be moved to another one.
        auto sealed =
            sealer.value()->seal(QJsonDocument(secrets).toJson(QJsonDocument::Compact),
                                 PasswordSealer::outboxBinding(m.kind, m.recipient, m.targetLogin, m.device));
        if (!sealed)
            return sealed.error();
        m.secretSealed = sealed.value();
        auto id = OutboxStore(ctx.db()).insert(m);
        if (!id)
            return id.error();
        ++queued.count;
        return {};
    };
    const bool attach = DeviceTypes::policy(settings, cert.device).attachToMail;
    if (auto s = queue(MailTemplateId::DownloadRequest, QJsonObject{{QStringLiteral("download_url"), url}},
                       attach);
        !s)
        return s.error();
    if (!generatedPassword.isEmpty()) {
        if (auto s = queue(
                MailTemplateId::KeyPassword,
                QJsonObject{{QStringLiteral("key_password"), QString::fromLatin1(generatedPassword)}}, false);
            !s)
            return s.error();
    }
    return queued;
}

} // namespace certdesk
