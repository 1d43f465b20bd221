#pragma once
// One database (SQLite file or PostgreSQL server) behind Qt SQL, with one connection per thread.
// Opening runs the numbered migrations. All SQL goes through prepared statements (exec()).
#include "store/DatabaseUrl.h"
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

    const DatabaseUrl& url() const { return m_url; }
    bool isPostgres() const { return m_url.kind == DatabaseUrl::Kind::Postgres; }
    // The calling thread's connection (created on first use in that thread).
    Result<QSqlDatabase> connection();
    // Prepares and executes `sql` with positional `?` binds.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& binds = {});
    // Batch writes: prepare once with prepare(), then bind and run many times with execPrepared().
    Result<QSqlQuery> prepare(const QString& sql);
    Status execPrepared(QSqlQuery& query, const QVariantList& binds);
    // Row lock suffix for SELECTs inside a transaction: " FOR UPDATE" on PostgreSQL, "" on SQLite
    // (SQLite transactions are BEGIN IMMEDIATE and thus already exclusive for writers).
    QString forUpdate() const { return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString(); }
    // Constant DDL only (migrations): PostgreSQL cannot PREPARE schema statements. Never for user data.
    Status execSchema(const QString& sql);
    int schemaVersion();

    // Typed NULLs for binding.
    static QVariant nullInt() { return QVariant(QMetaType(QMetaType::LongLong)); }
    static QVariant nullText() { return QVariant(QMetaType(QMetaType::QString)); }
    static QVariant nullBlob() { return QVariant(QMetaType(QMetaType::QByteArray)); }

    Error sqlError(const QSqlError& error, const QString& what) const;

private:
    explicit Database(DatabaseUrl url);
    Result<QSqlDatabase> createConnection(const QString& name);

    DatabaseUrl m_url;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace certdesk
