#include "store/BulkJobStore.h"

namespace certdesk {
namespace {

const QString kRowColumns =
    QStringLiteral("job_id, line, login_id, device, notify_email, remarks, password_auto,"
                   " password_sealed, new_user, new_identity, state, certificate_id, error");

const QString kJobColumns = QStringLiteral(
    "id, file_name, created_at, created_by, create_missing, state, total, finished_at,"
    " (SELECT COUNT(*) FROM bulk_job_rows r WHERE r.job_id = bulk_jobs.id AND r.state = 'done'),"
    " (SELECT COUNT(*) FROM bulk_job_rows r WHERE r.job_id = bulk_jobs.id AND r.state = 'failed')");

BulkJobRecord readJob(const QSqlQuery& q)
{
    BulkJobRecord j;
    j.id = q.value(0).toLongLong();
    j.fileName = q.value(1).toString();
    j.createdAt = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    j.createdBy = q.value(3).toString();
    j.createMissingUsers = q.value(4).toInt() != 0;
    j.state = q.value(5).toString();
    j.total = q.value(6).toInt();
    if (!q.value(7).isNull())
        j.finishedAt = QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    j.done = q.value(8).toInt();
    j.failed = q.value(9).toInt();
    return j;
}

} // namespace

Result<qint64> BulkJobStore::insertJob(const BulkJobRecord& j)
{
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO bulk_jobs (file_name, created_at, created_by, create_missing, state, total)"
            " VALUES (?,?,?,?,?,?) RETURNING id"),
        {j.fileName, j.createdAt.toSecsSinceEpoch(), j.createdBy, j.createMissingUsers ? 1 : 0,
         QStringLiteral("open"), j.total});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Database, tr("The bulk job was not stored."));
    return q->value(0).toLongLong();
}

Status BulkJobStore::insertRows(qint64 jobId, const QList<BulkJobRow>& rows)
{
    auto ins = m_db.prepare(
        QStringLiteral("INSERT INTO bulk_job_rows (job_id, line, login_id, device, notify_email, remarks,"
                       " password_auto, password_sealed, new_user, new_identity, state)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    if (!ins)
        return ins.error();
    for (const BulkJobRow& r : rows) {
        if (auto s = m_db.execPrepared(
                ins.value(),
                {jobId, r.line, r.loginId, r.device, r.notifyEmail, r.remarks, r.passwordAuto ? 1 : 0,
                 r.passwordSealed.isEmpty() ? Database::nullBlob() : QVariant(r.passwordSealed),
                 r.newUserJson, r.newIdentityJson, BulkRowState::Pending});
            !s)
            return s;
    }
    return {};
}

Result<std::optional<BulkJobRecord>> BulkJobStore::job(qint64 id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + kJobColumns + QStringLiteral(" FROM bulk_jobs WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<BulkJobRecord>();
    return std::optional<BulkJobRecord>(readJob(q.value()));
}

Result<QList<BulkJobRecord>> BulkJobStore::jobs(int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kJobColumns +
                           QStringLiteral(" FROM bulk_jobs ORDER BY id DESC LIMIT ?"),
                       {limit});
    if (!q)
        return q.error();
    QList<BulkJobRecord> out;
    while (q->next())
        out << readJob(q.value());
    return out;
}

Result<QList<BulkJobRow>> BulkJobStore::rows(qint64 jobId, const QString& state)
{
    auto q = state.isEmpty()
                 ? m_db.exec(QStringLiteral("SELECT ") + kRowColumns +
                                 QStringLiteral(" FROM bulk_job_rows WHERE job_id = ? ORDER BY line"),
                             {jobId})
                 : m_db.exec(
                       QStringLiteral("SELECT ") + kRowColumns +
                           QStringLiteral(" FROM bulk_job_rows WHERE job_id = ? AND state = ? ORDER BY line"),
                       {jobId, state});
    if (!q)
        return q.error();
    QList<BulkJobRow> out;
    while (q->next()) {
        BulkJobRow r;
        r.jobId = q->value(0).toLongLong();
        r.line = q->value(1).toInt();
        r.loginId = q->value(2).toString();
        r.device = q->value(3).toString();
        r.notifyEmail = q->value(4).toString();
        r.remarks = q->value(5).toString();
        r.passwordAuto = q->value(6).toInt() != 0;
        r.passwordSealed = q->value(7).toByteArray();
        r.newUserJson = q->value(8).toString();
        r.newIdentityJson = q->value(9).toString();
        r.state = q->value(10).toString();
        r.certificateId = q->value(11).toLongLong();
        r.error = q->value(12).toString();
        out << r;
    }
    return out;
}

Result<QString> BulkJobStore::lockRowState(qint64 jobId, int line)
{
    auto q = m_db.exec(QStringLiteral("SELECT state FROM bulk_job_rows WHERE job_id = ? AND line = ?") +
                           m_db.forUpdate(),
                       {jobId, line});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status BulkJobStore::markDone(qint64 jobId, int line, qint64 certificateId)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE bulk_job_rows SET state = 'done', certificate_id = ?, password_sealed = NULL"
                       " WHERE job_id = ? AND line = ?"),
        {certificateId, jobId, line});
    if (!q)
        return q.error();
    return {};
}

Status BulkJobStore::markFailed(qint64 jobId, int line, const QString& error)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE bulk_job_rows SET state = 'failed', error = ?, password_sealed = NULL"
                       " WHERE job_id = ? AND line = ?"),
        {error, jobId, line});
    if (!q)
        return q.error();
    return {};
}

Status BulkJobStore::finishIfComplete(qint64 jobId, const QDateTime& atUtc)
{
    auto q = m_db.exec(
        QStringLiteral(
            "UPDATE bulk_jobs SET state = 'finished', finished_at = ? WHERE id = ? AND state = 'open'"
            " AND NOT EXISTS (SELECT 1 FROM bulk_job_rows WHERE job_id = ? AND state = 'pending')"),
        {atUtc.toSecsSinceEpoch(), jobId, jobId});
    if (!q)
        return q.error();
    return {};
}

} // namespace certdesk
