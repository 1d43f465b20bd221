#include "store/Database.h"
#include "store/FilePermissions.h"
#include "store/Migrations.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QUuid>

namespace certdesk {

Database::Database(DatabaseUrl url)
    : m_url(std::move(url)),
      m_prefix(QStringLiteral("certdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    // Cached statements first: no query may outlive its connection.
    for (ThreadConnection& t : m_threads) {
        if (t.statements)
            t.statements->clear();
    }
    for (const QString& name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<Database>> Database::open(const QString& url)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    return open(parsed.value());
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl& url)
{
    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        const QFileInfo file(url.path);
        const QFileInfo dir(file.absolutePath());
        if (!dir.exists() || !dir.isDir())
            return makeError(ErrorCode::Io,
                             tr("The folder for the database does not exist: %1").arg(dir.filePath()));
        if ((file.exists() && !file.isWritable()) || (!file.exists() && !dir.isWritable()))
            return makeError(ErrorCode::Io,
                             tr("The database file cannot be written: %1").arg(file.filePath()));
        // A new database is readable by its owner only; SQLite gives the -wal and -shm files the mode of
        // the database file.
        if (!file.exists()) {
            if (auto s = FilePermissions::createOwnerOnly(file.filePath()); !s)
                return s.error();
        }
    }
    auto db = openWithoutMigrations(url);
    if (!db)
        return db.error();
    auto migrated = Migrations::run(*db.value());
    if (!migrated)
        return migrated.error();
    return db;
}

Result<std::shared_ptr<Database>> Database::openWithoutMigrations(const DatabaseUrl& url)
{
    std::shared_ptr<Database> db(new Database(url));
    auto conn = db->connection();
    if (!conn)
        return conn.error();
    return db;
}

QString Database::threadKey()
{
    return QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
}

Result<QSqlDatabase> Database::connection()
{
    const QString key = threadKey();
    ThreadConnection current;
    {
        QMutexLocker lock(&m_mutex);
        current = m_threads.value(key);
    }
    if (!current.name.isEmpty()) {
        if (current.lost && current.inTransaction)
            return connectionLostError(QSqlError());
        if (!current.lost) {
            QSqlDatabase db = QSqlDatabase::database(current.name, false);
            if (db.isOpen())
                return db;
            // Never opened (the server was not reachable): try again under the same name.
            return createConnection(current.name);
        }
        // Lost: drop it. Its name is not reused, so a query still holding the old driver never runs
        // anything (such as DEALLOCATE) on the new connection.
        closeConnection(current);
    }
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        if (!current.name.isEmpty())
            m_connectionNames.removeAll(current.name);
        name = m_prefix + QLatin1Char('-') + key + QLatin1Char('-') + QString::number(++m_generation);
        m_threads.insert(key, ThreadConnection{name, false, false,
                                               std::make_shared<StatementCache>(kCachedStatements),
                                               m_schemaGeneration});
    }
    return createConnection(name);
}

void Database::releaseThreadConnection()
{
    ThreadConnection current;
    {
        QMutexLocker lock(&m_mutex);
        current = m_threads.take(threadKey());
        m_connectionNames.removeAll(current.name);
    }
    if (!current.name.isEmpty())
        closeConnection(current);
}

void Database::closeConnection(const ThreadConnection& connection)
{
    // Its cached statements first (a statement lent out now finds no cache to return to).
    if (connection.statements)
        connection.statements->clear();
    {
        QSqlDatabase db = QSqlDatabase::database(connection.name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection.name);
}

Result<QSqlDatabase> Database::createConnection(const QString& name)
{
    const bool pg = isPostgres();
    QSqlDatabase db =
        QSqlDatabase::contains(name)
            ? QSqlDatabase::database(name, false)
            : QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return makeError(ErrorCode::Database,
                         tr("The Qt SQL driver for %1 is not installed.")
                             .arg(pg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")));
    if (pg) {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.database);
        db.setConnectOptions(connectOptions());
    } else {
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    }
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.contains(name))
            m_connectionNames.append(name);
    }
    if (!db.open())
        return connectError(db.lastError());
    {
        QMutexLocker lock(&m_mutex);
        m_everConnected = true;
    }
    if (pg) {
        // An auditor's connection reads the views of certdesk_redacted, which show the secret columns
        // empty; the tables' own columns are not granted to it (migration 13).
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral(
                "SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = session_user"
                " AND g.rolname = 'certdesk_auditor')")))
            return sqlError(q.lastError(), tr("Cannot prepare the database %1").arg(m_url.display()));
        if (q.next() && q.value(0).toBool() &&
            !q.exec(QStringLiteral("SET search_path = certdesk_redacted, public")))
            return sqlError(q.lastError(), tr("Cannot prepare the database %1").arg(m_url.display()));
    } else {
        QSqlQuery q(db);
        // synchronous=FULL: every commit is synced to disk, so a committed revocation survives a power cut.
        // mmap_size: large files (yearly export and verification of millions of history rows, searches over
        // 100,000 users) are read through the mapping instead of one read() per page.
        for (const char* pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL",
              "PRAGMA busy_timeout=15000", "PRAGMA mmap_size=1073741824"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                return sqlError(q.lastError(), tr("Cannot prepare the database %1").arg(m_url.display()));
        }
    }
    return db;
}

namespace {

bool bindAndExec(QSqlQuery& q, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        // A null QString inside a non-null variant means "empty text", not SQL NULL (use nullText()).
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, v);
    }
    return q.exec();
}

// SQLSTATEs after which the server has closed the session: connection exceptions (class 08), admin /
// crash / cannot-connect-now shutdown, idle session timeout, idle-in-transaction timeout.
bool isLostSqlState(const QString& state)
{
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
           state == QLatin1String("57P02") || state == QLatin1String("57P03") ||
           state == QLatin1String("57P05") || state == QLatin1String("25P03");
}

// libpq's own connect failures carry no SQLSTATE; these (untranslated libpq) texts mean that no server
// answered or it did not accept connections at that moment — as opposed to a server that refused this
// user, password or database.
bool looksUnreachable(const QString& text)
{
    static const char* const markers[] = {"Connection refused",
                                          "could not connect to server",
                                          "timeout expired",
                                          "could not translate host",
                                          "No route to host",
                                          "Network is unreachable",
                                          "Connection timed out",
                                          "Connection reset",
                                          "server closed the connection unexpectedly",
                                          "could not receive data from server",
                                          "could not send data to server",
                                          "the database system is starting up",
                                          "the database system is shutting down",
                                          "the database system is in recovery mode",
                                          "the database system is not yet accepting connections",
                                          "sorry, too many clients already"};
    for (const char* m : markers) {
        if (text.contains(QLatin1String(m), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// What a statement is, for the statement cache: kept for reuse, run once, or a schema change after which
// no cached statement is reused.
enum class StatementKind { Reusable, Once, Schema };

StatementKind statementKind(const QString& sql)
{
    qsizetype i = 0;
    while (i < sql.size() && sql.at(i).isSpace())
        ++i;
    const QStringView rest = QStringView(sql).mid(i);
    auto starts = [&](const char* word) {
        const QLatin1StringView w(word);
        return rest.startsWith(w, Qt::CaseInsensitive) &&
               (rest.size() == w.size() || !rest.at(w.size()).isLetterOrNumber());
    };
    if (starts("SELECT") || starts("INSERT") || starts("UPDATE") || starts("DELETE") || starts("WITH"))
        return StatementKind::Reusable;
    if (starts("CREATE") || starts("ALTER") || starts("DROP"))
        return StatementKind::Schema;
    return StatementKind::Once;
}

} // namespace

std::shared_ptr<StatementCache> Database::statementCache()
{
    std::shared_ptr<StatementCache> cache;
    bool stale = false;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_threads.find(threadKey());
        if (it == m_threads.end())
            return nullptr;
        cache = it->statements;
        stale = it->schemaGeneration != m_schemaGeneration;
        it->schemaGeneration = m_schemaGeneration;
    }
    if (stale && cache)
        cache->clear();
    return cache;
}

void Database::schemaChanged()
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_schemaGeneration;
    }
    statementCache(); // this thread's now; every other thread's at its next statement
}

std::optional<QSqlQuery> Database::lendStatement(QSqlDatabase& db,
                                                 const std::shared_ptr<StatementCache>& cache,
                                                 const QString& sql, QSqlQuery& failed)
{
    if (cache) {
        if (auto idle = cache->take(sql))
            return idle;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        failed = std::move(q);
        return std::nullopt;
    }
    return std::optional<QSqlQuery>(std::move(q));
}

template <typename Run> Result<QSqlQuery> Database::runStatement(Run run, const QString& what)
{
    for (int attempt = 0;; ++attempt) {
        auto conn = connection();
        if (!conn)
            return conn.error();
        QSqlQuery q(static_cast<QSqlResult*>(nullptr));
        if (run(conn.value(), q))
            return q;
        const QSqlError error = q.lastError();
        if (!isConnectionLost(conn.value(), error))
            return sqlError(error, what);
        // Inside a transaction the server has rolled it back: the operation fails as a whole. Outside,
        // the next connection() opens a new connection and the statement runs once more.
        if (markLost() || attempt > 0)
            return connectionLostError(error);
    }
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& binds)
{
    const StatementKind kind = statementKind(sql);
    if (kind != StatementKind::Reusable) {
        auto done = runStatement(
            [&](QSqlDatabase& db, QSqlQuery& q) {
                q = QSqlQuery(db);
                q.setForwardOnly(true);
                return q.prepare(sql) && bindAndExec(q, binds);
            },
            tr("The database rejected a statement"));
        if (kind == StatementKind::Schema)
            schemaChanged();
        return done;
    }
    return runStatement(
        [&](QSqlDatabase& db, QSqlQuery& q) {
            const auto cache = statementCache();
            auto lent = lendStatement(db, cache, sql, q);
            if (!lent)
                return false;
            if (!bindAndExec(*lent, binds)) {
                q = std::move(*lent); // failed: its error is reported, the statement not kept
                return false;
            }
            q = cache ? QSqlQuery(new CachedStatement(cache, sql, std::move(*lent))) : std::move(*lent);
            return true;
        },
        tr("The database rejected a statement"));
}

Result<QSqlQuery> Database::prepare(const QString& sql)
{
    const bool reusable = statementKind(sql) == StatementKind::Reusable;
    return runStatement(
        [&](QSqlDatabase& db, QSqlQuery& q) {
            const auto cache = reusable ? statementCache() : nullptr;
            auto lent = lendStatement(db, cache, sql, q);
            if (!lent)
                return false;
            q = cache ? QSqlQuery(new CachedStatement(cache, sql, std::move(*lent))) : std::move(*lent);
            return true;
        },
        tr("The database rejected a statement"));
}

Result<QSqlQuery> Database::prepareKept(const QString& sql)
{
    return runStatement(
        [&](QSqlDatabase& db, QSqlQuery& q) {
            q = QSqlQuery(db);
            q.setForwardOnly(true);
            return q.prepare(sql);
        },
        tr("The database rejected a statement"));
}

Status Database::execPrepared(QSqlQuery& q, const QVariantList& binds)
{
    if (bindAndExec(q, binds))
        return {};
    const QSqlError error = q.lastError();
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_threads.value(threadKey()).name;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // Prepared on a connection that was dropped since: nothing of it can run any more.
        if (isPostgres() && q.driver() != db.driver())
            return connectionLostError(error);
        if (!isConnectionLost(db, error))
            return sqlError(error, tr("The database rejected a statement"));
    }
    if (markLost())
        return connectionLostError(error);
    // Outside a transaction: prepare the same statement on a new connection and run it once more.
    const QString sql = q.lastQuery();
    q = QSqlQuery();
    auto again = exec(sql, binds);
    if (!again)
        return again.error();
    q = std::move(again.value());
    return {};
}

Status Database::execSchema(const QString& sql)
{
    auto q = runStatement(
        [&](QSqlDatabase& db, QSqlQuery& query) {
            query = QSqlQuery(db);
            return query.exec(sql);
        },
        tr("The database rejected a schema change"));
    schemaChanged(); // also after a failure: part of it may have been applied
    if (!q)
        return q.error();
    return {};
}

int Database::schemaVersion()
{
    auto q = exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!q || !q->next())
        return 0;
    return q->value(0).toInt();
}

QString Database::connectOptions() const
{
    // client_min_messages: no "NOTICE: relation ... already exists, skipping" on stderr at every start.
    // plan_cache_mode: a statement reused from the statement cache is planned for its values every time
    // (as when it was prepared for one execution), never with a generic plan (PostgreSQL 12 and later).
    // jit: off — CertDesk runs short OLTP statements; JIT compiling a large plan (even a subplan that never
    // runs) cost more than the statement itself (issue 16: 274 ms per dashboard refresh).
    // TLS: the URL's sslmode/sslrootcert/sslcert/sslkey (DatabaseUrl::tlsConnectOptions).
    return QStringLiteral(
               "connect_timeout=10;application_name=certdesk;options='-c client_min_messages=warning"
               " -c plan_cache_mode=force_custom_plan -c jit=off'") +
           m_url.tlsConnectOptions();
}

bool Database::isConnectionLost(QSqlDatabase& db, const QSqlError& error) const
{
    if (!isPostgres())
        return false;
    const QString state = error.nativeErrorCode();
    if (isLostSqlState(state))
        return true;
    if (!state.isEmpty())
        return false;
    if (!db.isValid() || !db.isOpen())
        return true;
    QSqlQuery probe(db);
    if (probe.exec(QStringLiteral("SELECT 1")))
        return false;
    const QString probeState = probe.lastError().nativeErrorCode();
    return probeState.isEmpty() || isLostSqlState(probeState);
}

Error Database::connectionLostError(const QSqlError& error) const
{
    return makeError(ErrorCode::Unavailable,
                     tr("The connection to the database was lost. Nothing was saved; try again when the "
                        "database is reachable."),
                     error.text());
}

Error Database::connectError(const QSqlError& error) const
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    bool everConnected = false;
    {
        QMutexLocker lock(&m_mutex);
        everConnected = m_everConnected;
    }
    // A server that answered before, or no server answering at all: wait and try again. Anything else
    // (wrong password, unknown database, TLS refused) stays a database error with the server's reason.
    if (isPostgres() && (everConnected || looksUnreachable(text)))
        return makeError(ErrorCode::Unavailable,
                         tr("The database %1 cannot be reached. Nothing was saved; try again when it is "
                            "reachable.")
                             .arg(m_url.display()),
                         error.text());
    return sqlError(error, tr("Cannot open the database %1").arg(m_url.display()));
}

bool Database::markLost()
{
    QMutexLocker lock(&m_mutex);
    auto it = m_threads.find(threadKey());
    if (it == m_threads.end())
        return false;
    it->lost = true;
    return it->inTransaction;
}

bool Database::isLost()
{
    QMutexLocker lock(&m_mutex);
    return m_threads.value(threadKey()).lost;
}

void Database::setInTransaction(bool open)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_threads.find(threadKey());
    if (it != m_threads.end())
        it->inTransaction = open;
}

Error Database::sqlError(const QSqlError& error, const QString& what) const
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    // A unique key taken by another session a moment ago (two desktops adding the same login ID at once):
    // not a broken database but a race the operator can resolve by looking again.
    if (isPostgres() && error.nativeErrorCode() == QLatin1String("23505"))
        return makeError(ErrorCode::Conflict,
                         tr("Someone else saved the same entry a moment ago, so nothing was saved. Look at "
                            "the current state (the screens show it within a second) and try again if "
                            "still needed. (%1)")
                             .arg(text),
                         error.text());
    return makeError(ErrorCode::Database, tr("%1: %2").arg(what, text), error.text());
}

} // namespace certdesk
