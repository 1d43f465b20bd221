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
    std::shared_ptr<Database> db(new Database(url));
    auto conn = db->connection();
    if (!conn)
        return conn.error();
    auto migrated = Migrations::run(*db);
    if (!migrated)
        return migrated.error();
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
        {
            QSqlDatabase db = QSqlDatabase::database(current.name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(current.name);
    }
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        if (!current.name.isEmpty())
            m_connectionNames.removeAll(current.name);
        name = m_prefix + QLatin1Char('-') + key + QLatin1Char('-') + QString::number(++m_generation);
        m_threads.insert(key, ThreadConnection{name, false, false});
    }
    return createConnection(name);
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

} // namespace

template <typename Run> Result<QSqlQuery> Database::runStatement(Run run, const QString& what)
{
    for (int attempt = 0;; ++attempt) {
        auto conn = connection();
        if (!conn)
            return conn.error();
        QSqlQuery q(conn.value());
        if (run(q))
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
    return runStatement(
        [&](QSqlQuery& q) {
            q.setForwardOnly(true);
            return q.prepare(sql) && bindAndExec(q, binds);
        },
        tr("The database rejected a statement"));
}

Result<QSqlQuery> Database::prepare(const QString& sql)
{
    return runStatement(
        [&](QSqlQuery& q) {
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
    auto q = runStatement([&](QSqlQuery& query) { return query.exec(sql); },
                          tr("The database rejected a schema change"));
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
    // TLS: the URL's sslmode/sslrootcert/sslcert/sslkey (DatabaseUrl::tlsConnectOptions).
    return QStringLiteral(
               "connect_timeout=10;application_name=certdesk;options='-c client_min_messages=warning'") +
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
