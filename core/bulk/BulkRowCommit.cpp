#include "bulk/BulkRowCommit.h"
#include "download/DownloadLink.h"
#include "mail/MailQueue.h"
#include "mail/MailTemplates.h"
#include "store/CertificateStore.h"
#include "store/Settings.h"
#include "store/Transaction.h"
#include "util/Failpoint.h"

namespace certdesk {

BulkRowCommit::BulkRowCommit(WorkflowContext& ctx) : m_ctx(ctx)
{
    Settings settings(ctx.db());
    m_maxSlots = settings.intValue(SettingKey::MaxCertsPerUser);
    m_deadlineDays = settings.intValue(SettingKey::DownloadDeadlineDays);
    m_defaultCertAuth = settings.boolValue(SettingKey::DefaultCertAuth);
}

Result<UserRecord> BulkRowCommit::userFor(const PreparedRow& p)
{
    UserStore users(m_ctx.db());
    auto found = users.findByLogin(p.row.loginId, true);
    if (!found)
        return found.error();
    if (found.value())
        return *found.value();
    if (!p.newUser)
        return makeError(ErrorCode::NotFound,
                         tr("The user \"%1\" was deleted after the file was accepted.").arg(p.row.loginId));
    UserInput in = *p.newUser;
    in.certAuth = m_defaultCertAuth;
    return UserWorkflows::insertWithHistory(
        m_ctx, in, QStringLiteral("job=%1 line=%2").arg(p.row.jobId).arg(p.row.line));
}

Status BulkRowCommit::identityFor(const UserRecord& user, const PreparedRow& p)
{
    UserStore users(m_ctx.db());
    auto registered = users.identity(user.id);
    if (!registered)
        return registered.error();
    if (registered.value()) {
        // The certificate was signed with these English names; they must still be the registered ones.
        if (registered.value()->familyEn != p.input.request.familyNameEn ||
            registered.value()->givenEn != p.input.request.givenNameEn)
            return makeError(ErrorCode::Conflict,
                             tr("The certificate information of \"%1\" changed after the file was accepted.")
                                 .arg(user.loginId));
        return {};
    }
    if (!p.newIdentity)
        return makeError(ErrorCode::Conflict,
                         tr("The certificate information of \"%1\" was deleted after the file was accepted.")
                             .arg(user.loginId));
    auto r = IdentityWorkflows::insertWithHistory(m_ctx, user.id, user.loginId, *p.newIdentity);
    if (!r)
        return r.error();
    return {};
}

Result<std::optional<qint64>> BulkRowCommit::commit(const PreparedRow& p, const IssueCryptoOutput& crypto)
{
    BulkJobStore jobs(m_ctx.db());
    CertificateStore certs(m_ctx.db());
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto state = jobs.lockRowState(p.row.jobId, p.row.line);
    if (!state)
        return state.error();
    if (state.value() != BulkRowState::Pending)
        return std::optional<qint64>();
    auto user = userFor(p);
    if (!user)
        return user.error();
    if (auto s = identityFor(user.value(), p); !s)
        return s.error();
    auto taken = certs.occupiedSlots(user->id);
    if (!taken)
        return taken.error();
    if (taken->size() >= m_maxSlots)
        return makeError(ErrorCode::Conflict,
                         tr("\"%1\" already has %2 certificates, the most a user may have.")
                             .arg(p.row.loginId)
                             .arg(m_maxSlots));
    int slot = 1;
    while (taken->contains(slot))
        ++slot;
    CertificateRecord c;
    c.userId = user->id;
    c.loginId = user->loginId;
    c.caId = m_ctx.unlockedCaId();
    c.slot = slot;
    c.device = p.row.device;
    c.notifyEmail = p.row.notifyEmail.isEmpty() ? user->email : p.row.notifyEmail;
    c.remarks = p.row.remarks;
    c.status = CertStatus::AwaitingDownload;
    c.serialHex = crypto.certificate.serialHex();
    c.subject = crypto.certificate.subject();
    c.keyType = keyTypeId(p.input.policy.keyType);
    c.pkcs12Profile = pkcs12ProfileId(p.input.policy.profile);
    c.notBefore = crypto.certificate.notBefore();
    c.notAfter = crypto.certificate.notAfter();
    c.downloadDeadline = m_ctx.now().addDays(m_deadlineDays);
    c.certDer = crypto.certificate.toDer();
    c.hasPkcs12 = true;
    c.passwordAuto = p.row.passwordAuto;
    c.issuedBy = m_ctx.actor().operatorName;
    c.issuedAt = m_ctx.now();
    auto id = certs.insert(c, crypto.pkcs12, crypto.sealedPassword);
    if (!id)
        return id.error();
    if (auto s = jobs.markDone(p.row.jobId, p.row.line, id.value()); !s)
        return s.error();
    HistoryEntry h = m_ctx.historyEntry(Op::Issue);
    h.targetLogin = c.loginId;
    h.device = c.device;
    h.notifyEmail = c.notifyEmail;
    h.remarks = c.remarks;
    h.details = QStringLiteral("serial=%1 slot=%2 profile=%3 key=%4 password=%5 job=%6 line=%7")
                    .arg(c.serialHex)
                    .arg(c.slot)
                    .arg(c.pkcs12Profile, c.keyType,
                         c.passwordAuto ? QStringLiteral("auto") : QStringLiteral("manual"))
                    .arg(p.row.jobId)
                    .arg(p.row.line);
    if (auto s = HistoryLog::append(m_ctx.db(), h); !s)
        return s.error();
    c.id = id.value();
    auto link = DownloadLink::create(m_ctx.db(), Settings(m_ctx.db()), c.id);
    if (!link)
        return link.error();
    if (auto mails = MailQueue::queueIssued(m_ctx, c, user.value(),
                                            p.row.passwordAuto ? crypto.password : QByteArray(), link->url);
        !mails)
        return mails.error();
    failpoint("bulk-row-commit");
    if (auto s = tx.commit(); !s)
        return s.error();
    return std::optional<qint64>(id.value());
}

Status BulkRowCommit::fail(const BulkJobRow& row, const QString& message)
{
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    auto state = BulkJobStore(m_ctx.db()).lockRowState(row.jobId, row.line);
    if (!state)
        return state.error();
    if (state.value() != BulkRowState::Pending)
        return {};
    if (auto s = BulkJobStore(m_ctx.db()).markFailed(row.jobId, row.line, message); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::Failure);
    h.targetLogin = row.loginId;
    h.device = row.device;
    h.remarks = message;
    h.details = QStringLiteral("job=%1 line=%2").arg(row.jobId).arg(row.line);
    if (auto s = MailQueue::queueAdmin(m_ctx, int(MailTemplateId::IssuanceFailed),
                                       {{QStringLiteral("user_name"), row.loginId},
                                        {QStringLiteral("login_id"), row.loginId},
                                        {QStringLiteral("device"), DeviceTypes::displayName(row.device)},
                                        {QStringLiteral("error"), message}});
        !s)
        return s;
    return m_ctx.commitWithHistory(tx, h);
}

} // namespace certdesk
