// The CA passphrase remembered in the OS keychain (gnome-keyring here) unlocks signing for
// certdesk-cli; forgetting it locks signing again. Never stored by CertDesk on disk.
#include "CliRunner.h"
#include "TestDatabase.h"
#include "secrets/Keychain.h"
#include <QDirIterator>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestCliKeychain : public QObject
{
    Q_OBJECT
private slots:
    void rememberAndForget();
};

void TestCliKeychain::rememberAndForget()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !Keychain::isAvailable()) {
        if (qEnvironmentVariable("CERTDESK_REQUIRE_KEYCHAIN") == QLatin1String("1"))
            QFAIL("No OS keychain is reachable, but CERTDESK_REQUIRE_KEYCHAIN=1.");
        QSKIP("No OS keychain is reachable (run under scripts/test).");
    }
    CERTDESK_TEST_DATABASE(tdb);
    const QString url = tdb->url();
    const QByteArray passphrase = "keychain test passphrase 42";
    const QStringList withPass{QStringLiteral("CERTDESK_CA_PASSPHRASE=") + QString::fromLatin1(passphrase)};
    const QStringList without{QStringLiteral("CERTDESK_CA_PASSPHRASE=")};
    QCOMPARE(runCli(url,
                    QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("KC KK"),
                                QStringLiteral("--ca-name"), QStringLiteral("KC CA")} +
                        cliAdminOptions(),
                    withPass)
                 .exitCode,
             0);
    QCOMPARE(runCli(url,
                    {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("taro"),
                     QStringLiteral("--email"), QStringLiteral("t@example.jp")},
                    without)
                 .exitCode,
             0);
    QCOMPARE(runCli(url,
                    {QStringLiteral("identity"), QStringLiteral("register"), QStringLiteral("taro"),
                     QStringLiteral("--family"), QStringLiteral("大塚"), QStringLiteral("--given"),
                     QStringLiteral("太郎"), QStringLiteral("--family-kana"), QStringLiteral("オオツカ"),
                     QStringLiteral("--given-kana"), QStringLiteral("タロウ")},
                    without)
                 .exitCode,
             0);

    auto locked = runCli(url,
                         {QStringLiteral("issue"), QStringLiteral("taro"), QStringLiteral("--device"),
                          QStringLiteral("windows")},
                         without);
    QCOMPARE(locked.exitCode, 6);

    auto remember = runCli(url, {QStringLiteral("ca"), QStringLiteral("remember-passphrase")}, withPass);
    QVERIFY2(remember.exitCode == 0, qPrintable(remember.all()));
    auto issued = runCli(url,
                         {QStringLiteral("issue"), QStringLiteral("taro"), QStringLiteral("--device"),
                          QStringLiteral("windows")},
                         without);
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.all()));

    // The passphrase is in the keychain, and nowhere in the database file.
    if (!TestDatabase::isPostgresRun()) {
        QFile dbFile(QString(url).mid(7));
        QVERIFY(dbFile.open(QIODevice::ReadOnly));
        QVERIFY(!dbFile.readAll().contains(passphrase));
    }

    auto forget = runCli(url, {QStringLiteral("ca"), QStringLiteral("forget-passphrase")}, without);
    QVERIFY2(forget.exitCode == 0, qPrintable(forget.all()));
    auto lockedAgain = runCli(
        url,
        {QStringLiteral("issue"), QStringLiteral("taro"), QStringLiteral("--device"), QStringLiteral("mac")},
        without);
    QCOMPARE(lockedAgain.exitCode, 6);
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_CliKeychain.moc"
