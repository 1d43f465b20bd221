// history verify / history anchor as an administrator meets them: signed checkpoints reported, an anchor
// file only ever appended to, and a history that was re-chained by the database owner reported as
// tampered with (exit 1), by the checkpoints and, after they were deleted too, by the anchor file.
#include "CliRunner.h"
#include "HistoryTamper.h"
#include "TestDatabase.h"
#include "store/HistoryLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

QList<QByteArray> fileLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestCliHistoryAnchor : public QObject
{
    Q_OBJECT
private slots:
    void anchorAndVerifyCatchARechainedHistory();
};

void TestCliHistoryAnchor::anchorAndVerifyCatchARechainedHistory()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    const QStringList env = {QStringLiteral("CERTDESK_CA_PASSPHRASE=cli test passphrase"),
                             QStringLiteral("DBUS_SESSION_BUS_ADDRESS="),
                             QStringLiteral("CERTDESK_NO_CRL_SCHEDULE=1")};
    CERTDESK_TEST_DATABASE(tdb);
    const QString url = tdb->url();
    auto r = runCli(url,
                    QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Example KK"),
                                QStringLiteral("--ca-name"), QStringLiteral("Example CA")} +
                        cliAdminOptions(),
                    env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    for (const char* login : {"taro", "jiro", "saburo"}) {
        r = runCli(url,
                   {QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(login),
                    QStringLiteral("--email"), QString::fromLatin1(login) + QStringLiteral("@example.jp")},
                   env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    }
    r = runCli(url, {QStringLiteral("crl"), QStringLiteral("publish")}, env); // signs a checkpoint
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));

    QTemporaryDir dir;
    const QString anchor = dir.filePath(QStringLiteral("history-anchor.txt"));
    r = runCli(url, {QStringLiteral("history"), QStringLiteral("anchor"), QStringLiteral("--out"), anchor},
               env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QList<QByteArray> first = fileLines(anchor);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.at(0).split('\t').size(), 5);
    r = runCli(url,
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("shiro"),
                QStringLiteral("--email"), QStringLiteral("shiro@example.jp")},
               env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = runCli(url, {QStringLiteral("history"), QStringLiteral("anchor"), QStringLiteral("--out"), anchor},
               env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QList<QByteArray> second = fileLines(anchor);
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.at(0), first.at(0)); // appended, never rewritten

    r = runCli(url,
               {QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("verify"),
                QStringLiteral("--anchor"), anchor},
               env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonObject ok = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(ok.value(QStringLiteral("ok")).toBool(), r.out.constData());
    QCOMPARE(ok.value(QStringLiteral("checkpoints")).toInt(),
             4); // init's CRL, the revocation's, two anchors'
    QCOMPARE(ok.value(QStringLiteral("anchor_lines")).toInt(), 2);
    QCOMPARE(ok.value(QStringLiteral("newest_checkpoint_rows")).toInteger(),
             second.at(1).split('\t').at(1).toLongLong());
    r = runCli(url, {QStringLiteral("history"), QStringLiteral("verify")}, env);
    QVERIFY2(r.exitCode == 0 && r.all().contains(QStringLiteral("Newest signed checkpoint:")) &&
                 r.all().contains(QStringLiteral("after the newest checkpoint are only hash-chained")),
             qPrintable(r.all()));

    // The owner deletes a row, edits another and recomputes the chain and its head.
    {
        auto db = tdb->open();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("DELETE FROM history WHERE target_login = 'jiro'")).ok());
        QVERIFY(
            db->exec(QStringLiteral("UPDATE history SET operator = 'nobody' WHERE target_login = 'saburo'"))
                .ok());
        QCOMPARE(rechainHistory(*db), QString());
    }
    r = runCli(url, {QStringLiteral("history"), QStringLiteral("verify")}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.all().contains(QStringLiteral("tampered")) &&
                 r.all().contains(QStringLiteral("Signed checkpoint 2 ")), // 1: init's CRL, before the edits
             qPrintable(r.all()));

    // ... and removes every checkpoint as well: only the anchor file can tell now.
    {
        auto db = tdb->open();
        QVERIFY(db);
        QCOMPARE(deleteHistoryCheckpoints(*db), QString());
    }
    r = runCli(url, {QStringLiteral("history"), QStringLiteral("verify")}, env);
    QVERIFY2(r.exitCode == 0 && r.all().contains(QStringLiteral("only hash-chained")), qPrintable(r.all()));
    r = runCli(url, {QStringLiteral("history"), QStringLiteral("verify"), QStringLiteral("--anchor"), anchor},
               env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.all().contains(QStringLiteral("Line 1 of the anchor file")), qPrintable(r.all()));

    // A file that is not an anchor file is refused as invalid input.
    const QString junk = writeFile(dir, QStringLiteral("junk.txt"), "not an anchor\n");
    r = runCli(url, {QStringLiteral("history"), QStringLiteral("verify"), QStringLiteral("--anchor"), junk},
               env);
    QCOMPARE(r.exitCode, 4);
}

QTEST_GUILESS_MAIN(TestCliHistoryAnchor)
#include "tst_CliHistoryAnchor.moc"
