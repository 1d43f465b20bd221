#pragma once
// The prepared statements of one database connection, kept for reuse by SQL text (Database::exec and
// Database::prepare): a bulk row runs ~25 small statements, and preparing each anew (SQLite's parser and
// planner, Qt's result objects; on PostgreSQL a PREPARE and a DEALLOCATE round trip) cost more than running
// it. Bounded, least recently used first out.
//
// A statement is lent to one caller at a time, wrapped in a CachedStatement: the caller's QSqlQuery works
// as before (next, value, finish, numRowsAffected, even exec or prepare of other SQL, which then uses a
// statement of its own). When the caller's last copy of the QSqlQuery goes away, the statement is reset
// (finish(): SQLite releases its read snapshot and locks, no statement stays active) and returned. A
// second caller of the same SQL while the first still holds it gets a statement of its own.
//
// Used by one thread (the connection's); dropped as a whole when the connection is lost or reopened, and
// emptied after every schema change (Database::execSchema), so no statement outlives its connection or
// was prepared against an older schema.
#include <QSqlQuery>
#include <QSqlResult>
#include <memory>
#include <optional>
#include <unordered_map>

namespace certdesk {

class StatementCache
{
public:
    explicit StatementCache(int capacity) : m_capacity(capacity) {}
    // The idle statement prepared for `sql`, taken out of the cache (none: prepare a new one).
    std::optional<QSqlQuery> take(const QString& sql);
    // Resets `query` and keeps it for the next take(sql), unless the cache was cleared since it was taken
    // (`generation`) or already holds one for that SQL.
    void giveBack(const QString& sql, QSqlQuery query, quint64 generation);
    void clear();
    quint64 generation() const { return m_generation; }
    int size() const { return int(m_idle.size()); }

private:
    struct Idle
    {
        QSqlQuery query;
        quint64 lastUse = 0;
    };
    int m_capacity;
    quint64 m_generation = 0;
    quint64 m_clock = 0;
    std::unordered_map<QString, Idle> m_idle; // QSqlQuery is move-only
};

// A QSqlResult that lends the caller a statement of a StatementCache and returns it when the caller's
// QSqlQuery is destroyed. Every call is forwarded to the lent statement.
class CachedStatement final : public QSqlResult
{
public:
    CachedStatement(const std::shared_ptr<StatementCache>& cache, const QString& sql, QSqlQuery lent);
    ~CachedStatement() override;
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;
    QVariant handle() const override;

protected:
    QVariant data(int i) override;
    bool isNull(int i) override;
    bool reset(const QString& sql) override;
    bool fetch(int i) override;
    bool fetchNext() override;
    bool fetchPrevious() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    bool prepare(const QString& sql) override;
    bool savePrepare(const QString& sql) override;
    bool exec() override;
    void setForwardOnly(bool forward) override;
    void detachFromResultSet() override;
    void setNumericalPrecisionPolicy(QSql::NumericalPrecisionPolicy policy) override;
    bool nextResult() override;

private:
    // Returns the lent statement to the cache and continues on a new, uncached one of the same driver.
    void detachFromCache();
    bool follow(bool moved);
    void sync();

    std::weak_ptr<StatementCache> m_cache;
    quint64 m_generation = 0;
    QString m_sql;
    QSqlQuery m_query;
};

} // namespace certdesk
