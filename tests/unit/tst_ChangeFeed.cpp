// The change feed (issue 15): a change committed through another connection — another desktop, the CLI,
// the portal — reaches this process's feed; a rolled-back one never does; a lost listening connection is
// reported and re-established by itself. Runs on SQLite (PRAGMA data_version) and PostgreSQL (NOTIFY).
#include "TestDatabase.h"
#include "WorkflowFixture.h"
#include "store/ChangeFeed.h"
#include "store/HistoryLog.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class tst_ChangeFeed : public QObject
{
    Q_OBJECT

    static QList<Change> collected(const QSignalSpy& spy)
    {
        QList<Change> all;
        for (const QList<QVariant>& args : spy)
            all += args.at(0).value<QList<Change>>();
        return all;
    }

private slots:
    void initTestCase() { qRegisterMetaType<QList<certdesk::Change>>(); }

    void payloadsParse()
    {
        const Change h = ChangeFeed::parsePayload(QStringLiteral("history:42:revoke:sato:taro"));
        QCOMPARE(h.table, QStringLiteral("history"));
        QCOMPARE(h.id, 42);
        QCOMPARE(h.operation, QStringLiteral("revoke"));
        QCOMPARE(h.loginId, QStringLiteral("sato:taro"));
        const Change o = ChangeFeed::parsePayload(QStringLiteral("outbox:7"));
        QCOMPARE(o.table, QStringLiteral("outbox"));
        QCOMPARE(o.id, 7);
        QVERIFY(o.operation.isEmpty());
        QVERIFY(ChangeFeed::parsePayload(QStringLiteral("garbage")).isAnything());
        QVERIFY(ChangeFeed::parsePayload(QString()).isAnything());
    }

    // A user added through the fixture's own connection reaches a feed on a second Database handle.
    void committedChangeReachesTheFeed()
    {
        CERTDESK_TEST_DATABASE(tdb);
        WorkflowFixture fx;
        QCOMPARE(fx.setUp(*tdb), QString());
        DatabasePtr other = tdb->open();
        QVERIFY(other);
        ChangeFeed feed(other);
        QVERIFY2(feed.start(), "the feed starts");
        QVERIFY(feed.isConnected());
        QSignalSpy spy(&feed, &ChangeFeed::changed);

        QElapsedTimer t;
        t.start();
        QCOMPARE(fx.addUserWithIdentity(QStringLiteral("feed-user")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10000);
        qInfo("change seen after %lld ms (%s)", t.elapsed(), other->isPostgres() ? "NOTIFY" : "data_version");
        const QList<Change> changes = collected(spy);
        if (other->isPostgres()) {
            bool sawUser = false;
            for (const Change& c : changes)
                sawUser = sawUser || (c.table == QLatin1String("history") &&
                                      c.loginId == QLatin1String("feed-user") && c.id > 0);
            QVERIFY2(sawUser, "a history change naming the user");
        } else {
            QVERIFY(changes.constFirst().isAnything());
        }
    }

    // A transaction that writes a history row and rolls back tells nobody.
    void rolledBackChangeIsNotReported()
    {
        CERTDESK_TEST_DATABASE(tdb);
        WorkflowFixture fx;
        QCOMPARE(fx.setUp(*tdb), QString());
        DatabasePtr other = tdb->open();
        ChangeFeed feed(other);
        feed.setPollInterval(100);
        QVERIFY(feed.start());
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        {
            Transaction tx(*fx.db);
            QVERIFY(tx.begin());
            QVERIFY(HistoryLog::append(*fx.db, fx.ctx->historyEntry(QStringLiteral("settings"))));
            tx.rollback();
        }
        QTest::qWait(800);
        QCOMPARE(spy.count(), 0);
        // ... and the next committed change is reported.
        QCOMPARE(fx.addUserWithIdentity(QStringLiteral("after-rollback")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10000);
    }

    // PostgreSQL: the server ends the listening connection; the feed reports it, reconnects by itself and
    // reports "anything may have changed", then hears new changes again.
    void lostListenerReconnects()
    {
        CERTDESK_TEST_DATABASE(tdb);
        if (!TestDatabase::isPostgresRun())
            QSKIP("PostgreSQL only: SQLite has no server connection to lose");
        WorkflowFixture fx;
        QCOMPARE(fx.setUp(*tdb), QString());
        DatabasePtr other = tdb->open();
        ChangeFeed feed(other);
        feed.setPollInterval(200);
        QVERIFY(feed.start());
        QSignalSpy lost(&feed, &ChangeFeed::connectionLost);
        QSignalSpy restored(&feed, &ChangeFeed::connectionRestored);
        QSignalSpy changed(&feed, &ChangeFeed::changed);

        auto killed = fx.db->exec(QStringLiteral(
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database()"
            " AND application_name = 'certdesk-feed'"));
        QVERIFY(killed && killed->next());
        QCOMPARE(killed->value(0).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
        QVERIFY(!lost.constFirst().at(0).toString().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QVERIFY(collected(changed).constFirst().isAnything());
        changed.clear();
        QCOMPARE(fx.addUserWithIdentity(QStringLiteral("after-reconnect")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(lost.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ChangeFeed)
#include "tst_ChangeFeed.moc"
