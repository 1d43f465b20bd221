#pragma once
// Tells a process that the database changed, whoever changed it (this process, another desktop, the CLI,
// the portal), so open screens refresh and the portal re-signs the CRL.
//
// PostgreSQL: every committed row of history, outbox and crls sends NOTIFY certdesk (triggers of migration
// 17, so no client can forget it), payload "<table>:<id>:<operation>:<login ID>" (history) or
// "<table>:<id>" (outbox, crls). The feed LISTENs on a connection of its own, in the thread that created it,
// checks that connection every pollInterval and, when it was lost, reconnects, LISTENs again and reports
// a Change of kind "*" (anything may have changed meanwhile).
//
// SQLite: `PRAGMA data_version` of the feed's own connection is read every pollInterval (kSqlitePollMs, so
// that a change shows within a second); it changes when any other connection — of this or another
// process — committed. The change is reported as one Change of kind "*".
//
// Changes are coalesced: changed() is emitted at most every kCoalesceMs with everything since the last one.
#include "store/Database.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace certdesk {

struct Change
{
    QString table;     // "history", "outbox", "crls"; "*" when not known (SQLite, after a reconnect)
    qint64 id = 0;     // the row's id, 0 when not known
    QString operation; // history only: the history operation (e.g. "revoke")
    QString loginId;   // history only: the target login ID, may be empty
    bool isAnything() const { return table == QLatin1String("*"); }
};

class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultPollMs = 1000; // PostgreSQL: checking the listening connection
    static constexpr int kSqlitePollMs = 400;   // SQLite: reading the change counter
    static constexpr int kCoalesceMs = 50;
    static inline const QString Channel = QStringLiteral("certdesk");

    explicit ChangeFeed(DatabasePtr db, QObject* parent = nullptr);
    ~ChangeFeed() override;

    // Opens the feed's connection and starts listening / polling. An error when the first connection fails
    // (the feed keeps trying every pollInterval and emits connectionRestored() when it gets through).
    Status start();
    void stop();
    bool isConnected() const { return m_connected; }
    void setPollInterval(int ms);

    // Parses a NOTIFY payload (exposed for tests).
    static Change parsePayload(const QString& payload);

signals:
    void changed(const QList<certdesk::Change>& changes);
    // The feed's connection failed (translated reason); views may say that they are not live.
    void connectionLost(const QString& message);
    // Connected again after connectionLost() (followed by a changed() with a "*" change).
    void connectionRestored();

private:
    void poll();
    bool connectFeed(QString* error);
    bool openFeedConnection(QString* error);
    void closeFeed();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void queue(const Change& change);
    void flush();

    DatabasePtr m_db;
    QString m_connectionName;
    QTimer m_pollTimer;
    QTimer m_coalesce;
    QList<Change> m_pending;
    qint64 m_dataVersion = -1;
    bool m_connected = false;
    bool m_reportedLoss = false;
};

} // namespace certdesk
