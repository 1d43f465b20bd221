#include "store/OperatorStore.h"

namespace certdesk {
namespace {

const QString kOperatorColumns =
    QStringLiteral("id, login, display_name, role, password_hash, failed_count, locked, disabled, "
                   "must_change_password, created_at, updated_at, last_sign_in_at");

QDateTime fromSecs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant toSecs(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : Database::nullInt();
}

OperatorRecord readOperator(const QSqlQuery& q)
{
    OperatorRecord op;
    op.id = q.value(0).toLongLong();
    op.login = q.value(1).toString();
    op.displayName = q.value(2).toString();
    op.role = q.value(3).toString();
    op.passwordHash = q.value(4).toString();
    op.failedCount = q.value(5).toInt();
    op.locked = q.value(6).toInt() != 0;
    op.disabled = q.value(7).toInt() != 0;
    op.mustChangePassword = q.value(8).toInt() != 0;
    op.createdAt = fromSecs(q.value(9));
    op.updatedAt = fromSecs(q.value(10));
    op.lastSignInAt = fromSecs(q.value(11));
    return op;
}

} // namespace

Result<qint64> OperatorStore::insert(const OperatorRecord& op)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO operators (login, display_name, role, password_hash, failed_count,"
                       " locked, disabled, must_change_password, created_at, updated_at,"
                       " last_sign_in_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
        {op.login, op.displayName, op.role, op.passwordHash, op.failedCount, op.locked ? 1 : 0,
         op.disabled ? 1 : 0, op.mustChangePassword ? 1 : 0, op.createdAt.toSecsSinceEpoch(),
         op.updatedAt.toSecsSinceEpoch(), toSecs(op.lastSignInAt)});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Database, tr("The new operator was not stored."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<std::optional<OperatorRecord>> OperatorStore::findByLogin(const QString& login, bool lockRow)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kOperatorColumns +
                           QStringLiteral(" FROM operators WHERE login = ?") +
                           (lockRow ? m_db.forUpdate() : QString()),
                       {login});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OperatorRecord>();
    return std::optional<OperatorRecord>(readOperator(q.value()));
}

Result<std::optional<OperatorRecord>> OperatorStore::findByLoginFolded(const QString& login)
{
    const QString wanted = login.trimmed();
    auto all = list();
    if (!all)
        return all.error();
    for (const OperatorRecord& op : all.value()) {
        if (QString::compare(op.login.trimmed(), wanted, Qt::CaseInsensitive) == 0)
            return std::optional<OperatorRecord>(op);
    }
    return std::optional<OperatorRecord>();
}

Result<std::optional<OperatorRecord>> OperatorStore::findById(qint64 id, bool lockRow)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kOperatorColumns +
                           QStringLiteral(" FROM operators WHERE id = ?") +
                           (lockRow ? m_db.forUpdate() : QString()),
                       {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OperatorRecord>();
    return std::optional<OperatorRecord>(readOperator(q.value()));
}

Result<QList<OperatorRecord>> OperatorStore::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kOperatorColumns +
                       QStringLiteral(" FROM operators ORDER BY login, id"));
    if (!q)
        return q.error();
    QList<OperatorRecord> out;
    while (q->next())
        out << readOperator(q.value());
    return out;
}

Status OperatorStore::updateOne(const QString& assignments, QVariantList binds, qint64 id)
{
    binds << id;
    auto q = m_db.exec(
        QStringLiteral("UPDATE operators SET ") + assignments + QStringLiteral(" WHERE id = ?"), binds);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("There is no operator with ID %1.").arg(id));
    return {};
}

Status OperatorStore::setRole(qint64 id, const QString& role, const QDateTime& nowUtc)
{
    return updateOne(QStringLiteral("role = ?, updated_at = ?"), {role, nowUtc.toSecsSinceEpoch()}, id);
}

Status OperatorStore::setDisplayName(qint64 id, const QString& displayName, const QDateTime& nowUtc)
{
    return updateOne(QStringLiteral("display_name = ?, updated_at = ?"),
                     {displayName, nowUtc.toSecsSinceEpoch()}, id);
}

Status OperatorStore::setPasswordHash(qint64 id, const QString& passwordHash, bool mustChangePassword,
                                      const QDateTime& nowUtc)
{
    return updateOne(QStringLiteral("password_hash = ?, must_change_password = ?, updated_at = ?"),
                     {passwordHash, mustChangePassword ? 1 : 0, nowUtc.toSecsSinceEpoch()}, id);
}

Status OperatorStore::setFailedCount(qint64 id, int failedCount)
{
    return updateOne(QStringLiteral("failed_count = ?"), {failedCount}, id);
}

Status OperatorStore::setLocked(qint64 id, bool locked, const QDateTime& nowUtc)
{
    return updateOne(QStringLiteral("locked = ?, updated_at = ?"),
                     {locked ? 1 : 0, nowUtc.toSecsSinceEpoch()}, id);
}

Status OperatorStore::setDisabled(qint64 id, bool disabled, const QDateTime& nowUtc)
{
    return updateOne(QStringLiteral("disabled = ?, updated_at = ?"),
                     {disabled ? 1 : 0, nowUtc.toSecsSinceEpoch()}, id);
}

Status OperatorStore::setLastSignIn(qint64 id, const QDateTime& atUtc)
{
    return updateOne(QStringLiteral("last_sign_in_at = ?"), {toSecs(atUtc)}, id);
}

Result<qint64> OperatorStore::countActiveAdministrators()
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM operators WHERE role = ? AND disabled = 0"),
                       {QStringLiteral("admin")});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Database, tr("The administrators could not be counted."));
    return q->value(0).toLongLong();
}

Result<QList<AdministratorContact>> OperatorStore::activeAdministrators()
{
    auto q =
        m_db.isPostgres()
            ? m_db.exec(QStringLiteral("SELECT login, display_name FROM certdesk_active_administrators()"))
            : m_db.exec(QStringLiteral("SELECT login, display_name FROM operators WHERE role = ? AND"
                                       " disabled = 0 AND locked = 0 ORDER BY login, id"),
                        {QStringLiteral("admin")});
    if (!q)
        return q.error();
    QList<AdministratorContact> out;
    while (q->next())
        out << AdministratorContact{q->value(0).toString(), q->value(1).toString()};
    return out;
}

} // namespace certdesk
