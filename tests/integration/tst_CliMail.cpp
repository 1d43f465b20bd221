// certdesk-cli mail configure / test / send-pending / outbox against a real aiosmtpd server with
// STARTTLS + AUTH. The SMTP password comes from the OS keychain (gnome-keyring under scripts/test) or
// CERTDESK_SMTP_PASSWORD, and never appears in the database, the settings or any output.
#include "CliRunner.h"
#include "SmtpSink.h"
#include "TestDatabase.h"
#include "mail/MailConfig.h"
#include "secrets/Keychain.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestCliMail : public QObject
{
    Q_OBJECT
private slots:
    void configureTestAndErrors();
    void passwordFromKeychain();
    void plainAuthAndUnknownMails();
};

namespace {

QStringList configureArgs(const SmtpSink& sink, const QString& host)
{
    return {QStringLiteral("mail"),       QStringLiteral("configure"),
            QStringLiteral("--host"),     host,
            QStringLiteral("--port"),     QString::number(sink.port()),
            QStringLiteral("--security"), QStringLiteral("starttls"),
            QStringLiteral("--user"),     sink.user(),
            QStringLiteral("--sender"),   QStringLiteral("noreply@example.jp"),
            QStringLiteral("--reply-to"), QStringLiteral("help@example.jp"),
            QStringLiteral("--ca-file"),  sink.caFile()};
}

} // namespace

void TestCliMail::configureTestAndErrors()
{
    CERTDESK_TEST_DATABASE(tdb);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, QStringLiteral("certdesk"),
                                                QStringLiteral("smtp-Secret-9")}));
    const QString url = tdb->url();
    const QStringList env{QStringLiteral("CERTDESK_SMTP_PASSWORD=smtp-Secret-9")};
    QCOMPARE(runCli(url,
                    QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("大塚商事"),
                                QStringLiteral("--ca-name"), QStringLiteral("Mail CA")} +
                        cliAdminOptions(),
                    {QStringLiteral("CERTDESK_CA_PASSPHRASE=mail test passphrase")})
                 .exitCode,
             0);
    auto r = runCli(url, configureArgs(*sink, QStringLiteral("127.0.0.1")));
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(
        QString::fromUtf8(r.out).trimmed(),
        QStringLiteral("Mail server: 127.0.0.1:%1 (starttls), sender noreply@example.jp.").arg(sink->port()));
    auto bad = runCli(url, {QStringLiteral("mail"), QStringLiteral("configure"), QStringLiteral("--security"),
                            QStringLiteral("ssl3")});
    QCOMPARE(bad.exitCode, 2);

    // The test mail arrives: TLS, AUTH, sender and Reply-To.
    r = runCli(url,
               {QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                QStringLiteral("admin@example.jp")},
               env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY(sink->waitForMessages(1));
    const ReceivedMail mail = sink->messages().first();
    QVERIFY(mail.tls());
    QCOMPARE(mail.authUser(), QStringLiteral("certdesk"));
    QCOMPARE(mail.mailFrom(), QStringLiteral("noreply@example.jp"));
    const QJsonObject decoded = decodeWithPython(mail.raw);
    QCOMPARE(decoded.value(QStringLiteral("reply_to")).toString(), QStringLiteral("help@example.jp"));
    QCOMPARE(decoded.value(QStringLiteral("subject")).toString(), QStringLiteral("CertDesk test mail"));

    // Wrong password: exit 6 and the translated message; unknown host: exit 9.
    r = runCli(url,
               {QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                QStringLiteral("admin@example.jp")},
               {QStringLiteral("CERTDESK_SMTP_PASSWORD=not-the-password")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.all().contains(QStringLiteral("The mail server refused the user name or password.")),
             qPrintable(r.all()));
    QVERIFY(!r.all().contains(QStringLiteral("not-the-password")));
    QCOMPARE(runCli(url, configureArgs(*sink, QStringLiteral("no-such-host.invalid"))).exitCode, 0);
    r = runCli(url,
               {QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                QStringLiteral("admin@example.jp")},
               env);
    QCOMPARE(r.exitCode, 9);
    QVERIFY2(r.all().contains(QStringLiteral("The mail server no-such-host.invalid was not found.")),
             qPrintable(r.all()));
    // Untrusted server certificate: the TLS error.
    QStringList untrusted = configureArgs(*sink, QStringLiteral("127.0.0.1"));
    untrusted.replace(untrusted.indexOf(sink->caFile()),
                      QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
    QCOMPARE(runCli(url, untrusted).exitCode, 0);
    r = runCli(url,
               {QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                QStringLiteral("admin@example.jp")},
               env);
    QCOMPARE(r.exitCode, 9);
    QVERIFY2(r.all().contains(QStringLiteral("The secure connection (TLS) to 127.0.0.1 failed")),
             qPrintable(r.all()));

    // Nothing queued: send-pending tries nothing; the outbox is empty.
    r = runCli(url,
               {QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("send-pending"),
                QStringLiteral("--force")},
               env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("attempted")).toInt(-1), 0);
    r = runCli(url, {QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("outbox")});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("mails")).toArray().size(), 0);

    // The password is nowhere in the database.
    auto db = Database::open(url);
    QVERIFY(db.ok());
    QVERIFY(!dumpContent(*db.value()).contains(QStringLiteral("smtp-Secret-9")));
    QCOMPARE(sink->messages().size(), 1);
}

void TestCliMail::passwordFromKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !Keychain::isAvailable()) {
        if (qEnvironmentVariable("CERTDESK_REQUIRE_KEYCHAIN") == QLatin1String("1"))
            QFAIL("No OS keychain is reachable, but CERTDESK_REQUIRE_KEYCHAIN=1.");
        QSKIP("No OS keychain is reachable (run under scripts/test).");
    }
    CERTDESK_TEST_DATABASE(tdb);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, QStringLiteral("certdesk"),
                                                QStringLiteral("kc-Secret-7")}));
    const QString url = tdb->url();
    QCOMPARE(runCli(url,
                    QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("KC"),
                                QStringLiteral("--ca-name"), QStringLiteral("KC CA")} +
                        cliAdminOptions(),
                    {QStringLiteral("CERTDESK_CA_PASSPHRASE=kc mail passphrase")})
                 .exitCode,
             0);
    QTemporaryDir dir;
    QFile pw(dir.filePath(QStringLiteral("smtp.pw")));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("kc-Secret-7\n");
    pw.close();
    QStringList args = configureArgs(*sink, QStringLiteral("127.0.0.1"));
    args << QStringLiteral("--password-file") << pw.fileName();
    const QStringList noEnv{QStringLiteral("CERTDESK_SMTP_PASSWORD=")};
    auto r = runCli(url, args, noEnv);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = runCli(url,
               {QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                QStringLiteral("kc@example.jp")},
               noEnv);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY(sink->waitForMessages(1));
    QCOMPARE(sink->messages().first().authUser(), QStringLiteral("certdesk"));
    auto db = Database::open(url);
    QVERIFY(db.ok());
    QVERIFY(!dumpContent(*db.value()).contains(QStringLiteral("kc-Secret-7")));
    QVERIFY(Keychain::remove(MailConfig::load(Settings(*db.value())).keychainKey()).ok());
}

// Security review #13 items 11 and 7 on the command line: with --security none and a user, mail test is
// refused before connecting until --allow-plain-auth yes; a "sending" mail whose lease has passed is listed
// as unknown and can be cancelled.
void TestCliMail::plainAuthAndUnknownMails()
{
    CERTDESK_TEST_DATABASE(tdb);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::None, QStringLiteral("certdesk"),
                                                QStringLiteral("plain-Secret-3")}));
    const QString url = tdb->url();
    const QStringList env{QStringLiteral("CERTDESK_SMTP_PASSWORD=plain-Secret-3")};
    QCOMPARE(runCli(url,
                    QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Plain"),
                                QStringLiteral("--ca-name"), QStringLiteral("Plain CA")} +
                        cliAdminOptions(),
                    {QStringLiteral("CERTDESK_CA_PASSPHRASE=plain test passphrase")})
                 .exitCode,
             0);
    QStringList configure = configureArgs(*sink, QStringLiteral("127.0.0.1"));
    configure[configure.indexOf(QStringLiteral("starttls"))] = QStringLiteral("none");
    auto r = runCli(url, configure);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("will not send the password of certdesk")),
             qPrintable(r.all()));
    const QStringList test{QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                           QStringLiteral("plain@example.jp")};
    r = runCli(url, test, env);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("over a connection without TLS")),
             qPrintable(r.all()));
    QTest::qWait(300);
    QCOMPARE(sink->messages().size(), 0);
    QCOMPARE(runCli(url, {QStringLiteral("mail"), QStringLiteral("configure"),
                          QStringLiteral("--allow-plain-auth"), QStringLiteral("maybe")})
                 .exitCode,
             2);
    r = runCli(url, {QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("configure"),
                     QStringLiteral("--allow-plain-auth"), QStringLiteral("yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("allow_plain_auth")).toBool(),
             true);
    r = runCli(url, test, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY(sink->waitForMessages(1));
    QVERIFY(!sink->messages().first().tls());
    QCOMPARE(sink->messages().first().authUser(), QStringLiteral("certdesk"));

    // A mail whose sender died while sending, its lease over a minute ago.
    qint64 id = 0;
    {
        auto db = Database::open(url);
        QVERIFY(db.ok());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto q = db.value()->exec(
            QStringLiteral("INSERT INTO outbox (created_at, kind, recipient, subject, body, state, attempts,"
                           " next_attempt_at, lease_until) VALUES (?, 'test', 'gone@example.jp', 's', 'b',"
                           " 'sending', 1, ?, ?) RETURNING id"),
            {now - 3600, now - 3600, now - 60});
        QVERIFY(q.ok() && q->next());
        id = q->value(0).toLongLong();
    }
    r = runCli(url, {QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("outbox")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonArray mails = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("mails")).toArray();
    QCOMPARE(mails.size(), 1);
    QCOMPARE(mails.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
    r = runCli(url, {QStringLiteral("mail"), QStringLiteral("outbox")});
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("unknown (may have been sent)")),
             qPrintable(r.all()));
    r = runCli(url, {QStringLiteral("mail"), QStringLiteral("cancel"), QString::number(id)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = runCli(url, {QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("outbox")});
    QCOMPARE(QJsonDocument::fromJson(r.out)
                 .object()
                 .value(QStringLiteral("mails"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(TestCliMail)
#include "tst_CliMail.moc"
