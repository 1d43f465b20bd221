#include "bulk/BulkIssueJob.h"
#include "mail/MailQueue.h"
#include "mail/MailTemplates.h"
#include "session/PasswordSealer.h"
#include "store/Transaction.h"
#include "workflows/LicenceLimit.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace certdesk {

QString BulkIssueJob::userToJson(const UserInput& u)
{
    const QJsonObject o{{QStringLiteral("login_id"), u.loginId},
                        {QStringLiteral("email"), u.email},
                        {QStringLiteral("name"), u.displayName},
                        {QStringLiteral("department"), u.department},
                        {QStringLiteral("title"), u.title}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

UserInput BulkIssueJob::userFromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    UserInput u;
    u.loginId = o.value(QStringLiteral("login_id")).toString();
    u.email = o.value(QStringLiteral("email")).toString();
    u.displayName = o.value(QStringLiteral("name")).toString();
    u.department = o.value(QStringLiteral("department")).toString();
    u.title = o.value(QStringLiteral("title")).toString();
    return u;
}

QString BulkIssueJob::identityToJson(const IdentityInput& i)
{
    const QJsonObject o{
        {QStringLiteral("family"), i.familyName},      {QStringLiteral("given"), i.givenName},
        {QStringLiteral("family_kana"), i.familyKana}, {QStringLiteral("given_kana"), i.givenKana},
        {QStringLiteral("family_en"), i.familyEn},     {QStringLiteral("given_en"), i.givenEn}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

IdentityInput BulkIssueJob::identityFromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    IdentityInput i;
    i.familyName = o.value(QStringLiteral("family")).toString();
    i.givenName = o.value(QStringLiteral("given")).toString();
    i.familyKana = o.value(QStringLiteral("family_kana")).toString();
    i.givenKana = o.value(QStringLiteral("given_kana")).toString();
    i.familyEn = o.value(QStringLiteral("family_en")).toString();
    i.givenEn = o.value(QStringLiteral("given_en")).toString();
    return i;
}

Result<qint64> BulkIssueJob::accept(WorkflowContext& ctx, const BulkIssuePlan& plan)
{
    if (auto s = ctx.require(Permission::ManageUsers,
                             QStringLiteral("bulk issue accept file=%1").arg(plan.fileName));
        !s)
        return s.error();
    if (!plan.ok())
        return makeError(ErrorCode::Invalid, tr("The file has problems; nothing was accepted."));
    // Certificates issued since the file was checked may leave too few places for the whole file.
    auto licence = LicenceLimit::counts(ctx.db(), ctx.now());
    if (!licence)
        return licence.error();
    if (const QString why = LicenceLimit::refusal(licence.value(), plan.items.size()); !why.isEmpty())
        return makeError(ErrorCode::Conflict, why);
    auto ca = ctx.unlockedCa();
    if (!ca)
        return ca.error();
    auto sealer = ctx.passwordSealer();
    if (!sealer)
        return sealer.error();
    QList<BulkJobRow> rows;
    rows.reserve(plan.items.size());
    for (const BulkIssueItem& item : plan.items) {
        BulkJobRow r;
        r.line = item.line;
        r.loginId = item.loginId;
        r.device = item.device;
        r.notifyEmail = item.notifyEmail;
        r.remarks = item.remarks;
        r.passwordAuto = item.autoPassword;
        if (!item.autoPassword) {
            auto sealed = sealer.value()->seal(
                item.password, PasswordSealer::bulkRowBinding(item.line, item.loginId, item.device));
            if (!sealed)
                return sealed.error();
            r.passwordSealed = sealed.value();
        }
        if (item.newUser)
            r.newUserJson = userToJson(*item.newUser);
        if (item.newIdentity)
            r.newIdentityJson = identityToJson(*item.newIdentity);
        rows << r;
    }
    BulkJobRecord job;
    job.fileName = plan.fileName;
    job.createdAt = ctx.now();
    job.createdBy = ctx.actor().operatorName;
    job.createMissingUsers = plan.createMissingUsers;
    job.total = int(rows.size());
    BulkJobStore store(ctx.db());
    Transaction tx(ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto id = store.insertJob(job);
    if (!id)
        return id.error();
    if (auto s = store.insertRows(id.value(), rows); !s)
        return s.error();
    HistoryEntry h = ctx.historyEntry(Op::BulkAccepted);
    h.remarks = plan.fileName;
    h.details = QStringLiteral("job=%1 certificates=%2 new_users=%3 new_identities=%4 skipped=%5")
                    .arg(id.value())
                    .arg(rows.size())
                    .arg(plan.newUserCount())
                    .arg(plan.newIdentityCount())
                    .arg(plan.skippedRows);
    if (auto s = MailQueue::queueAdmin(ctx, int(MailTemplateId::BulkAccepted),
                                       {{QStringLiteral("file_name"), plan.fileName},
                                        {QStringLiteral("count"), QString::number(rows.size())}});
        !s)
        return s.error();
    if (auto s = ctx.commitWithHistory(tx, h); !s)
        return s.error();
    return id.value();
}

Status BulkIssueJob::recordRejected(WorkflowContext& ctx, const BulkIssuePlan& plan)
{
    if (auto s = ctx.require(Permission::ManageUsers,
                             QStringLiteral("bulk issue reject file=%1").arg(plan.fileName));
        !s)
        return s;
    Transaction tx(ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    HistoryEntry h = ctx.historyEntry(Op::BulkRejected);
    h.remarks = plan.fileName;
    h.details = QStringLiteral("problems=%1").arg(plan.problems.size());
    QStringList problems;
    for (const CsvProblem& p : plan.problems)
        problems << p.text();
    if (auto s = MailQueue::queueAdmin(ctx, int(MailTemplateId::BulkRejected),
                                       {{QStringLiteral("file_name"), plan.fileName},
                                        {QStringLiteral("problems"), problems.join(QLatin1Char('\n'))}});
        !s)
        return s;
    return ctx.commitWithHistory(tx, h);
}

} // namespace certdesk
