#include "bulk/BulkRowCommit.h"
#include "download/DownloadLink.h"
#include "mail/MailQueue.h"
#include "mail/MailTemplates.h"
#include "store/CertificateStore.h"
#include "store/Settings.h"
#include "store/Transaction.h"
#include "store/UserSearchText.h"
#include "util/Failpoint.h"
#include "workflows/LicenceLimit.h"

#include <QSqlError>
#include <QSqlQuery>

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
    if (m_ctx.db().isPostgres()) {
        // Two jobs creating the same user at once (overlapping files): FOR UPDATE locks no row that does not
        // exist yet, so the second INSERT would fail on the unique login ID and stop its whole run. The
        // creators of one login take turns here (until commit); the second then finds the user the first
        // created and goes on as for an existing user (SQLite: BEGIN IMMEDIATE already serializes).
        if (auto l = m_ctx.db().exec(QStringLiteral("SELECT pg_advisory_xact_lock(727276, hashtext(?))"),
                                     {p.row.loginId});
            !l)
            return l.error();
        auto again = users.findByLogin(p.row.loginId, true);
        if (!again)
            return again.error();
        if (again.value())
            return *again.value();
    }
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

Status BulkRowCommit::savepoint(const QString& sql)
{
    auto conn = m_ctx.db().connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    if (!q.exec(sql))
        return m_ctx.db().sqlError(q.lastError(), tr("The database rejected a statement"));
    return {};
}

Result<std::optional<qint64>> BulkRowCommit::write(const PreparedRow& p, const IssueCryptoOutput& crypto)
{
    if (!m_group) {
        m_group.emplace(m_ctx.db());
        if (auto s = m_group->begin(); !s) {
            m_group.reset();
            return s.error();
        }
        // Read once per group, inside its transaction (ten settings): queueIssued() queues nothing when
        // no mail server is configured.
        m_mailConfigured = MailQueue::mailConfigured(Settings(m_ctx.db()));
    }
    if (auto s = savepoint(QStringLiteral("SAVEPOINT bulk_row")); !s)
        return s.error();
    Result<std::optional<qint64>> written = std::optional<qint64>();
    {
        // The row's history rows (user, certificate information, certificate) are appended as one batch,
        // and its user's search text is refreshed once, both inside the row's savepoint.
        UserSearchText::DeferredRefresh searchText(m_ctx.db());
        HistoryAppendBatch history(m_ctx.db());
        written = writeRow(p, crypto);
        if (written) {
            if (auto s = searchText.flush(); !s)
                written = s.error();
            else if (auto h = history.flush(); !h)
                written = h.error();
        }
    }
    if (!written) {
        // Nothing of this row stays; the rows before it in the group are untouched.
        if (auto s = savepoint(QStringLiteral("ROLLBACK TO SAVEPOINT bulk_row")); !s)
            return written.error().code == ErrorCode::Database ? written.error() : s.error();
    }
    if (auto s = savepoint(QStringLiteral("RELEASE SAVEPOINT bulk_row")); !s)
        return s.error();
    if (written)
        failpoint("bulk-row-commit"); // the row is complete, its group not committed yet
    return written;
}

Status BulkRowCommit::commitGroup()
{
    if (!m_group)
        return {};
    failpoint("bulk-group-commit");
    Status s = m_group->commit(); // rolls the group back when it fails
    m_group.reset();
    return s;
}

Result<std::optional<qint64>> BulkRowCommit::writeRow(const PreparedRow& p, const IssueCryptoOutput& crypto)
{
    BulkJobStore jobs(m_ctx.db());
    CertificateStore certs(m_ctx.db());
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
    // The contracted number: checked for the whole file when it was accepted; a certificate issued
    // elsewhere meanwhile makes the rows past the limit fail here (race-safe, see LicenceLimit).
    if (auto s = LicenceLimit::reserve(m_ctx.db(), m_ctx.now(), 1); !s)
        return s.error();
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
    if (m_mailConfigured) {
        if (auto mails = MailQueue::queueIssued(
                m_ctx, c, user.value(), p.row.passwordAuto ? crypto.password : QByteArray(), link->url);
            !mails)
            return mails.error();
    }
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
