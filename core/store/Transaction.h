#pragma once
#include "store/Database.h"

namespace certdesk {

// One unit of work: a change and its history row commit together or not at all.
// SQLite: BEGIN IMMEDIATE (one writer at a time); PostgreSQL: BEGIN, with row locks via forUpdate().
// Rolls back on destruction unless commit() succeeded.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(Database& db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    enum class Step { Begin, Commit };
    bool control(QSqlDatabase& db, Step step, QSqlError* err) const;
    Database& m_db;
    bool m_active = false;
};

} // namespace certdesk
