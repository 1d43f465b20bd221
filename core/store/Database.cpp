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

Result<QSqlDatabase> Database::connection()
{
    const QString name = m_prefix + QLatin1Char('-') +
                         QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    {
        QMutexLocker lock(&m_mutex);
        if (m_connectionNames.contains(name)) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                return db;
        }
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
        // client_min_messages: no "NOTICE: relation ... already exists, skipping" on stderr at every start.
        db.setConnectOptions(QStringLiteral(
            "connect_timeout=10;application_name=certdesk;options='-c client_min_messages=warning'"));
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
        return sqlError(db.lastError(), tr("Cannot open the database %1").arg(m_url.display()));
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

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& binds)
{
    auto q = prepare(sql);
    if (!q)
        return q;
    if (auto s = execPrepared(q.value(), binds); !s)
        return s.error();
    return q;
}

Result<QSqlQuery> Database::prepare(const QString& sql)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q.lastError(), tr("The database rejected a statement"));
    return q;
}

Status Database::execPrepared(QSqlQuery& q, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        // A null QString inside a non-null variant means "empty text", not SQL NULL (use nullText()).
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, v);
    }
    if (!q.exec())
        return sqlError(q.lastError(), tr("The database rejected a statement"));
    return {};
}

Status Database::execSchema(const QString& sql)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    if (!q.exec(sql))
        return sqlError(q.lastError(), tr("The database rejected a schema change"));
    return {};
}

int Database::schemaVersion()
{
    auto q = exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!q || !q->next())
        return 0;
    return q->value(0).toInt();
}

Error Database::sqlError(const QSqlError& error, const QString& what) const
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return makeError(ErrorCode::Database, tr("%1: %2").arg(what, text), error.text());
}

} // namespace certdesk
