// certdesk-cli user import / user export: every problem on stderr as LINE: COLUMN: "VALUE": message with
// exit code 4 and nothing written; the Excel (CP932) file imports; the export imports back unchanged.
#include "CliRunner.h"
#include "TestDatabase.h"
#include "store/HistoryLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

QString fixturePath(const QString& name)
{
    return QDir(qEnvironmentVariable("CERTDESK_TEST_DATA")).filePath(QStringLiteral("users/") + name);
}

QString contentOf(TestDatabase& tdb)
{
    auto db = tdb.open();
    return db ? contentApartFromSignIns(*db) : QString();
}

// Output lines, without the server notices libpq prints on stderr on PostgreSQL
// ("NOTICE:  relation \"schema_version\" already exists, skipping").
QStringList lines(const QByteArray& text)
{
    QStringList out;
    for (const QString& line : QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1String("NOTICE:")))
            out << line;
    return out;
}

} // namespace

class TestCliUserCsv : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void brokenFileListsEveryProblem();
    void excelFileImportsOnce();
    void exportImportsBackUnchanged();
    void killedImportLeavesNothing();
    void oversizedCsvIsRefused();

private:
    ProcessResult cli(TestDatabase& tdb, const QStringList& args)
    {
        return runCli(tdb.url(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args, m_env);
    }
    QStringList m_env;
    QTemporaryDir m_dir;
};

void TestCliUserCsv::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    m_env = {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=")};
}

void TestCliUserCsv::brokenFileListsEveryProblem()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(bootstrapCliAdmin(tdb->url()), QString());
    QCOMPARE(cli(*tdb, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("suzuki.hanako"),
                        QStringLiteral("--email"), QStringLiteral("old@example.jp")})
                 .exitCode,
             0);
    const QString before = contentOf(*tdb);
    const QString file = fixturePath(QStringLiteral("users-bad-email-cp932.csv"));

    auto r = cli(*tdb, {QStringLiteral("user"), QStringLiteral("import"), file});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out, QByteArray());
    // One line per problem (CliProblems: an empty value is left out), then the summary.
    QCOMPARE(
        lines(r.err),
        (QStringList{
            QStringLiteral("2: メールアドレス: \"yamada@example\": \"yamada@example\" is not a valid "
                           "e-mail address."),
            QStringLiteral("3: メールアドレス: \"suzuki＠example.co.jp\": \"suzuki＠example.co.jp\" is not "
                           "a valid e-mail address."),
            QStringLiteral("5: メールアドレス: The e-mail address is required."),
            QStringLiteral("3 problems found; nothing was imported.")}));
    QCOMPARE(contentOf(*tdb), before);

    // --dry-run validates the same way.
    r = cli(*tdb,
            {QStringLiteral("user"), QStringLiteral("import"),
             fixturePath(QStringLiteral("users-missing-email-cp932.csv")), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(lines(r.err).value(0), QStringLiteral("1: メールアドレス: The column is missing."));

    // --json: the same problems, structured, and still on stderr.
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("import"),
                   fixturePath(QStringLiteral("users-duplicate-login-cp932.csv"))});
    QCOMPARE(r.exitCode, 4);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(
        problems.at(1).toObject(),
        (QJsonObject{{QStringLiteral("line"), 6},
                     {QStringLiteral("column"), QStringLiteral("ログインID")},
                     {QStringLiteral("value"), QStringLiteral("yamada.taro")},
                     {QStringLiteral("message"), QStringLiteral("This login ID is already on line 2.")}}));
    QCOMPARE(lines(r.err).value(0),
             QStringLiteral("4: ログインID: \"yamada.taro\": This login ID is already on line 2."));
    QCOMPARE(contentOf(*tdb), before);

    // Not CSV text at all, and a missing file.
    const QString binary = writeFile(m_dir, QStringLiteral("binary.csv"), QByteArray("\x82\xff\x00\x81", 4));
    QCOMPARE(cli(*tdb, {QStringLiteral("user"), QStringLiteral("import"), binary}).exitCode, 4);
    QCOMPARE(cli(*tdb, {QStringLiteral("user"), QStringLiteral("import"),
                        m_dir.filePath(QStringLiteral("nope.csv"))})
                 .exitCode,
             9);
    QCOMPARE(cli(*tdb, {QStringLiteral("user"), QStringLiteral("import")}).exitCode, 2);
    QCOMPARE(contentOf(*tdb), before);
}

void TestCliUserCsv::excelFileImportsOnce()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(bootstrapCliAdmin(tdb->url()), QString());
    const QString file = fixturePath(QStringLiteral("users-ok-cp932.csv"));
    QCOMPARE(cli(*tdb, {QStringLiteral("user"), QStringLiteral("list")}).exitCode, 0); // creates the schema
    const QString empty = contentOf(*tdb);

    auto r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("import"), file,
                        QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("dry_run")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("added")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("Shift_JIS"));
    QCOMPARE(contentOf(*tdb), empty);

    r = cli(*tdb, {QStringLiteral("user"), QStringLiteral("import"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(QString::fromUtf8(r.out).trimmed(),
             QStringLiteral("Imported %1: 5 user(s) added, 0 updated, 0 unchanged.").arg(file));
    r = cli(*tdb, {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("takahashi.yuko")});
    QVERIFY2(r.exitCode == 0 && r.all().contains(QStringLiteral("髙橋 優子")) &&
                 r.all().contains(QStringLiteral("経理部")),
             qPrintable(r.all()));

    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("import"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 5);

    r = cli(*tdb, {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--operation"),
                   QStringLiteral("user-import")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(lines(r.out).size(), 1); // the second import changed nothing and wrote nothing
    QVERIFY2(r.all().contains(QStringLiteral("Import users")) &&
                 r.all().contains(QStringLiteral("file=users-ok-cp932.csv added=5 updated=0")),
             qPrintable(r.all()));
    QCOMPARE(cli(*tdb, {QStringLiteral("history"), QStringLiteral("verify")}).exitCode, 0);
}

void TestCliUserCsv::exportImportsBackUnchanged()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(bootstrapCliAdmin(tdb->url()), QString());
    QCOMPARE(cli(*tdb, {QStringLiteral("user"), QStringLiteral("import"),
                        fixturePath(QStringLiteral("users-ok-cp932.csv"))})
                 .exitCode,
             0);
    QCOMPARE(cli(*tdb, {QStringLiteral("user"), QStringLiteral("import"),
                        fixturePath(QStringLiteral("users-english-utf8-bom.csv"))})
                 .exitCode,
             0);
    QCOMPARE(cli(*tdb, {QStringLiteral("user"), QStringLiteral("export")}).exitCode, 2); // needs --out

    const QString out = m_dir.filePath(QStringLiteral("users-export.csv"));
    auto r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("export"),
                        QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows")).toInt(), 8);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "\xE3\x83\xAD")); // BOM, then ロ of ログインID
    QCOMPARE(bytes.count("\r\n"), 9);
    QVERIFY(bytes.contains("\r\nmary.jones,mary@example.com,\"Mary \"\"MJ\"\" Jones\",\"Sales, "
                           "Tokyo\",Manager,sales;tokyo\r\n"));

    const QString before = contentOf(*tdb);
    r = cli(*tdb, {QStringLiteral("user"), QStringLiteral("import"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY2(r.all().contains(QStringLiteral("0 user(s) added, 0 updated, 8 unchanged")),
             qPrintable(r.all()));
    QCOMPARE(contentOf(*tdb), before);

    r = cli(*tdb, {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--operation"),
                   QStringLiteral("export")});
    QVERIFY2(r.all().contains(QStringLiteral("users rows=8 file=users-export.csv")), qPrintable(r.all()));
    QCOMPARE(cli(*tdb, {QStringLiteral("history"), QStringLiteral("verify")}).exitCode, 0);
}

void TestCliUserCsv::killedImportLeavesNothing()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(bootstrapCliAdmin(tdb->url()), QString());
    QCOMPARE(cli(*tdb, {QStringLiteral("user"), QStringLiteral("list")}).exitCode, 0);
    const QString before = contentOf(*tdb);

    QProcess p;
    auto penv = QProcessEnvironment::systemEnvironment();
    penv.insert(QStringLiteral("CERTDESK_FAILPOINT"), QStringLiteral("user-import-before-commit"));
    penv.insert(QStringLiteral("CERTDESK_OPERATOR"), kCliAdmin);
    penv.insert(QStringLiteral("CERTDESK_OPERATOR_PASSWORD"), kCliAdminPassword);
    penv.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    p.setProcessEnvironment(penv);
    p.start(cliPath(), {QStringLiteral("--db"), tdb->url(), QStringLiteral("user"), QStringLiteral("import"),
                        fixturePath(QStringLiteral("users-ok-cp932.csv"))});
    QVERIFY(p.waitForStarted());
    QByteArray err;
    QElapsedTimer t;
    t.start();
    while (!err.contains("failpoint user-import-before-commit reached") && t.elapsed() < 60000) {
        p.waitForReadyRead(500);
        err += p.readAllStandardError();
        QVERIFY2(p.state() == QProcess::Running, err.constData());
    }
    QVERIFY2(err.contains("failpoint user-import-before-commit reached"), err.constData());
    p.kill();
    QVERIFY(p.waitForFinished(10000));

    QCOMPARE(contentOf(*tdb), before);
    auto r = cli(*tdb, {QStringLiteral("user"), QStringLiteral("import"),
                        fixturePath(QStringLiteral("users-ok-cp932.csv"))});
    QVERIFY2(r.exitCode == 0 && r.all().contains(QStringLiteral("5 user(s) added")), qPrintable(r.all()));
    QCOMPARE(cli(*tdb, {QStringLiteral("history"), QStringLiteral("verify")}).exitCode, 0);
}

// Every CSV-reading command refuses a file over 64 MiB before reading it, as the desktop does.
void TestCliUserCsv::oversizedCsvIsRefused()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(bootstrapCliAdmin(tdb->url()), QString());
    QCOMPARE(cli(*tdb, {QStringLiteral("user"), QStringLiteral("list")}).exitCode, 0); // creates the schema
    const QString before = contentOf(*tdb);
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("ログインID,メールアドレス\r\n") > 0);
        QVERIFY(f.resize(65LL * 1024 * 1024)); // sparse: no disk space needed
    }
    const QList<QStringList> commands = {
        {QStringLiteral("user"), QStringLiteral("import"), big},
        {QStringLiteral("bulk-issue"), big},
        {QStringLiteral("bulk-revoke"), big, QStringLiteral("--reason"), QStringLiteral("lost")}};
    for (const QStringList& args : commands) {
        auto r = cli(*tdb, args);
        QVERIFY2(r.exitCode == 4, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.all()));
        QVERIFY2(r.all().contains(QStringLiteral("too large for a CSV file (more than 64 MB)")),
                 qPrintable(r.all()));
    }
    QCOMPARE(contentOf(*tdb), before);
    QFile::remove(big);
}

QTEST_GUILESS_MAIN(TestCliUserCsv)
#include "tst_CliUserCsv.moc"
