// The per-connection statement cache of Database (issue 16 §2): a statement reused by SQL text gives the
// results of its current binds, also when the same SQL is in use twice at once; after a schema change
// (on this thread or another) no statement prepared against the old schema runs; a statement returned to
// the cache holds no SQLite read snapshot, so another connection can write and checkpoint the whole WAL;
// on PostgreSQL a statement run many times is prepared on the server once.
#include "TestDatabase.h"
#include "store/Transaction.h"

#include <QSqlRecord>
#include <QtTest>
#include <future>
#include <thread>

using namespace certdesk;
using namespace certdesk::test;

class TestStatementCache : public QObject
{
    Q_OBJECT
private slots:
    void reusedStatementsGiveCurrentResults();
    void schemaChangeEmptiesEveryThreadsCache();
    void returnedStatementHoldsNoSqliteSnapshot();
    void postgresPreparesOnce();
};

namespace {

QString errorText(const Error& e)
{
    return e.message + QLatin1Char(' ') + e.detail;
}

// Creates probe(id, name) with `rows` rows through `db`.
QString createProbe(Database& db, int rows)
{
    if (auto s =
            db.execSchema(QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
        !s)
        return errorText(s.error());
    for (int i = 1; i <= rows; ++i) {
        if (auto q = db.exec(QStringLiteral("INSERT INTO probe (id, name) VALUES (?, ?)"),
                             {i, QStringLiteral("n%1").arg(i)});
            !q)
            return errorText(q.error());
    }
    return {};
}

} // namespace

void TestStatementCache::reusedStatementsGiveCurrentResults()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    QCOMPARE(createProbe(*db, 5), QString());
    const QString byId = QStringLiteral("SELECT name FROM probe WHERE id = ?");
    for (int round = 0; round < 3; ++round) {
        for (int i = 1; i <= 5; ++i) {
            auto q = db->exec(byId, {i});
            QVERIFY2(q.ok(), qPrintable(errorText(q.error())));
            QVERIFY(q->next());
            QCOMPARE(q->value(0).toString(), QStringLiteral("n%1").arg(i));
            QVERIFY(!q->next());
        }
    }
    // The same SQL while a caller still holds it: the other use gets a statement of its own. (The rows are
    // read first: a forward-only PostgreSQL query streams its rows, and any other statement on the
    // connection discards the rest — with or without the cache.)
    auto outer = db->exec(QStringLiteral("SELECT id FROM probe WHERE id >= ? ORDER BY id"), {1});
    QVERIFY(outer.ok());
    QList<int> ids;
    while (outer->next())
        ids << outer->value(0).toInt();
    QCOMPARE(ids, QList<int>({1, 2, 3, 4, 5}));
    int seen = 0;
    for (int id : std::as_const(ids)) {
        auto inner = db->exec(QStringLiteral("SELECT id FROM probe WHERE id >= ? ORDER BY id"), {id});
        QVERIFY(inner.ok());
        QVERIFY(inner->next());
        QCOMPARE(inner->value(0).toInt(), id);
        auto name = db->exec(byId, {id});
        QVERIFY(name.ok() && name->next());
        QCOMPARE(name->value(0).toString(), QStringLiteral("n%1").arg(id));
        ++seen;
    }
    QVERIFY(outer->isActive()); // still the caller's, untouched by the uses above
    QCOMPARE(seen, 5);
    // Writes: rows affected per execution; RETURNING read and finished as the stores do.
    for (int i = 1; i <= 3; ++i) {
        auto upd = db->exec(QStringLiteral("UPDATE probe SET name = ? WHERE id <= ?"),
                            {QStringLiteral("u%1").arg(i), i});
        QVERIFY(upd.ok());
        QCOMPARE(upd->numRowsAffected(), i);
        auto ins = db->exec(QStringLiteral("INSERT INTO probe (id, name) VALUES (?, ?) RETURNING id"),
                            {100 + i, QStringLiteral("r")});
        QVERIFY2(ins.ok(), qPrintable(errorText(ins.error())));
        QVERIFY(ins->next());
        QCOMPARE(ins->value(0).toInt(), 100 + i);
        ins->finish();
    }
    // A failed execution (duplicate key) is reported and does not spoil the next one.
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO probe (id, name) VALUES (?, ?) RETURNING id"),
                      {101, QStringLiteral("dup")})
                 .ok());
    auto again = db->exec(QStringLiteral("INSERT INTO probe (id, name) VALUES (?, ?) RETURNING id"),
                          {104, QStringLiteral("r")});
    QVERIFY2(again.ok(), qPrintable(errorText(again.error())));
    QVERIFY(again->next());
    QCOMPARE(again->value(0).toInt(), 104);
    again->finish();
    // prepare() + execPrepared(): the batch path, through the cache too, twice.
    for (int pass = 0; pass < 2; ++pass) {
        auto p = db->prepare(byId);
        QVERIFY(p.ok());
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(db->execPrepared(p.value(), {i}).ok());
            QVERIFY(p->next());
            QCOMPARE(p->value(0).toString(), QStringLiteral("u3"));
        }
    }
    // Inside a transaction that is rolled back: the cached statements keep working afterwards.
    {
        Transaction tx(*db);
        QVERIFY(tx.begin().ok());
        QVERIFY(db->exec(QStringLiteral("UPDATE probe SET name = ? WHERE id <= ?"), {QStringLiteral("x"), 5})
                    .ok());
    }
    auto after = db->exec(byId, {4});
    QVERIFY(after.ok() && after->next());
    QCOMPARE(after->value(0).toString(), QStringLiteral("n4"));
}

void TestStatementCache::schemaChangeEmptiesEveryThreadsCache()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    QCOMPARE(createProbe(*db, 2), QString());
    const QString all = QStringLiteral("SELECT * FROM probe WHERE id = ?");
    // Columns and second value of `all` for row 1, on the calling thread.
    auto columns = [&](QString* second) -> int {
        auto q = db->exec(all, {1});
        if (!q) {
            *second = errorText(q.error());
            return -1;
        }
        if (!q->next())
            return -2;
        *second = q->value(q->record().count() - 1).toString();
        return q->record().count();
    };
    QString last;
    QCOMPARE(columns(&last), 2);
    QCOMPARE(columns(&last), 2); // cached now
    // Another thread's connection (one thread throughout: a thread id is the connection's key) caches
    // `all` before the change and runs it again after it.
    int otherBefore = 0, otherAfter = 0, otherAgain = 0;
    QString otherLast;
    std::promise<void> cached, changed;
    std::thread other([&] {
        otherBefore = columns(&otherLast);
        cached.set_value();
        changed.get_future().wait();
        otherAfter = columns(&otherLast);
        otherAgain = columns(&otherLast);
    });
    cached.get_future().wait();
    const bool altered =
        db->execSchema(QStringLiteral("ALTER TABLE probe ADD COLUMN extra TEXT NOT NULL DEFAULT 'new'")).ok();
    changed.set_value();
    other.join();
    QVERIFY(altered);
    QCOMPARE(otherBefore, 2);
    QCOMPARE(columns(&last), 3);
    QCOMPARE(last, QStringLiteral("new"));
    QCOMPARE(otherAfter, 3);
    QCOMPARE(otherAgain, 3);
    QCOMPARE(otherLast, QStringLiteral("new"));
}

void TestStatementCache::returnedStatementHoldsNoSqliteSnapshot()
{
    if (TestDatabase::isPostgresRun())
        QSKIP("SQLite WAL snapshots only");
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    QCOMPARE(createProbe(*db, 50), QString());
    // Read one row of many and let the query go, several times (the statement is cached after the first).
    for (int i = 0; i < 3; ++i) {
        auto q = db->exec(QStringLiteral("SELECT id, name FROM probe WHERE id > ? ORDER BY id"), {0});
        QVERIFY(q.ok());
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toInt(), 1);
    }
    // Another connection writes and checkpoints: a snapshot still held by the first connection would
    // keep the frames written after it out of the database file (checkpointed < log).
    auto second = tdb->open();
    QVERIFY(second);
    for (int i = 0; i < 20; ++i)
        QVERIFY(
            second->exec(QStringLiteral("UPDATE probe SET name = ? WHERE id = ?"), {QStringLiteral("w"), i})
                .ok());
    auto checkpoint = second->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    QVERIFY2(checkpoint.ok(), qPrintable(errorText(checkpoint.error())));
    QVERIFY(checkpoint->next());
    const int busy = checkpoint->value(0).toInt();
    const int log = checkpoint->value(1).toInt();
    const int done = checkpoint->value(2).toInt();
    QVERIFY2(busy == 0 && log > 0 && done == log,
             qPrintable(QStringLiteral("busy %1, log %2, checkpointed %3").arg(busy).arg(log).arg(done)));
    // And the first connection sees the second's writes (no old snapshot).
    auto seen = db->exec(QStringLiteral("SELECT id, name FROM probe WHERE id > ? ORDER BY id"), {0});
    QVERIFY(seen.ok() && seen->next());
    QCOMPARE(seen->value(1).toString(), QStringLiteral("w"));
}

void TestStatementCache::postgresPreparesOnce()
{
    if (!TestDatabase::isPostgresRun())
        QSKIP("PostgreSQL server-side prepared statements only");
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    QCOMPARE(createProbe(*db, 3), QString());
    auto prepared = [&]() -> int {
        auto q =
            db->exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE ?"),
                     {QStringLiteral("%FROM probe WHERE id <> %")});
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    const int before = prepared();
    for (int i = 0; i < 20; ++i) {
        auto q = db->exec(QStringLiteral("SELECT name FROM probe WHERE id <> ?"), {i});
        QVERIFY(q.ok());
    }
    QCOMPARE(prepared(), before + 1);
    // Planned for its values every time, as before the cache.
    auto mode = db->exec(QStringLiteral("SELECT current_setting('plan_cache_mode')"));
    QVERIFY(mode.ok() && mode->next());
    QCOMPARE(mode->value(0).toString(), QStringLiteral("force_custom_plan"));
}

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_StatementCache.moc"
