#include "store/Transaction.h"

#include <QSqlError>

namespace certdesk {

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value();
    if (m_db.isPostgres()) {
        if (!db.transaction())
            return m_db.sqlError(db.lastError(), tr("Cannot start a database transaction"));
    } else {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return m_db.sqlError(q.lastError(), tr("Cannot start a database transaction"));
    }
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Database, tr("No transaction is open."));
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value();
    bool ok = false;
    QSqlError err;
    if (m_db.isPostgres()) {
        ok = db.commit();
        err = db.lastError();
    } else {
        QSqlQuery q(db);
        ok = q.exec(QStringLiteral("COMMIT"));
        err = q.lastError();
    }
    if (!ok) {
        rollback();
        return m_db.sqlError(err, tr("The database could not save the change"));
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    auto conn = m_db.connection();
    if (!conn)
        return;
    QSqlDatabase db = conn.value();
    if (m_db.isPostgres()) {
        db.rollback();
    } else {
        QSqlQuery q(db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

} // namespace certdesk
