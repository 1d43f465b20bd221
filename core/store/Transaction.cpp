#include "store/Transaction.h"

#include <QSqlError>

namespace certdesk {

Transaction::~Transaction()
{
    rollback();
}

// BEGIN (SQLite: BEGIN IMMEDIATE, the one writer) or COMMIT on `db`; the error in *err.
bool Transaction::control(QSqlDatabase& db, Step step, QSqlError* err) const
{
    bool ok = false;
    if (m_db.isPostgres()) {
        ok = step == Step::Begin ? db.transaction() : db.commit();
        *err = db.lastError();
    } else {
        QSqlQuery q(db);
        ok = q.exec(step == Step::Begin ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("COMMIT"));
        *err = q.lastError();
    }
    return ok;
}

Status Transaction::begin()
{
    // A BEGIN that fails because the connection is gone (server restarted) reopens it and tries once more.
    for (int attempt = 0;; ++attempt) {
        auto conn = m_db.connection();
        if (!conn)
            return conn.error();
        QSqlDatabase db = conn.value();
        QSqlError err;
        if (control(db, Step::Begin, &err)) {
            m_db.setInTransaction(true);
            m_active = true;
            return {};
        }
        if (!m_db.isConnectionLost(db, err))
            return m_db.sqlError(err, tr("Cannot start a database transaction"));
        m_db.markLost();
        if (attempt > 0)
            return m_db.connectionLostError(err);
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Database, tr("No transaction is open."));
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value();
    QSqlError err;
    if (!control(db, Step::Commit, &err)) {
        const bool lost = m_db.isConnectionLost(db, err);
        if (lost)
            m_db.markLost();
        rollback();
        if (lost)
            return m_db.connectionLostError(err);
        return m_db.sqlError(err, tr("The database could not save the change"));
    }
    m_active = false;
    m_db.setInTransaction(false);
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // A lost connection has nothing to roll back (the server did it); the next operation reopens it.
    if (!m_db.isLost()) {
        auto conn = m_db.connection();
        if (conn) {
            QSqlDatabase db = conn.value();
            bool ok = false;
            if (m_db.isPostgres()) {
                ok = db.rollback();
            } else {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("ROLLBACK"));
            }
            // A connection whose ROLLBACK failed is in an unknown state: reopen it at the next operation.
            if (!ok && m_db.isPostgres())
                m_db.markLost();
        }
    }
    m_db.setInTransaction(false);
}

} // namespace certdesk
