#include "mail/MailQueue.h"
#include "mail/MailConfig.h"
#include "mail/MailTemplates.h"
#include "store/CertificateStore.h"
#include "store/OutboxStore.h"
#include "store/UserStore.h"
#include "workflows/DeviceTypes.h"
#include "workflows/PasswordSealer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <openssl/rand.h>

namespace certdesk {

bool MailQueue::mailConfigured(const Settings& settings)
{
    return MailConfig::load(settings).configured();
}

QString MailQueue::downloadUrl(const Settings& settings, const QString& token)
{
    QString base = settings.value(SettingKey::PortalBaseUrl).trimmed();
    if (base.isEmpty())
        return {};
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/download/") + token;
}

QString MailQueue::newDownloadToken()
{
    QByteArray raw(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), int(raw.size())) != 1)
        return {};
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString MailQueue::tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

Result<QueuedMails> MailQueue::queueIssued(WorkflowContext& ctx, const CertificateRecord& cert, const UserRecord& user,
                                           const QByteArray& generatedPassword)
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
    const QHash<QString, QString> values = {
        {QStringLiteral("org_name"), org},
        {QStringLiteral("user_name"), userName},
        {QStringLiteral("login_id"), cert.loginId},
        {QStringLiteral("device"), DeviceTypes::displayName(cert.device)},
        {QStringLiteral("download_deadline"), MailTemplates::formatDateTime(cert.downloadDeadline, language)},
    };

    // The download link: its hash on the certificate, the link itself only sealed in the outbox.
    const QString token = newDownloadToken();
    if (token.isEmpty())
        return makeError(ErrorCode::Crypto, tr("Could not create a download link."));
    if (auto s = CertificateStore(ctx.db()).setDownloadTokenHash(cert.id, tokenHash(token)); !s)
        return s.error();
    QString url = downloadUrl(settings, token);
    if (url.isEmpty())
        url = language == QLatin1String("en") ? QStringLiteral("(ask your administrator for the certificate file)")
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
        auto sealed = sealer.value()->seal(QJsonDocument(secrets).toJson(QJsonDocument::Compact));
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
    if (auto s = queue(MailTemplateId::DownloadRequest, QJsonObject{{QStringLiteral("download_url"), url}}, attach); !s)
        return s.error();
    if (!generatedPassword.isEmpty()) {
        if (auto s = queue(MailTemplateId::KeyPassword,
                           QJsonObject{{QStringLiteral("key_password"), QString::fromLatin1(generatedPassword)}}, false);
            !s)
            return s.error();
    }
    return queued;
}

} // namespace certdesk
