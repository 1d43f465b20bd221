// The statement cache across a PostgreSQL restart (issue 16 §2), on the second test cluster of
// scripts/test (CERTDESK_TEST_PG2_URL, CERTDESK_TEST_PG2_CTL restart): statements cached on the
// connection before the restart are gone with it (the server forgot them); the same SQL afterwards runs
// on the new connection with the right results, also while a query of the old connection is still held,
// and is cached there again.
#include "TestDatabase.h"

#include <QProcess>
#include <QtTest>
#include <optional>

using namespace certdesk;
using namespace certdesk::test;

class tst_PgStatementCache : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cachedStatementsSurviveRestart();
};

namespace {

QString ctl(const QString& action)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(qEnvironmentVariable("CERTDESK_TEST_PG2_CTL"), {action});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return QStringLiteral("ctl %1: %2").arg(action, QString::fromLocal8Bit(p.readAll()));
    return {};
}

QString errorText(const Error& e)
{
    return e.message + QLatin1Char(' ') + e.detail;
}

int serverPrepared(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE ?"),
                     {QStringLiteral("%FROM probe WHERE id = %")});
    return q && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

void tst_PgStatementCache::initTestCase()
{
    const QString url = qEnvironmentVariable("CERTDESK_TEST_PG2_URL");
    if (url.isEmpty() || qEnvironmentVariable("CERTDESK_TEST_PG2_CTL").isEmpty()) {
        const char* why = "CERTDESK_TEST_PG2_URL / CERTDESK_TEST_PG2_CTL are not set: no restartable "
                          "PostgreSQL for this run (scripts/test starts one)";
        if (qEnvironmentVariable("CERTDESK_REQUIRE_PG2") == QLatin1String("1"))
            QFAIL(why);
        QSKIP(why);
    }
    qputenv("CERTDESK_TEST_PG_URL", url.toUtf8());
    qputenv("CERTDESK_TEST_BACKEND", "postgres");
    qputenv("CERTDESK_REQUIRE_PG", "1");
}

void tst_PgStatementCache::cachedStatementsSurviveRestart()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    QVERIFY(db->execSchema(QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"))
                .ok());
    for (int i = 1; i <= 3; ++i)
        QVERIFY(db->exec(QStringLiteral("INSERT INTO probe (id, name) VALUES (?, ?)"),
                         {i, QStringLiteral("n%1").arg(i)})
                    .ok());
    const QString byId = QStringLiteral("SELECT name FROM probe WHERE id = ?");
    for (int i = 1; i <= 3; ++i) {
        auto q = db->exec(byId, {i});
        QVERIFY(q.ok() && q->next());
    }
    QCOMPARE(serverPrepared(*db), 1); // cached: prepared once on the server
    // A query of the old connection still held by a caller across the restart (byId is idle in the cache).
    std::optional<Result<QSqlQuery>> held =
        db->exec(QStringLiteral("SELECT name FROM probe WHERE id >= ?"), {1});
    QVERIFY(held->ok() && held->value().next());

    QCOMPARE(ctl(QStringLiteral("restart")), QString());
    for (int round = 0; round < 2; ++round) {
        for (int i = 1; i <= 3; ++i) {
            auto q = db->exec(byId, {i});
            QVERIFY2(q.ok(), qPrintable(errorText(q.error())));
            QVERIFY(q->next());
            QCOMPARE(q->value(0).toString(), QStringLiteral("n%1").arg(i));
        }
    }
    held.reset(); // the old connection's query goes now: no effect on the new connection
    auto p = db->prepare(byId);
    QVERIFY(p.ok());
    QVERIFY(db->execPrepared(p.value(), {2}).ok());
    QVERIFY(p->next());
    QCOMPARE(p->value(0).toString(), QStringLiteral("n2"));
    QCOMPARE(serverPrepared(*db), 1); // on the new connection: prepared once again, reused since
}

QTEST_GUILESS_MAIN(tst_PgStatementCache)
#include "tst_PgStatementCache.moc"
