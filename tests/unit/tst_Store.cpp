// The store: URLs, migrations, transactions, settings and the tamper-evident history.
#include "TestDatabase.h"
#include "store/HistoryLog.h"
#include "store/Migrations.h"
#include "store/Settings.h"
#include "store/Transaction.h"
#include <QBuffer>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void parsesUrls();
    void sqliteSyncsEveryCommit();
    void migrationsRunOnceAndRecordTheVersion();
    void rollbackLeavesNothing();
    void settingsAreValidated();
    void historyVerifyDetectsEditsAndDeletions();
    void historyFiltersAndYearlyExport();
    void unwritablePathIsAClearError();
};

void TestStore::parsesUrls()
{
    auto s = DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x.db"));
    QVERIFY(s.ok());
    QCOMPARE(s->kind, DatabaseUrl::Kind::Sqlite);
    QCOMPARE(s->path, QStringLiteral("/tmp/x.db"));
    auto p = DatabaseUrl::parse(QStringLiteral("postgresql://admin:secret@db.example:6543/certdesk"));
    QVERIFY(p.ok());
    QCOMPARE(p->kind, DatabaseUrl::Kind::Postgres);
    QCOMPARE(p->host, QStringLiteral("db.example"));
    QCOMPARE(p->port, 6543);
    QCOMPARE(p->user, QStringLiteral("admin"));
    QCOMPARE(p->database, QStringLiteral("certdesk"));
    QVERIFY(!p->display().contains(QStringLiteral("secret")));
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("mysql://x/y")).ok());
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://host/")).ok());
    QVERIFY(!DatabaseUrl::parse(QString()).ok());
}

void TestStore::migrationsRunOnceAndRecordTheVersion()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    const QString first = dumpContent(*db);
    db.reset();
    auto again = tdb->open(); // a second start migrates nothing
    QVERIFY(again);
    QCOMPARE(dumpContent(*again), first);
    auto rows = again->exec(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    QVERIFY(rows.ok() && rows->next());
    QCOMPARE(rows->value(0).toInt(), Migrations::latestVersion());
}

void TestStore::rollbackLeavesNothing()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    const QString before = dumpContent(*db);
    {
        Transaction tx(*db);
        QVERIFY(tx.begin().ok());
        QVERIFY(Settings(*db).set(SettingKey::OrgName, QStringLiteral("Rolled back KK")).ok());
        HistoryEntry h;
        h.operation = Op::SettingsChanged;
        h.operatorName = QStringLiteral("tester");
        QVERIFY(HistoryLog::append(*db, h).ok());
        // no commit: the destructor rolls back
    }
    QCOMPARE(dumpContent(*db), before);
    {
        Transaction tx(*db);
        QVERIFY(tx.begin().ok());
        QVERIFY(Settings(*db).set(SettingKey::OrgName, QStringLiteral("Kept KK")).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(Settings(*db).value(SettingKey::OrgName), QStringLiteral("Kept KK"));
}

void TestStore::settingsAreValidated()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    Settings s(*db);
    QCOMPARE(s.intValue(SettingKey::MaxCertsPerUser), 5);
    QCOMPARE(s.intValue(SettingKey::DownloadDeadlineDays), 14);
    QCOMPARE(s.intValue(SettingKey::DownloadLimit), 3);
    QCOMPARE(s.set(SettingKey::MaxCertsPerUser, QStringLiteral("0")).error().code, ErrorCode::Invalid);
    QCOMPARE(s.set(SettingKey::MaxCertsPerUser, QStringLiteral("abc")).error().code, ErrorCode::Invalid);
    QCOMPARE(s.set(SettingKey::CrlUrl, QStringLiteral("ftp://x")).error().code, ErrorCode::Invalid);
    QCOMPARE(s.set(QStringLiteral("no.such.key"), QStringLiteral("1")).error().code, ErrorCode::Invalid);
    QCOMPARE(
        s.set(SettingKey::device(QStringLiteral("mac"), "profile"), QStringLiteral("weird")).error().code,
        ErrorCode::Invalid);
    QVERIFY(s.set(SettingKey::MaxCertsPerUser, QStringLiteral("3")).ok());
    QVERIFY(s.set(SettingKey::MaxCertsPerUser, QStringLiteral("4")).ok()); // upsert
    QCOMPARE(s.intValue(SettingKey::MaxCertsPerUser), 4);
}

void TestStore::historyVerifyDetectsEditsAndDeletions()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    for (int i = 0; i < 5; ++i) {
        Transaction tx(*db);
        QVERIFY(tx.begin().ok());
        HistoryEntry h;
        h.operation = Op::Issue;
        h.operatorName = QStringLiteral("tester");
        h.targetLogin = QStringLiteral("user%1").arg(i);
        QVERIFY(HistoryLog::append(*db, h).ok());
        QVERIFY(tx.commit().ok());
    }
    auto ok = HistoryLog::verify(*db);
    QVERIFY(ok.ok());
    QVERIFY(ok->intact);
    QCOMPARE(ok->rows, 5);

    // An edit of a middle row.
    QVERIFY(
        db->exec(QStringLiteral("UPDATE history SET target_login = 'mallory' WHERE target_login = 'user2'"))
            .ok());
    auto edited = HistoryLog::verify(*db);
    QVERIFY(edited.ok());
    QVERIFY(!edited->intact);
    QVERIFY(edited->problem.contains(QStringLiteral("changed")));
    QVERIFY(
        db->exec(QStringLiteral("UPDATE history SET target_login = 'user2' WHERE target_login = 'mallory'"))
            .ok());
    QVERIFY(HistoryLog::verify(*db)->intact);

    // A deleted middle row.
    QVERIFY(db->exec(QStringLiteral("DELETE FROM history WHERE target_login = 'user1'")).ok());
    auto deleted = HistoryLog::verify(*db);
    QVERIFY(!deleted->intact);
    QVERIFY(deleted->problem.contains(QStringLiteral("deleted")));
}

void TestStore::historyFiltersAndYearlyExport()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    const QDateTime base(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
    const QStringList ops{Op::Issue, Op::Revoke, Op::Issue};
    for (int i = 0; i < ops.size(); ++i) {
        Transaction tx(*db);
        QVERIFY(tx.begin().ok());
        HistoryEntry h;
        h.at = base.addDays(i);
        h.operation = ops[i];
        h.operatorName = i == 1 ? QStringLiteral("helpdesk") : QStringLiteral("admin");
        h.targetLogin = QStringLiteral("taro");
        h.device = QStringLiteral("windows");
        h.remarks = i == 2 ? QStringLiteral("note, with \"quotes\"") : QString();
        QVERIFY(HistoryLog::append(*db, h).ok());
        QVERIFY(tx.commit().ok());
    }
    HistoryFilter day;
    day.fromUtc = base.addSecs(-3600);
    day.toUtc = base.addSecs(3600);
    QCOMPARE(HistoryLog::list(*db, day)->size(), 1);
    HistoryFilter byOp;
    byOp.operation = Op::Issue;
    QCOMPARE(HistoryLog::count(*db, byOp).value(), qint64(2));
    HistoryFilter byOperator;
    byOperator.operatorName = QStringLiteral("helpdesk");
    QCOMPARE(HistoryLog::list(*db, byOperator)->first().operation, Op::Revoke);
    HistoryFilter text;
    text.text = QStringLiteral("quotes");
    QCOMPARE(HistoryLog::count(*db, text).value(), qint64(1));

    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    auto rows = HistoryLog::exportYearCsv(*db, 2026, buf, QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    QVERIFY(rows.ok());
    QCOMPARE(rows.value(), qint64(3));
    const QByteArray csv = buf.data();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QCOMPARE(lines.size(), 5); // header, 3 rows, trailing empty after the last CRLF
    QVERIFY(lines[1].startsWith("2026/03/10 18:00:00,")); // Tokyo time
    QVERIFY(lines[3].contains("\"note, with \"\"quotes\"\"\""));
    QBuffer empty;
    empty.open(QIODevice::WriteOnly);
    QCOMPARE(HistoryLog::exportYearCsv(*db, 2025, empty).value(), qint64(0));
}

void TestStore::unwritablePathIsAClearError()
{
    auto missing = Database::open(QStringLiteral("sqlite:/nonexistent-dir/certdesk.db"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Io);
    QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent-dir")));
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    if (QFileInfo(dir.path()).isWritable()) // root ignores permissions
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    else {
        auto ro = Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("x.db")));
        QVERIFY(!ro.ok());
        QCOMPARE(ro.error().code, ErrorCode::Io);
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestStore::sqliteSyncsEveryCommit()
{
    // A committed revocation must survive a power cut: SQLite syncs the WAL at every commit (FULL = 2).
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    if (db->isPostgres())
        QSKIP("SQLite only");
    auto q = db->exec(QStringLiteral("PRAGMA synchronous"));
    QVERIFY2(q.ok(), qPrintable(q.error().message));
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_Store.moc"
