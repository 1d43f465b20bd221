// certdesk-cli killed with SIGKILL inside the issuance transaction leaves no half-written certificate
// and no orphan history row; the same issuance then succeeds and the history chain stays intact.
#include "CliRunner.h"
#include "TestDatabase.h"
#include "store/HistoryLog.h"
#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestCliCrash : public QObject
{
    Q_OBJECT
private slots:
    void killDuringIssuanceLeavesNothing();
};

void TestCliCrash::killDuringIssuanceLeavesNothing()
{
    CERTDESK_TEST_DATABASE(tdb);
    const QString url = tdb->url();
    const QStringList env{QStringLiteral("CERTDESK_CA_PASSPHRASE=crash test passphrase"),
                          QStringLiteral("DBUS_SESSION_BUS_ADDRESS=")};
    QCOMPARE(runCli(url,
                    QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Crash KK"),
                                QStringLiteral("--ca-name"), QStringLiteral("Crash CA")} +
                        cliAdminOptions(),
                    env)
                 .exitCode,
             0);
    QCOMPARE(runCli(url,
                    {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("taro"),
                     QStringLiteral("--email"), QStringLiteral("taro@example.jp")},
                    env)
                 .exitCode,
             0);
    QCOMPARE(runCli(url,
                    {QStringLiteral("identity"), QStringLiteral("register"), QStringLiteral("taro"),
                     QStringLiteral("--family"), QStringLiteral("大塚"), QStringLiteral("--given"),
                     QStringLiteral("太郎"), QStringLiteral("--family-kana"), QStringLiteral("オオツカ"),
                     QStringLiteral("--given-kana"), QStringLiteral("タロウ")},
                    env)
                 .exitCode,
             0);
    QString before;
    {
        auto db = tdb->open();
        QVERIFY(db);
        before = contentApartFromSignIns(*db);
    }

    QProcess cli;
    auto penv = QProcessEnvironment::systemEnvironment();
    penv.insert(QStringLiteral("CERTDESK_CA_PASSPHRASE"), QStringLiteral("crash test passphrase"));
    penv.insert(QStringLiteral("CERTDESK_FAILPOINT"), QStringLiteral("issue-before-commit"));
    penv.insert(QStringLiteral("CERTDESK_OPERATOR"), kCliAdmin);
    penv.insert(QStringLiteral("CERTDESK_OPERATOR_PASSWORD"), kCliAdminPassword);
    penv.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    cli.setProcessEnvironment(penv);
    cli.start(cliPath(), {QStringLiteral("--db"), url, QStringLiteral("issue"), QStringLiteral("taro"),
                          QStringLiteral("--device"), QStringLiteral("windows")});
    QVERIFY(cli.waitForStarted());
    QByteArray err;
    QElapsedTimer t;
    t.start();
    while (!err.contains("failpoint issue-before-commit reached") && t.elapsed() < 60000) {
        cli.waitForReadyRead(500);
        err += cli.readAllStandardError();
        QVERIFY2(cli.state() == QProcess::Running, err.constData());
    }
    QVERIFY2(err.contains("failpoint issue-before-commit reached"), err.constData());
    cli.kill(); // SIGKILL: no destructor, no rollback by the process itself
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

    {
        auto db = tdb->open();
        QVERIFY(db);
        QTRY_COMPARE_WITH_TIMEOUT(contentApartFromSignIns(*db), before,
                                  10000); // PostgreSQL notices the dead connection
        auto v = HistoryLog::verify(*db);
        QVERIFY(v.ok() && v->intact);
    }

    auto again = runCli(url,
                        {QStringLiteral("issue"), QStringLiteral("taro"), QStringLiteral("--device"),
                         QStringLiteral("windows")},
                        env);
    QVERIFY2(again.exitCode == 0, qPrintable(again.all()));
    QVERIFY(again.all().contains(QStringLiteral("slot 1")));
    auto db = tdb->open();
    auto v = HistoryLog::verify(*db);
    QVERIFY(v.ok() && v->intact);
    HistoryFilter issues;
    issues.operation = Op::Issue;
    QCOMPARE(HistoryLog::count(*db, issues).value(), qint64(1));
}

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_CliCrash.moc"
