// certdesk-cli as a user meets it: output, JSON, exit codes and clear errors.
#include "CliRunner.h"
#include "TestDatabase.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullLoopWithExitCodes();
    void jsonErrorsAreStructured();
    void unwritableDatabasePath();
    void corruptImportsLeaveTheDatabaseAlone();
    void mailChangesAndRemindersAreInTheHistory();
    void identifiersAndSlotsAreChecked();

private:
    QStringList m_env;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    m_env = {QStringLiteral("CERTDESK_CA_PASSPHRASE=cli test passphrase"),
             QStringLiteral("DBUS_SESSION_BUS_ADDRESS=")};
}

void TestCli::fullLoopWithExitCodes()
{
    CERTDESK_TEST_DATABASE(tdb);
    const QString url = tdb->url();
    auto r = runCli(url,
                    QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Example KK"),
                                QStringLiteral("--ca-name"), QStringLiteral("Example CA")} +
                        cliAdminOptions(),
                    m_env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = runCli(url,
               {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("X"),
                QStringLiteral("--ca-name"), QStringLiteral("Y")},
               m_env);
    QCOMPARE(r.exitCode, 5); // a second CA is refused
    r = runCli(url,
               QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("X"),
                           QStringLiteral("--ca-name"), QStringLiteral("Y")} +
                   cliAdminOptions(),
               m_env);
    QCOMPARE(r.exitCode, 5); // and so is a second first administrator
    QVERIFY2(r.all().contains(QStringLiteral("already has operators")), qPrintable(r.all()));
    r = runCli(url,
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("taro"),
                QStringLiteral("--email"), QStringLiteral("taro@example.jp")},
               m_env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = runCli(url,
               {QStringLiteral("identity"), QStringLiteral("register"), QStringLiteral("taro"),
                QStringLiteral("--family"), QStringLiteral("大塚"), QStringLiteral("--given"),
                QStringLiteral("太郎"), QStringLiteral("--family-kana"), QStringLiteral("おおつか"),
                QStringLiteral("--given-kana"), QStringLiteral("タロウ")},
               m_env);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.all().contains(QStringLiteral("katakana")), qPrintable(r.all()));
    r = runCli(url,
               {QStringLiteral("identity"), QStringLiteral("register"), QStringLiteral("taro"),
                QStringLiteral("--family"), QStringLiteral("大塚"), QStringLiteral("--given"),
                QStringLiteral("太郎"), QStringLiteral("--family-kana"), QStringLiteral("オオツカ"),
                QStringLiteral("--given-kana"), QStringLiteral("タロウ")},
               m_env);
    QVERIFY2(r.exitCode == 0 && r.all().contains(QStringLiteral("otsuka taro")), qPrintable(r.all()));
    r = runCli(url,
               {QStringLiteral("issue"), QStringLiteral("ghost"), QStringLiteral("--device"),
                QStringLiteral("windows")},
               m_env);
    QCOMPARE(r.exitCode, 3);
    const QString pwFile = writeFile(m_dir, QStringLiteral("pw.txt"), "abc12\n");
    r = runCli(url,
               {QStringLiteral("issue"), QStringLiteral("taro"), QStringLiteral("--device"),
                QStringLiteral("windows"), QStringLiteral("--password-file"), pwFile},
               m_env);
    QCOMPARE(r.exitCode, 4);
    const QString p12 = m_dir.filePath(QStringLiteral("taro.p12"));
    r = runCli(url,
               {QStringLiteral("--json"), QStringLiteral("issue"), QStringLiteral("taro"),
                QStringLiteral("--device"), QStringLiteral("android"), QStringLiteral("--auto-password"),
                QStringLiteral("--out"), p12},
               m_env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonObject issued = QJsonDocument::fromJson(r.out).object();
    const QString password = issued.value(QStringLiteral("key_password")).toString();
    const QString serial =
        issued.value(QStringLiteral("certificate")).toObject().value(QStringLiteral("serial")).toString();
    QVERIFY(password.size() >= 12);
    QCOMPARE(serial.size(), 32);
    QCOMPARE(QFile(p12).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
    auto info =
        runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-info"),
                    QStringLiteral("-noout"), QStringLiteral("-passin"), QStringLiteral("pass:") + password});
    QVERIFY2(info.exitCode == 0, qPrintable(info.all()));
    r = runCli(
        url,
        {QStringLiteral("issue"), QStringLiteral("taro"), QStringLiteral("--device"), QStringLiteral("mac")},
        {QStringLiteral("CERTDESK_CA_PASSPHRASE=not the passphrase"),
         QStringLiteral("DBUS_SESSION_BUS_ADDRESS=")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.all().contains(QStringLiteral("passphrase is wrong")), qPrintable(r.all()));
    QVERIFY(!r.all().contains(QStringLiteral("not the passphrase")));
    r = runCli(url, {QStringLiteral("revoke"), serial, QStringLiteral("--reason"), QStringLiteral("lost")},
               m_env);
    QCOMPARE(r.exitCode, 2); // needs --yes
    QVERIFY(r.all().contains(QStringLiteral("--yes")));
    r = runCli(url,
               {QStringLiteral("revoke"), serial, QStringLiteral("--reason"), QStringLiteral("lost"),
                QStringLiteral("--yes")},
               m_env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = runCli(url, {QStringLiteral("revoke"), QStringLiteral("taro:1"), QStringLiteral("--yes")}, m_env);
    QCOMPARE(r.exitCode, 5);
    r = runCli(url,
               {QStringLiteral("revoke"), QStringLiteral("taro:1"), QStringLiteral("--reason"),
                QStringLiteral("stolen"), QStringLiteral("--yes")},
               m_env);
    QCOMPARE(r.exitCode, 2);
    const QString crl = m_dir.filePath(QStringLiteral("crl.pem"));
    const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
    QCOMPARE(
        runCli(url, {QStringLiteral("crl"), QStringLiteral("--out"), crl, QStringLiteral("--pem")}, m_env)
            .exitCode,
        0);
    QCOMPARE(
        runCli(url, {QStringLiteral("ca"), QStringLiteral("export-cert"), QStringLiteral("--out"), ca}, m_env)
            .exitCode,
        0);
    auto crlText = runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"), crl, QStringLiteral("-noout"),
                               QStringLiteral("-text"), QStringLiteral("-CAfile"), ca});
    QVERIFY2(crlText.all().contains(QStringLiteral("verify OK")) && crlText.all().contains(serial),
             qPrintable(crlText.all()));
    r = runCli(url, {QStringLiteral("history"), QStringLiteral("verify")}, m_env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = runCli(url, {QStringLiteral("frobnicate")}, m_env);
    QCOMPARE(r.exitCode, 2);
    r = runCli(url, {QStringLiteral("issue"), QStringLiteral("taro"), QStringLiteral("--device")}, m_env);
    QCOMPARE(r.exitCode, 2);
}

void TestCli::jsonErrorsAreStructured()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(bootstrapCliAdmin(tdb->url()), QString());
    auto r = runCli(
        tdb->url(),
        {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("nobody")},
        m_env);
    QCOMPARE(r.exitCode, 3);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("not-found"));
    QVERIFY(o.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("nobody")));
}

void TestCli::unwritableDatabasePath()
{
    auto r = runCli(QStringLiteral("sqlite:/nonexistent-folder/certdesk.db"),
                    {QStringLiteral("user"), QStringLiteral("list")}, m_env);
    QCOMPARE(r.exitCode, 9);
    QVERIFY2(r.all().contains(QStringLiteral("/nonexistent-folder")), qPrintable(r.all()));
    r = runCli(QStringLiteral("mysql://x/y"), {QStringLiteral("user"), QStringLiteral("list")}, m_env);
    QCOMPARE(r.exitCode, 4);
}

void TestCli::corruptImportsLeaveTheDatabaseAlone()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(bootstrapCliAdmin(tdb->url()), QString());
    auto db = tdb->open();
    QVERIFY(db);
    const QString before = contentApartFromSignIns(*db);
    const QString pem = writeFile(m_dir, QStringLiteral("broken.pem"),
                                  "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    auto r = runCli(tdb->url(), {QStringLiteral("ca"), QStringLiteral("import"), pem}, m_env);
    QCOMPARE(r.exitCode, 4);
    const QString p12 = writeFile(m_dir, QStringLiteral("broken.p12"), QByteArray::fromHex("308203"));
    const QString pw = writeFile(m_dir, QStringLiteral("import.txt"), "x\n");
    r = runCli(
        tdb->url(),
        {QStringLiteral("ca"), QStringLiteral("import"), p12, QStringLiteral("--import-password-file"), pw},
        m_env);
    QVERIFY2(r.exitCode == 4 || r.exitCode == 6, qPrintable(r.all()));
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(contentApartFromSignIns(*db), before);
}

// mail retry / cancel and remind commit with their history rows and report the mail they changed;
// revoke --json carries the CRL re-signed right after it. Nothing is sent, so no mail server is needed.
void TestCli::mailChangesAndRemindersAreInTheHistory()
{
    CERTDESK_TEST_DATABASE(tdb);
    const QString url = tdb->url();
    auto run = [&](const QStringList& args) { return runCli(url, args, m_env); };
    auto json = [](const ProcessResult& r) { return QJsonDocument::fromJson(r.out).object(); };
    auto history = [&](const QString& op) {
        auto r = run({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("list"),
                      QStringLiteral("--operation"), op});
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("history")).toArray();
    };
    auto r = run(QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Example KK"),
                             QStringLiteral("--ca-name"), QStringLiteral("Example CA")} +
                 cliAdminOptions());
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = run({QStringLiteral("mail"), QStringLiteral("configure"), QStringLiteral("--host"),
             QStringLiteral("mail.invalid"), QStringLiteral("--port"), QStringLiteral("25"),
             QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--sender"),
             QStringLiteral("noreply@example.jp")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("policy.validity_days"),
             QStringLiteral("10")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("taro"), QStringLiteral("--email"),
             QStringLiteral("taro@example.jp")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = run({QStringLiteral("identity"), QStringLiteral("register"), QStringLiteral("taro"),
             QStringLiteral("--family"), QStringLiteral("大塚"), QStringLiteral("--given"),
             QStringLiteral("太郎"), QStringLiteral("--family-kana"), QStringLiteral("オオツカ"),
             QStringLiteral("--given-kana"), QStringLiteral("タロウ")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = run({QStringLiteral("--json"), QStringLiteral("issue"), QStringLiteral("taro"),
             QStringLiteral("--device"), QStringLiteral("windows"), QStringLiteral("--auto-password")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QString serial =
        json(r).value(QStringLiteral("certificate")).toObject().value(QStringLiteral("serial")).toString();
    r = run({QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("outbox")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonArray mails = json(r).value(QStringLiteral("mails")).toArray();
    QCOMPARE(mails.size(), 2);
    const QString drop = QString::number(mails.at(0).toObject().value(QStringLiteral("id")).toInteger());
    const QString keep = QString::number(mails.at(1).toObject().value(QStringLiteral("id")).toInteger());

    r = run({QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("cancel"), drop});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(QString::number(json(r).value(QStringLiteral("id")).toInteger()), drop);
    r = run({QStringLiteral("mail"), QStringLiteral("cancel"), drop});
    QCOMPARE(r.exitCode, 5); // cancelled already
    r = run({QStringLiteral("mail"), QStringLiteral("retry"), drop});
    QCOMPARE(r.exitCode, 5);
    r = run({QStringLiteral("mail"), QStringLiteral("retry"), keep});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(QString::fromUtf8(r.out).trimmed(),
             QStringLiteral("Mail %1 will be sent at the next try.").arg(keep));
    const QJsonArray cancels = history(QStringLiteral("mail-cancel"));
    QCOMPARE(cancels.size(), 1);
    QCOMPARE(cancels.at(0).toObject().value(QStringLiteral("target")).toString(), QStringLiteral("taro"));
    // The history names the signed-in operator.
    QCOMPARE(cancels.at(0).toObject().value(QStringLiteral("operator")).toString(), kCliAdmin);
    QCOMPARE(cancels.at(0).toObject().value(QStringLiteral("notify_email")).toString(),
             QStringLiteral("taro@example.jp"));
    QVERIFY(cancels.at(0)
                .toObject()
                .value(QStringLiteral("details"))
                .toString()
                .startsWith(QStringLiteral("mail=%1 ").arg(drop)));
    const QJsonArray retries = history(QStringLiteral("mail-retry"));
    QCOMPARE(retries.size(), 1);
    QVERIFY(retries.at(0)
                .toObject()
                .value(QStringLiteral("details"))
                .toString()
                .startsWith(QStringLiteral("mail=%1 ").arg(keep)));

    r = run({QStringLiteral("--json"), QStringLiteral("remind"), QStringLiteral("--within"),
             QStringLiteral("30")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(json(r).value(QStringLiteral("queued")).toInt(), 1);
    const QJsonArray reminders = history(QStringLiteral("reminder"));
    QCOMPARE(reminders.size(), 1);
    QCOMPARE(reminders.at(0).toObject().value(QStringLiteral("target")).toString(), QStringLiteral("taro"));
    QVERIFY(reminders.at(0)
                .toObject()
                .value(QStringLiteral("details"))
                .toString()
                .contains(QStringLiteral("serial=") + serial));

    // revoke reports the CRL it re-signed (the CA unlocks quietly from CERTDESK_CA_PASSPHRASE).
    r = run({QStringLiteral("--json"), QStringLiteral("revoke"), serial, QStringLiteral("--reason"),
             QStringLiteral("lost"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonObject crl = json(r).value(QStringLiteral("crl")).toObject();
    QCOMPARE(crl.value(QStringLiteral("published")).toBool(), true);
    QCOMPARE(crl.value(QStringLiteral("crl_number")).toInteger(), 2); // init signed number 1
    QCOMPARE(crl.value(QStringLiteral("entries")).toInt(), 1);
    r = run({QStringLiteral("history"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
}

// A login ID with a line break or differing only by case is refused, and so is a slot outside 1..limit.
void TestCli::identifiersAndSlotsAreChecked()
{
    CERTDESK_TEST_DATABASE(tdb);
    const QString url = tdb->url();
    auto r = runCli(url,
                    QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Example KK"),
                                QStringLiteral("--ca-name"), QStringLiteral("Example CA")} +
                        cliAdminOptions(),
                    m_env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = runCli(url,
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("evil"),
                QStringLiteral("--email"), QStringLiteral("evil@example.jp")},
               m_env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = runCli(url,
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("evil\n"),
                QStringLiteral("--email"), QStringLiteral("evil2@example.jp")},
               m_env);
    QVERIFY2(r.exitCode == 4, qPrintable(r.all()));
    r = runCli(url,
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Evil"),
                QStringLiteral("--email"), QStringLiteral("evil2@example.jp")},
               m_env);
    QVERIFY2(r.exitCode == 5, qPrintable(r.all()));
    r = runCli(url,
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("other"),
                QStringLiteral("--email"), QStringLiteral("other@example.jp\n")},
               m_env);
    QVERIFY2(r.exitCode == 4, qPrintable(r.all()));
    r = runCli(url,
               {QStringLiteral("identity"), QStringLiteral("register"), QStringLiteral("evil"),
                QStringLiteral("--family"), QStringLiteral("大塚"), QStringLiteral("--given"),
                QStringLiteral("太郎"), QStringLiteral("--family-kana"), QStringLiteral("オオツカ"),
                QStringLiteral("--given-kana"), QStringLiteral("タロウ")},
               m_env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    for (const QString& slot :
         {QStringLiteral("-7"), QStringLiteral("0"), QStringLiteral("6"), QStringLiteral("two")}) {
        r = runCli(url,
                   {QStringLiteral("issue"), QStringLiteral("evil"), QStringLiteral("--device"),
                    QStringLiteral("windows"), QStringLiteral("--slot"), slot},
                   m_env);
        QVERIFY2(r.exitCode == 4, qPrintable(slot + QLatin1Char(' ') + r.all()));
    }
    r = runCli(url,
               {QStringLiteral("--json"), QStringLiteral("issue"), QStringLiteral("evil"),
                QStringLiteral("--device"), QStringLiteral("windows"), QStringLiteral("--slot"),
                QStringLiteral("5")},
               m_env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(QJsonDocument::fromJson(r.out)
                 .object()
                 .value(QStringLiteral("certificate"))
                 .toObject()
                 .value(QStringLiteral("slot"))
                 .toInt(),
             5);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_Cli.moc"
