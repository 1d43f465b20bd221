#include "store/ChangeFeed.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace certdesk {

ChangeFeed::ChangeFeed(DatabasePtr db, QObject* parent)
    : QObject(parent), m_db(std::move(db)),
      m_connectionName(QStringLiteral("certdesk-feed-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_pollTimer.setInterval(m_db->isPostgres() ? kDefaultPollMs : kSqlitePollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChangeFeed::poll);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &ChangeFeed::flush);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

void ChangeFeed::setPollInterval(int ms)
{
    m_pollTimer.setInterval(qMax(10, ms));
}

Status ChangeFeed::start()
{
    m_pollTimer.start();
    QString error;
    if (connectFeed(&error))
        return {};
    m_reportedLoss = true;
    return makeError(ErrorCode::Database, error);
}

void ChangeFeed::stop()
{
    m_pollTimer.stop();
    m_coalesce.stop();
    m_pending.clear();
    closeFeed();
}

bool ChangeFeed::connectFeed(QString* error)
{
    closeFeed();
    // The Qt connection handle must be gone before closeFeed() removes the connection.
    const bool ok = openFeedConnection(error);
    if (!ok)
        closeFeed();
    return ok;
}

bool ChangeFeed::openFeedConnection(QString* error)
{
    const DatabaseUrl& url = m_db->url();
    const bool pg = m_db->isPostgres();
    QSqlDatabase db =
        QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_connectionName);
    if (pg) {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        // Its own application name: a database administrator sees which connections only listen.
        QString options = m_db->connectOptions();
        options.replace(QLatin1String("application_name=certdesk;"),
                        QLatin1String("application_name=certdesk-feed;"));
        db.setConnectOptions(options);
    } else {
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000;QSQLITE_OPEN_READONLY"));
    }
    if (!db.open()) {
        *error = m_db->sqlError(db.lastError(),
                                tr("The live view cannot reach the database %1").arg(url.display()))
                     .message;
        return false;
    }
    if (pg) {
        connect(db.driver(), &QSqlDriver::notification, this, &ChangeFeed::onNotification);
        if (!db.driver()->subscribeToNotification(Channel)) {
            *error = m_db->sqlError(db.driver()->lastError(),
                                    tr("The live view cannot listen to the database %1").arg(url.display()))
                         .message;
            return false;
        }
    } else {
        QSqlQuery q(db);
        m_dataVersion =
            q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
    }
    m_connected = true;
    return true;
}

void ChangeFeed::closeFeed()
{
    m_connected = false;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isValid() && db.driver())
                disconnect(db.driver(), nullptr, this, nullptr);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void ChangeFeed::poll()
{
    if (!m_connected) {
        QString error;
        if (!connectFeed(&error))
            return;
        if (m_reportedLoss) {
            m_reportedLoss = false;
            emit connectionRestored();
        }
        queue(Change{QStringLiteral("*"), 0, {}, {}});
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    const bool pg = m_db->isPostgres();
    // PostgreSQL: a cheap round trip proves the listening connection alive (and lets the driver deliver what
    // arrived with it); SQLite: the counter that other connections' commits advance.
    const bool ok = db.isOpen() &&
                    q.exec(pg ? QStringLiteral("SELECT 1") : QStringLiteral("PRAGMA data_version")) &&
                    q.next();
    if (!ok) {
        QSqlError sqlError = q.lastError().isValid() ? q.lastError() : db.lastError();
        if (sqlError.databaseText().trimmed().isEmpty() && sqlError.driverText().trimmed().isEmpty())
            sqlError = QSqlError(tr("no answer from the server"), {}, QSqlError::ConnectionError);
        const QString reason =
            m_db->sqlError(
                    sqlError,
                    tr("The live view lost the connection to the database %1").arg(m_db->url().display()))
                .message;
        q = QSqlQuery();
        db = QSqlDatabase();
        closeFeed();
        if (!m_reportedLoss) {
            m_reportedLoss = true;
            emit connectionLost(reason);
        }
        return;
    }
    if (!pg) {
        const qint64 version = q.value(0).toLongLong();
        if (version != m_dataVersion) {
            m_dataVersion = version;
            queue(Change{QStringLiteral("*"), 0, {}, {}});
        }
    }
}

Change ChangeFeed::parsePayload(const QString& payload)
{
    // "history:<id>:<operation>:<login ID>" (the login ID may itself contain ':'), "<table>:<id>".
    Change c;
    const QStringList parts = payload.split(QLatin1Char(':'));
    c.table = parts.value(0);
    bool ok = false;
    c.id = parts.value(1).toLongLong(&ok);
    if (c.table.isEmpty() || !ok) {
        c.table = QStringLiteral("*");
        c.id = 0;
        return c;
    }
    if (c.table == QLatin1String("history")) {
        c.operation = parts.value(2);
        c.loginId = parts.mid(3).join(QLatin1Char(':'));
    }
    return c;
}

void ChangeFeed::onNotification(const QString& name, QSqlDriver::NotificationSource, const QVariant& payload)
{
    if (name != Channel)
        return;
    queue(parsePayload(payload.toString()));
}

void ChangeFeed::queue(const Change& change)
{
    m_pending.append(change);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void ChangeFeed::flush()
{
    if (m_pending.isEmpty())
        return;
    const QList<Change> changes = std::exchange(m_pending, {});
    emit changed(changes);
}

} // namespace certdesk
