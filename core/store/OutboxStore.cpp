#include "store/OutboxStore.h"

namespace certdesk {
namespace {

const QString kColumns = QStringLiteral("id, created_at, kind, recipient, subject, body, secret_sealed, "
                                        "certificate_id, attachment_name, target_login,"
                                        " device, state, attempts, next_attempt_at, last_error, sent_at,"
                                        " lease_until");

QDateTime fromSecs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

OutboxRecord readMail(const QSqlQuery& q)
{
    OutboxRecord m;
    m.id = q.value(0).toLongLong();
    m.createdAt = fromSecs(q.value(1));
    m.kind = q.value(2).toString();
    m.recipient = q.value(3).toString();
    m.subject = q.value(4).toString();
    m.body = q.value(5).toString();
    m.secretSealed = q.value(6).toByteArray();
    m.certificateId = q.value(7).toLongLong();
    m.attachmentName = q.value(8).toString();
    m.targetLogin = q.value(9).toString();
    m.device = q.value(10).toString();
    m.state = q.value(11).toString();
    m.attempts = q.value(12).toInt();
    m.nextAttemptAt = fromSecs(q.value(13));
    m.lastError = q.value(14).toString();
    m.sentAt = fromSecs(q.value(15));
    m.leaseUntil = fromSecs(q.value(16));
    return m;
}

} // namespace

Result<qint64> OutboxStore::insert(const OutboxRecord& m)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO outbox (created_at, kind, recipient, subject, body, secret_sealed,"
                       " certificate_id, attachment_name, target_login, device, state, attempts,"
                       " next_attempt_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,0,?) RETURNING id"),
        {m.createdAt.toSecsSinceEpoch(), m.kind, m.recipient, m.subject, m.body,
         m.secretSealed.isEmpty() ? Database::nullBlob() : QVariant(m.secretSealed),
         m.certificateId > 0 ? QVariant(m.certificateId) : Database::nullInt(), m.attachmentName,
         m.targetLogin, m.device, OutboxState::Queued, m.createdAt.toSecsSinceEpoch()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Database, tr("The mail was not queued."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<std::optional<OutboxRecord>> OutboxStore::find(qint64 id)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OutboxRecord>();
    return std::optional<OutboxRecord>(readMail(q.value()));
}

Result<QList<OutboxRecord>> OutboxStore::list(int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM outbox ORDER BY id DESC LIMIT ?"),
                       {limit});
    if (!q)
        return q.error();
    QList<OutboxRecord> out;
    while (q->next())
        out << readMail(q.value());
    return out;
}

Result<QList<qint64>> OutboxStore::due(const QDateTime& nowUtc, bool ignoreBackoff)
{
    auto q =
        ignoreBackoff
            ? m_db.exec(QStringLiteral("SELECT id FROM outbox WHERE state = 'queued' ORDER BY id"))
            : m_db.exec(QStringLiteral("SELECT id FROM outbox WHERE state = 'queued' AND next_attempt_at <= ?"
                                       " ORDER BY id"),
                        {nowUtc.toSecsSinceEpoch()});
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<bool> OutboxStore::claim(qint64 id, const QDateTime& leaseUntil)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, lease_until = ?"
                       " WHERE id = ? AND state = 'queued'"),
        {leaseUntil.toSecsSinceEpoch(), id});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Status OutboxStore::markSent(qint64 id, const QDateTime& atUtc, const QDateTime& leaseUntil)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = ?, last_error = '', secret_sealed = NULL,"
                       " lease_until = NULL WHERE id = ? AND state = 'sending' AND lease_until = ?"),
        {atUtc.toSecsSinceEpoch(), id, leaseUntil.toSecsSinceEpoch()});
    if (!q)
        return q.error();
    return {};
}

Status OutboxStore::markAttemptFailed(qint64 id, const QString& error, const std::optional<QDateTime>& next,
                                      const QDateTime& leaseUntil)
{
    auto q = next ? m_db.exec(QStringLiteral(
                                  "UPDATE outbox SET state = 'queued', last_error = ?, next_attempt_at = ?,"
                                  " lease_until = NULL WHERE id = ? AND state = 'sending'"
                                  " AND lease_until = ?"),
                              {error, next->toSecsSinceEpoch(), id, leaseUntil.toSecsSinceEpoch()})
                  : m_db.exec(QStringLiteral(
                                  "UPDATE outbox SET state = 'failed', last_error = ?, secret_sealed = NULL,"
                                  " lease_until = NULL WHERE id = ? AND state = 'sending'"
                                  " AND lease_until = ?"),
                              {error, id, leaseUntil.toSecsSinceEpoch()});
    if (!q)
        return q.error();
    return {};
}

Status OutboxStore::setState(qint64 id, const QString& fromState, const QString& toState,
                             const QDateTime& nextUtc, const QDateTime& nowUtc, bool dropSecret)
{
    auto q = m_db.exec(
        dropSecret ? QStringLiteral("UPDATE outbox SET state = ?, next_attempt_at = ?, lease_until = NULL,"
                                    " secret_sealed = NULL WHERE id = ? AND state = ?"
                                    " AND (state <> 'sending' OR lease_until IS NULL OR lease_until <= ?)")
                   : QStringLiteral("UPDATE outbox SET state = ?, next_attempt_at = ?, lease_until = NULL"
                                    " WHERE id = ? AND state = ?"
                                    " AND (state <> 'sending' OR lease_until IS NULL OR lease_until <= ?)"),
        {toState, nextUtc.toSecsSinceEpoch(), id, fromState, nowUtc.toSecsSinceEpoch()});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("The mail was changed meanwhile; look at the outbox again."));
    return {};
}

Result<int> OutboxStore::count(const QString& state)
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"), {state});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace certdesk
