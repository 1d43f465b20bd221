#pragma once
// One database (SQLite file or PostgreSQL server) behind Qt SQL, with one connection per thread.
// Opening runs the numbered migrations. All SQL goes through prepared statements (exec()).
//
// PostgreSQL connection loss (server restart, dropped network): a statement outside a transaction that
// fails because the connection is gone reopens the thread's connection and runs once more; a statement
// inside a transaction fails with ErrorCode::Unavailable (the server rolls the transaction back, so nothing
// is half-written), every further statement of that transaction fails the same way without touching the
// server, and the connection is reopened at the thread's next operation after the transaction ended.
// A connection that cannot be (re)opened because the server is not reachable is ErrorCode::Unavailable too.
//
// Each connection keeps its prepared SELECT/INSERT/UPDATE/DELETE/WITH statements for reuse by SQL text
// (StatementCache, at most kCachedStatements): exec() and prepare() lend the caller one, and it is reset
// and returned when the caller's QSqlQuery goes away. The cache is dropped with a lost connection and
// emptied on every thread after a schema change (execSchema, or CREATE/ALTER/DROP through exec()).
// PostgreSQL connections plan every execution afresh (plan_cache_mode=force_custom_plan), as when each
// statement was prepared for one execution, so a reused statement never runs a generic plan.
#include "store/DatabaseUrl.h"
#include "store/StatementCache.h"
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>

namespace certdesk {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Connects and migrates to the latest schema. SQLite: WAL, foreign keys, busy timeout.
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl& url);
    static Result<std::shared_ptr<Database>> open(const QString& url);
    // Connects without bringing the schema up to date (open does): only for a look at a database that
    // this role may not own, e.g. whether it has operators yet. Nothing may be written through it.
    static Result<std::shared_ptr<Database>> openWithoutMigrations(const DatabaseUrl& url);

    const DatabaseUrl& url() const { return m_url; }
    bool isPostgres() const { return m_url.kind == DatabaseUrl::Kind::Postgres; }
    // The calling thread's connection (created on first use in that thread).
    Result<QSqlDatabase> connection();
    // Closes the calling thread's connection and forgets it (a thread that ends, e.g. a background count,
    // before another thread may get its id). No query of it may be alive. The next use opens a new one.
    void releaseThreadConnection();
    // Prepares and executes `sql` with positional `?` binds.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& binds = {});
    // Batch writes: prepare once with prepare(), then bind and run many times with execPrepared().
    Result<QSqlQuery> prepare(const QString& sql);
    // As prepare(), for a statement its caller keeps for the life of the connection and runs very often
    // (the OCSP status query): its own statement, not lent from the statement cache (whose wrapper forwards
    // every call). Forward only.
    Result<QSqlQuery> prepareKept(const QString& sql);
    Status execPrepared(QSqlQuery& query, const QVariantList& binds);
    // Row lock suffix for SELECTs inside a transaction: " FOR UPDATE" on PostgreSQL, "" on SQLite
    // (SQLite transactions are BEGIN IMMEDIATE and thus already exclusive for writers).
    QString forUpdate() const { return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString(); }
    // Constant DDL only (migrations): PostgreSQL cannot PREPARE schema statements. Never for user data.
    Status execSchema(const QString& sql);
    int schemaVersion();
    // The QPSQL connect options of every connection to this database (timeouts, TLS); also used by the
    // change feed's own listening connection.
    QString connectOptions() const;
    // Statements kept per connection.
    static constexpr int kCachedStatements = 100;

    // Typed NULLs for binding.
    static QVariant nullInt() { return QVariant(QMetaType(QMetaType::LongLong)); }
    static QVariant nullText() { return QVariant(QMetaType(QMetaType::QString)); }
    static QVariant nullBlob() { return QVariant(QMetaType(QMetaType::QByteArray)); }

    Error sqlError(const QSqlError& error, const QString& what) const;
    // True when `error`, reported by a statement on `db`, means that the connection is gone: SQLSTATE class
    // 08, 57P01..57P03, 57P05 or 25P03, or no SQLSTATE and a probe `SELECT 1` on `db` fails too (without a
    // SQLSTATE or with one of those). Always false on SQLite.
    bool isConnectionLost(QSqlDatabase& db, const QSqlError& error) const;
    // ErrorCode::Unavailable with the translated "connection lost, nothing saved" message; `error` is the
    // detail.
    Error connectionLostError(const QSqlError& error) const;

private:
    friend class Transaction;
    // The connection of one thread: its Qt SQL connection name (a new one after each loss, so that queries
    // still holding the old driver never touch the new connection), whether a Transaction is open on it and
    // whether it was found lost.
    struct ThreadConnection
    {
        QString name;
        bool inTransaction = false;
        bool lost = false;
        std::shared_ptr<StatementCache> statements; // used by the thread only
        quint64 schemaGeneration = 0;               // m_schemaGeneration when `statements` was last valid
    };

    explicit Database(DatabaseUrl url);
    Result<QSqlDatabase> createConnection(const QString& name);
    // Runs `run` on a new query of the thread's connection; on connection loss outside a transaction it
    // reopens the connection and runs `run` once more on a new query.
    template <typename Run> Result<QSqlQuery> runStatement(Run run, const QString& what);
    // The calling thread's statement cache (emptied first when the schema changed since its last use).
    std::shared_ptr<StatementCache> statementCache();
    // A statement for `sql` on `db`: a cached one, else newly prepared; none (and the failed query in
    // `failed`) when it cannot be prepared.
    std::optional<QSqlQuery> lendStatement(QSqlDatabase& db, const std::shared_ptr<StatementCache>& cache,
                                           const QString& sql, QSqlQuery& failed);
    void schemaChanged();
    Error connectError(const QSqlError& error) const;
    static QString threadKey();
    // Clears its statement cache, closes it and removes it from Qt SQL (in the thread that used it).
    static void closeConnection(const ThreadConnection& connection);
    // Marks the thread's connection as lost; returns whether a transaction was open on it.
    bool markLost();
    bool isLost();
    void setInTransaction(bool open);

    DatabaseUrl m_url;
    QString m_prefix;
    mutable QMutex m_mutex;
    QStringList m_connectionNames;
    QHash<QString, ThreadConnection> m_threads; // by threadKey()
    quint64 m_generation = 0;
    quint64 m_schemaGeneration = 0; // guarded by m_mutex
    bool m_everConnected = false;   // some connection to this database was open once (guarded by m_mutex)
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace certdesk
