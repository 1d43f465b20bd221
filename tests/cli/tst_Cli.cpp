// certdesk-cli as a user meets it: output, JSON, exit codes and clear errors.
#include "CliRunner.h"
#include "TestDatabase.h"
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

private:
    QStringList m_env;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    m_env = {QStringLiteral("CERTDESK_CA_PASSPHRASE=cli test passphrase"), QStringLiteral("DBUS_SESSION_BUS_ADDRESS=")};
}

void TestCli::fullLoopWithExitCodes()
{
    CERTDESK_TEST_DATABASE(tdb);
    const QString url = tdb->url();
    auto r = runCli(url, {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Example KK"), QStringLiteral("--ca-name"), QStringLiteral("Example CA")}, m_env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = runCli(url, {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("X"), QStringLiteral("--ca-name"), QStringLiteral("Y")}, m_env);
    QCOMPARE(r.exitCode, 5); // a second CA is refused
    r = runCli(url, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("taro"), QStringLiteral("--email"), QStringLiteral("taro@example.jp")}, m_env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = runCli(url, {QStringLiteral("identity"), QStringLiteral("register"), QStringLiteral("taro"), QStringLiteral("--family"), QStringLiteral("大塚"),
                     QStringLiteral("--given"), QStringLiteral("太郎"), QStringLiteral("--family-kana"), QStringLiteral("おおつか"),
                     QStringLiteral("--given-kana"), QStringLiteral("タロウ")}, m_env);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.all().contains(QStringLiteral("katakana")), qPrintable(r.all()));
    r = runCli(url, {QStringLiteral("identity"), QStringLiteral("register"), QStringLiteral("taro"), QStringLiteral("--family"), QStringLiteral("大塚"),
                     QStringLiteral("--given"), QStringLiteral("太郎"), QStringLiteral("--family-kana"), QStringLiteral("オオツカ"),
                     QStringLiteral("--given-kana"), QStringLiteral("タロウ")}, m_env);
    QVERIFY2(r.exitCode == 0 && r.all().contains(QStringLiteral("otsuka taro")), qPrintable(r.all()));
    r = runCli(url, {QStringLiteral("issue"), QStringLiteral("ghost"), QStringLiteral("--device"), QStringLiteral("windows")}, m_env);
    QCOMPARE(r.exitCode, 3);
    const QString pwFile = writeFile(m_dir, QStringLiteral("pw.txt"), "abc12\n");
    r = runCli(url, {QStringLiteral("issue"), QStringLiteral("taro"), QStringLiteral("--device"), QStringLiteral("windows"), QStringLiteral("--password-file"), pwFile}, m_env);
    QCOMPARE(r.exitCode, 4);
    const QString p12 = m_dir.filePath(QStringLiteral("taro.p12"));
    r = runCli(url, {QStringLiteral("--json"), QStringLiteral("issue"), QStringLiteral("taro"), QStringLiteral("--device"), QStringLiteral("android"),
                     QStringLiteral("--auto-password"), QStringLiteral("--out"), p12}, m_env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonObject issued = QJsonDocument::fromJson(r.out).object();
    const QString password = issued.value(QStringLiteral("key_password")).toString();
    const QString serial = issued.value(QStringLiteral("certificate")).toObject().value(QStringLiteral("serial")).toString();
    QVERIFY(password.size() >= 12);
    QCOMPARE(serial.size(), 32);
    QCOMPARE(QFile(p12).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
    auto info = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-info"), QStringLiteral("-noout"),
                            QStringLiteral("-passin"), QStringLiteral("pass:") + password});
    QVERIFY2(info.exitCode == 0, qPrintable(info.all()));
    r = runCli(url, {QStringLiteral("issue"), QStringLiteral("taro"), QStringLiteral("--device"), QStringLiteral("mac")},
               {QStringLiteral("CERTDESK_CA_PASSPHRASE=not the passphrase"), QStringLiteral("DBUS_SESSION_BUS_ADDRESS=")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.all().contains(QStringLiteral("passphrase is wrong")), qPrintable(r.all()));
    QVERIFY(!r.all().contains(QStringLiteral("not the passphrase")));
    r = runCli(url, {QStringLiteral("revoke"), serial, QStringLiteral("--reason"), QStringLiteral("lost")}, m_env);
    QCOMPARE(r.exitCode, 2); // needs --yes
    QVERIFY(r.all().contains(QStringLiteral("--yes")));
    r = runCli(url, {QStringLiteral("revoke"), serial, QStringLiteral("--reason"), QStringLiteral("lost"), QStringLiteral("--yes")}, m_env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = runCli(url, {QStringLiteral("revoke"), QStringLiteral("taro:1"), QStringLiteral("--yes")}, m_env);
    QCOMPARE(r.exitCode, 5);
    r = runCli(url, {QStringLiteral("revoke"), QStringLiteral("taro:1"), QStringLiteral("--reason"), QStringLiteral("stolen"), QStringLiteral("--yes")}, m_env);
    QCOMPARE(r.exitCode, 2);
    const QString crl = m_dir.filePath(QStringLiteral("crl.pem"));
    const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
    QCOMPARE(runCli(url, {QStringLiteral("crl"), QStringLiteral("--out"), crl, QStringLiteral("--pem")}, m_env).exitCode, 0);
    QCOMPARE(runCli(url, {QStringLiteral("ca"), QStringLiteral("export-cert"), QStringLiteral("--out"), ca}, m_env).exitCode, 0);
    auto crlText = runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"), crl, QStringLiteral("-noout"), QStringLiteral("-text"), QStringLiteral("-CAfile"), ca});
    QVERIFY2(crlText.all().contains(QStringLiteral("verify OK")) && crlText.all().contains(serial), qPrintable(crlText.all()));
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
    auto r = runCli(tdb->url(), {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("nobody")}, m_env);
    QCOMPARE(r.exitCode, 3);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("not-found"));
    QVERIFY(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("nobody")));
}

void TestCli::unwritableDatabasePath()
{
    auto r = runCli(QStringLiteral("sqlite:/nonexistent-folder/certdesk.db"), {QStringLiteral("user"), QStringLiteral("list")}, m_env);
    QCOMPARE(r.exitCode, 9);
    QVERIFY2(r.all().contains(QStringLiteral("/nonexistent-folder")), qPrintable(r.all()));
    r = runCli(QStringLiteral("mysql://x/y"), {QStringLiteral("user"), QStringLiteral("list")}, m_env);
    QCOMPARE(r.exitCode, 4);
}

void TestCli::corruptImportsLeaveTheDatabaseAlone()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    const QString before = dumpContent(*db);
    const QString pem = writeFile(m_dir, QStringLiteral("broken.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    auto r = runCli(tdb->url(), {QStringLiteral("ca"), QStringLiteral("import"), pem}, m_env);
    QCOMPARE(r.exitCode, 4);
    const QString p12 = writeFile(m_dir, QStringLiteral("broken.p12"), QByteArray::fromHex("308203"));
    const QString pw = writeFile(m_dir, QStringLiteral("import.txt"), "x\n");
    r = runCli(tdb->url(), {QStringLiteral("ca"), QStringLiteral("import"), p12, QStringLiteral("--import-password-file"), pw}, m_env);
    QVERIFY2(r.exitCode == 4 || r.exitCode == 6, qPrintable(r.all()));
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(dumpContent(*db), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_Cli.moc"
