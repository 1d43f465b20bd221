// certdesk-cli bulk-template / bulk-issue / bulk-jobs: the template lists every user under the
// exact Japanese header; a broken file exits 4 with every problem on stderr and issues nothing; --dry-run
// writes nothing; --json gives the summary; a job killed with SIGKILL in the middle leaves only complete
// certificates and finishes with --resume, every certificate exactly once.
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

const QString kPassphraseEnv = QStringLiteral("CERTDESK_CA_PASSPHRASE=cli bulk passphrase");

QString fixturePath(const QString& name)
{
    return QDir(qEnvironmentVariable("CERTDESK_TEST_DATA")).filePath(QStringLiteral("bulk/") + name);
}

QString contentOf(TestDatabase& tdb)
{
    auto db = tdb.open();
    return db ? contentApartFromSignIns(*db) : QString();
}

QStringList lines(const QByteArray& text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

qint64 countOf(Database& db, const QString& sql, const QVariantList& binds = {})
{
    auto q = db.exec(sql, binds);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QStringList column(Database& db, const QString& sql)
{
    QStringList out;
    auto q = db.exec(sql);
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace

class TestCliBulk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void templateListsEveryUser();
    void brokenFileIssuesNothing();
    void dryRunWritesNothing();
    void excelFileIssuesWithJsonSummary();
    void killedJobResumes_data();
    void killedJobResumes();

private:
    ProcessResult cli(TestDatabase& tdb, const QStringList& args)
    {
        return runCli(tdb.url(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args, m_env);
    }
    QString setUpUsers(TestDatabase& tdb); // the CA and the users of tests/data/bulk/make_fixtures.py
    QStringList m_env;
    QTemporaryDir m_dir;
};

void TestCliBulk::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    m_env = {kPassphraseEnv, QStringLiteral("DBUS_SESSION_BUS_ADDRESS=")};
}

QString TestCliBulk::setUpUsers(TestDatabase& tdb)
{
    QList<QStringList> commands = {
        QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Bulk KK"),
                    QStringLiteral("--ca-name"), QStringLiteral("Bulk CA")} +
            cliAdminOptions(),
    };
    struct U
    {
        const char *login, *email, *title, *dept, *family, *given, *familyKana, *givenKana;
    };
    const U users[] = {
        {"yamada.taro", "yamada@example.co.jp", "課長", "営業部", "山田", "太郎", "ヤマダ", "タロウ"},
        {"suzuki.hanako", "suzuki@example.co.jp", "", "総務部", "鈴木", "花子", "スズキ", "ハナコ"},
        {"sato.ichiro", "sato@example.co.jp", "主任", "開発部", "佐藤", "一郎", "サトウ", "イチロウ"},
        {"tanaka.jiro", "tanaka@example.co.jp", "", "営業部", "田中", "次郎", "タナカ", "ジロウ"},
        {"takahashi.yuko", "takahashi@example.co.jp", "部長", "経理部", nullptr, nullptr, nullptr, nullptr},
    };
    for (const U& u : users) {
        QStringList add{QStringLiteral("user"),    QStringLiteral("add"),      QString::fromUtf8(u.login),
                        QStringLiteral("--email"), QString::fromUtf8(u.email), QStringLiteral("--department"),
                        QString::fromUtf8(u.dept)};
        if (*u.title)
            add << QStringLiteral("--title") << QString::fromUtf8(u.title);
        commands << add;
        if (u.family)
            commands << QStringList{QStringLiteral("identity"),      QStringLiteral("register"),
                                    QString::fromUtf8(u.login),      QStringLiteral("--family"),
                                    QString::fromUtf8(u.family),     QStringLiteral("--given"),
                                    QString::fromUtf8(u.given),      QStringLiteral("--family-kana"),
                                    QString::fromUtf8(u.familyKana), QStringLiteral("--given-kana"),
                                    QString::fromUtf8(u.givenKana)};
    }
    for (const QStringList& c : commands) {
        auto r = cli(tdb, c);
        if (r.exitCode != 0)
            return c.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.all();
    }
    return {};
}

void TestCliBulk::templateListsEveryUser()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUpUsers(*tdb), QString());
    const QString before = contentOf(*tdb);
    const QString out = m_dir.filePath(QStringLiteral("certificateform.csv"));
    QCOMPARE(cli(*tdb, {QStringLiteral("bulk-template")}).exitCode, 2); // needs --out
    auto r = cli(*tdb, {QStringLiteral("bulk-template"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(contentOf(*tdb), before);

    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // UTF-8 with BOM, CRLF, the exact seed 000 header, one row per user by login ID with the registered
    // names (English by passport Hepburn), 発行する and the rest blank.
    const QString expected = QStringLiteral(
        "発行する,ログインID,メールアドレス,役職,部署,氏名(姓),氏名(名),フリガナ(姓),フリガナ(名),氏名(姓)"
        "英語表記,氏名(名)英語表記,"
        "Windows,iOS(アプリ/ブラウザ),iOS(専用ブラウザ),Mac,Android,秘密の鍵の自動生成,秘密の鍵,備考\r\n"
        ",sato.ichiro,sato@example.co.jp,主任,開発部,佐藤,一郎,サトウ,イチロウ,sato,ichiro,,,,,,,,\r\n"
        ",suzuki.hanako,suzuki@example.co.jp,,総務部,鈴木,花子,スズキ,ハナコ,suzuki,hanako,,,,,,,,\r\n"
        ",takahashi.yuko,takahashi@example.co.jp,部長,経理部,,,,,,,,,,,,,,\r\n"
        ",tanaka.jiro,tanaka@example.co.jp,,営業部,田中,次郎,タナカ,ジロウ,tanaka,jiro,,,,,,,,\r\n"
        ",yamada.taro,yamada@example.co.jp,課長,営業部,山田,太郎,ヤマダ,タロウ,yamada,taro,,,,,,,,\r\n");
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), expected);

    // The template, marked for one user as an administrator would, is a valid file.
    QByteArray marked = bytes;
    marked.replace(QByteArray("\r\n,sato.ichiro,"), QByteArray("\r\n○,sato.ichiro,"));
    marked.replace(QByteArray("sato,ichiro,,,,,,,,\r\n"), QByteArray("sato,ichiro,,,,,○,○,,ノートPC\r\n"));
    const QString markedFile = writeFile(m_dir, QStringLiteral("marked.csv"), marked);
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("bulk-issue"), markedFile,
                   QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("certificates")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), 4);
    QCOMPARE(contentOf(*tdb), before);
}

void TestCliBulk::brokenFileIssuesNothing()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUpUsers(*tdb), QString());
    const QString before = contentOf(*tdb);

    // --dry-run: the problems, exit 4, nothing written at all.
    const QString email = fixturePath(QStringLiteral("bad-email-cp932.csv"));
    const QStringList expected = {
        QStringLiteral(
            "2: メールアドレス: \"yamada@example\": \"yamada@example\" is not a valid e-mail address."),
        QStringLiteral("3: メールアドレス: \"suzuki＠example.co.jp\": \"suzuki＠example.co.jp\" is not a "
                       "valid e-mail address."),
    };
    auto r = cli(*tdb, {QStringLiteral("bulk-issue"), email, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(lines(r.err).mid(0, 2), expected);
    QCOMPARE(contentOf(*tdb), before);

    // Without it: the same, and only a "bulk rejected" history row is written.
    r = cli(*tdb, {QStringLiteral("bulk-issue"), email});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out, QByteArray());
    const QStringList err = lines(r.err);
    QCOMPARE(err.size(), 3);
    QCOMPARE(err.mid(0, 2), expected);
    QVERIFY2(err.at(2).contains(QStringLiteral("nothing was issued")), qPrintable(err.at(2)));
    {
        auto db = tdb->open();
        QVERIFY(db);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(0));
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM bulk_jobs")), qint64(0));
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM users")), qint64(5));
        QCOMPARE(column(*db, QStringLiteral(
                                 "SELECT operation FROM history WHERE operation LIKE 'bulk%' ORDER BY id")),
                 QStringList{QStringLiteral("bulk-rejected")});
        QCOMPARE(column(*db, QStringLiteral("SELECT details FROM history WHERE operation = 'bulk-rejected'")),
                 QStringList{QStringLiteral("problems=2")});
    }

    // Whole-row problems have neither column nor value; the header's line is 1.
    r = cli(*tdb, {QStringLiteral("bulk-issue"), fixturePath(QStringLiteral("bad-no-device-cp932.csv")),
                   QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(lines(r.err).mid(0, 2),
             (QStringList{QStringLiteral("3: Mark one device column (Windows, iOS, Mac or Android)."),
                          QStringLiteral("4: Mark one device column (Windows, iOS, Mac or Android).")}));
    r = cli(*tdb, {QStringLiteral("bulk-issue"), fixturePath(QStringLiteral("bad-unknown-column-cp932.csv")),
                   QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(lines(r.err).value(0),
             QStringLiteral("1: 社員番号: \"社員番号\": Unknown column. Use the header of "
                            "certificateform.csv (Japanese or English column names)."));
    // Key passwords are masked on the screen too.
    r = cli(*tdb, {QStringLiteral("bulk-issue"), fixturePath(QStringLiteral("bad-password-space-cp932.csv")),
                   QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(lines(r.err).value(0),
             QStringLiteral("3: 秘密の鍵: \"***********\": The key password may only contain half-width "
                            "letters, digits and symbols, without spaces."));
    QVERIFY(!r.all().contains(QStringLiteral("Suzuki 2024")));

    // --json: the problems structured.
    r = cli(*tdb,
            {QStringLiteral("--json"), QStringLiteral("bulk-issue"),
             fixturePath(QStringLiteral("bad-duplicate-login-cp932.csv")), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 4);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(1).toObject(),
             (QJsonObject{
                 {QStringLiteral("line"), 6},
                 {QStringLiteral("column"), QStringLiteral("ログインID")},
                 {QStringLiteral("value"), QStringLiteral("yamada.taro")},
                 {QStringLiteral("message"),
                  QStringLiteral(
                      "This login ID is already on line 2. A file may issue one certificate per user.")}}));

    // A file that is not there, and bad usage.
    QCOMPARE(cli(*tdb, {QStringLiteral("bulk-issue"), m_dir.filePath(QStringLiteral("nope.csv"))}).exitCode,
             9);
    QCOMPARE(cli(*tdb, {QStringLiteral("bulk-issue")}).exitCode, 2);
    QCOMPARE(
        cli(*tdb, {QStringLiteral("bulk-issue"), email, QStringLiteral("--threads"), QStringLiteral("many")})
            .exitCode,
        2);
    QCOMPARE(
        cli(*tdb, {QStringLiteral("bulk-issue"), QStringLiteral("--resume"), QStringLiteral("7")}).exitCode,
        3);
    QCOMPARE(cli(*tdb, {QStringLiteral("history"), QStringLiteral("verify")}).exitCode, 0);
}

void TestCliBulk::dryRunWritesNothing()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUpUsers(*tdb), QString());
    const QString before = contentOf(*tdb);
    const QString file = fixturePath(QStringLiteral("ok-cp932.csv"));
    auto r = cli(*tdb, {QStringLiteral("bulk-issue"), file, QStringLiteral("--create-missing-users"),
                        QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(lines(r.out),
             (QStringList{QStringLiteral("ok-cp932.csv (Shift_JIS): certificates to issue: 5, new users: 1, "
                                         "certificate information to register: 2, rows skipped: 2."),
                          QStringLiteral("Dry run: nothing was issued.")}));
    QCOMPARE(contentOf(*tdb), before);

    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("bulk-issue"),
                   fixturePath(QStringLiteral("ok-utf8-bom-english.csv")), QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(QJsonDocument::fromJson(r.out).object(), (QJsonObject{{QStringLiteral("ok"), true},
                                                                   {QStringLiteral("dry_run"), true},
                                                                   {QStringLiteral("certificates"), 3},
                                                                   {QStringLiteral("new_users"), 0},
                                                                   {QStringLiteral("new_identities"), 1},
                                                                   {QStringLiteral("skipped"), 1}}));
    QCOMPARE(contentOf(*tdb), before);
}

void TestCliBulk::excelFileIssuesWithJsonSummary()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUpUsers(*tdb), QString());
    const QString file = fixturePath(QStringLiteral("ok-cp932.csv"));

    // ito.kenji does not exist yet: without --create-missing-users the file is refused.
    auto r = cli(*tdb, {QStringLiteral("bulk-issue"), file, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(lines(r.err).value(0),
             QStringLiteral("9: ログインID: \"ito.kenji\": No user has this login ID. Add the user first, or "
                            "choose \"Create missing users\"."));

    // Issuing needs the CA passphrase (validation does not): without it nothing is accepted.
    const QString before = contentOf(*tdb);
    r = runCli(tdb->url(),
               {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("bulk-issue"), file,
                QStringLiteral("--create-missing-users")},
               {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=")});
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(contentOf(*tdb), before);

    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("bulk-issue"), file,
                   QStringLiteral("--create-missing-users")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(o.value(QStringLiteral("seconds")).toDouble(-1) >= 0, r.out.constData());
    o.remove(QStringLiteral("seconds"));
    QCOMPARE(o, (QJsonObject{{QStringLiteral("ok"), true},
                             {QStringLiteral("job"), 1},
                             {QStringLiteral("file"), QStringLiteral("ok-cp932.csv")},
                             {QStringLiteral("issued"), 5},
                             {QStringLiteral("failed"), 0},
                             {QStringLiteral("remaining"), 0},
                             {QStringLiteral("failures"), QJsonArray()}}));

    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("bulk-jobs"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonObject job = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("job")).toObject();
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    QCOMPARE(job.value(QStringLiteral("total")).toInt(), 5);
    QCOMPARE(job.value(QStringLiteral("issued")).toInt(), 5);
    QCOMPARE(job.value(QStringLiteral("pending")).toInt(), 0);
    QStringList rowLines;
    for (const QJsonValue& v : job.value(QStringLiteral("rows")).toArray()) {
        QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        rowLines << QString::number(v.toObject().value(QStringLiteral("line")).toInt());
    }
    QCOMPARE(rowLines, (QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("6"),
                                    QStringLiteral("8"), QStringLiteral("9")}));
    r = cli(*tdb, {QStringLiteral("bulk-jobs")});
    QVERIFY2(r.exitCode == 0 &&
                 r.all().contains(QStringLiteral("ok-cp932.csv: issued 5, failed 0, pending 0")),
             qPrintable(r.all()));

    r = cli(*tdb, {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("ito.kenji")});
    QVERIFY2(r.exitCode == 0 && r.all().contains(QStringLiteral("情報システム部")), qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("list"),
                   QStringLiteral("--operation"), QStringLiteral("issue")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QStringList issuedTo;
    for (const QJsonValue& h :
         QJsonDocument::fromJson(r.out).object().value(QStringLiteral("history")).toArray())
        issuedTo << h.toObject().value(QStringLiteral("target")).toString();
    issuedTo.sort();
    QCOMPARE(issuedTo, (QStringList{QStringLiteral("ito.kenji"), QStringLiteral("sato.ichiro"),
                                    QStringLiteral("suzuki.hanako"), QStringLiteral("takahashi.yuko"),
                                    QStringLiteral("yamada.taro")}));
    QCOMPARE(cli(*tdb, {QStringLiteral("history"), QStringLiteral("verify")}).exitCode, 0);

    // The certificate verifies against the CA with openssl.
    const QString ca = m_dir.filePath(QStringLiteral("bulk-ca.pem"));
    const QString leaf = m_dir.filePath(QStringLiteral("ito.pem"));
    QCOMPARE(cli(*tdb, {QStringLiteral("ca"), QStringLiteral("export-cert"), QStringLiteral("--out"), ca})
                 .exitCode,
             0);
    QCOMPARE(cli(*tdb, {QStringLiteral("cert"), QStringLiteral("show"), QStringLiteral("ito.kenji:1"),
                        QStringLiteral("--out"), leaf})
                 .exitCode,
             0);
    auto v = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, leaf});
    QVERIFY2(v.exitCode == 0, qPrintable(v.all()));

    // The same file again: every user now has certificate information and the rows issue again (slot 2).
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("bulk-issue"), file,
                   QStringLiteral("--create-missing-users"), QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("new_users")).toInt(), 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("new_identities")).toInt(), 0);
}

// Rows are committed in groups (at most 64 rows or 50 ms, BulkIssueRunner): a kill loses at most the group
// not yet committed — its rows stay pending, each row is complete or absent — and the resume issues them.
void TestCliBulk::killedJobResumes_data()
{
    QTest::addColumn<QString>("failpoint");
    QTest::addColumn<int>("minDone");
    QTest::addColumn<int>("maxDone");
    // Inside the 150th row's group: the group holds rows k+1..150, at most 64 of them.
    QTest::newRow("inside a group") << QStringLiteral("bulk-row-commit@150") << 150 - 64 << 149;
    // At the commit of the second group: the first group (1..64 rows) is all there is.
    QTest::newRow("at a group's commit") << QStringLiteral("bulk-group-commit@2") << 1 << 64;
}

void TestCliBulk::killedJobResumes()
{
    QFETCH(QString, failpoint);
    QFETCH(int, minDone);
    QFETCH(int, maxDone);
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(cli(*tdb, QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Bulk KK"),
                                   QStringLiteral("--ca-name"), QStringLiteral("Bulk CA")} +
                           cliAdminOptions())
                 .exitCode,
             0);
    const QString file = fixturePath(QStringLiteral("users200-cp932.csv"));
    QElapsedTimer timer;
    timer.start();

    QProcess p;
    auto penv = QProcessEnvironment::systemEnvironment();
    penv.insert(QStringLiteral("CERTDESK_CA_PASSPHRASE"), kPassphraseEnv.section(QLatin1Char('='), 1));
    penv.insert(QStringLiteral("CERTDESK_FAILPOINT"), failpoint);
    penv.insert(QStringLiteral("CERTDESK_OPERATOR"), kCliAdmin);
    penv.insert(QStringLiteral("CERTDESK_OPERATOR_PASSWORD"), kCliAdminPassword);
    penv.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    p.setProcessEnvironment(penv);
    p.start(cliPath(), {QStringLiteral("--db"), tdb->url(), QStringLiteral("bulk-issue"), file,
                        QStringLiteral("--create-missing-users")});
    QVERIFY(p.waitForStarted());
    QByteArray err;
    QElapsedTimer t;
    t.start();
    const QByteArray reached =
        "certdesk: failpoint " + failpoint.section(QLatin1Char('@'), 0, 0).toUtf8() + " reached";
    while (!err.contains(reached) && t.elapsed() < 60000) {
        p.waitForReadyRead(500);
        err += p.readAllStandardError();
        QVERIFY2(p.state() == QProcess::Running, err.constData());
    }
    QVERIFY2(err.contains(reached), err.constData());
    p.kill(); // SIGKILL inside an open group transaction
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    qint64 done = 0;
    {
        auto db = tdb->open();
        QVERIFY(db);
        // PostgreSQL may take a moment to notice the dead connection and roll its transaction back.
        if (TestDatabase::isPostgresRun())
            QTRY_COMPARE_WITH_TIMEOUT(
                countOf(*db, QStringLiteral(
                                 "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                                 " AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'")),
                qint64(0), 10000);
        // Exactly the committed groups' rows, each complete: user, certificate information, certificate, the
        // history rows and the job row done — and nothing of the group the kill interrupted.
        done = countOf(*db, QStringLiteral("SELECT COUNT(*) FROM bulk_job_rows WHERE state = 'done'"));
        QVERIFY2(done >= minDone && done <= maxDone, qPrintable(QString::number(done)));
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM certificates")), done);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM users")), done);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM identities")), done);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM bulk_job_rows WHERE state = 'pending'")),
                 qint64(200) - done);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM history WHERE operation = 'issue'")),
                 done);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM history WHERE operation = 'user-add'")),
                 done);
        QCOMPARE(countOf(*db, QStringLiteral(
                                  "SELECT COUNT(*) FROM history WHERE operation = 'identity-register'")),
                 done);
        QCOMPARE(
            countOf(*db, QStringLiteral("SELECT COUNT(*) FROM history WHERE operation = 'bulk-accepted'")),
            qint64(1));
        // No certificate without its job row and history row, no user without a certificate.
        QCOMPARE(
            countOf(*db,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM certificates c WHERE NOT EXISTS (SELECT 1 FROM bulk_job_rows r"
                        " WHERE r.certificate_id = c.id AND r.state = 'done')")),
            qint64(0));
        QCOMPARE(
            countOf(*db, QStringLiteral(
                             "SELECT COUNT(*) FROM certificates c WHERE NOT EXISTS (SELECT 1 FROM history h"
                             " WHERE h.operation = 'issue' AND h.target_login = c.login_id)")),
            qint64(0));
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM users u WHERE NOT EXISTS (SELECT 1 FROM "
                                             "certificates c WHERE c.user_id = u.id)")),
                 qint64(0));
        QCOMPARE(
            countOf(
                *db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM bulk_job_rows WHERE state = 'done' AND certificate_id IS NULL")),
            qint64(0));
        auto v = HistoryLog::verify(*db);
        QVERIFY(v.ok() && v->intact);
    }
    QCOMPARE(cli(*tdb, {QStringLiteral("history"), QStringLiteral("verify")}).exitCode, 0);

    auto r = cli(*tdb, {QStringLiteral("bulk-jobs"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QStringList out = lines(r.out);
    const int left = int(200 - done);
    QCOMPARE(out.filter(QStringLiteral("  pending")).size(), qsizetype(left));
    QCOMPARE(out.last(), QStringLiteral("Bulk job 1 (users200-cp932.csv): issued %1, failed 0, pending %2.")
                             .arg(done)
                             .arg(left));
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("bulk-jobs")});
    const QJsonArray jobs = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("pending")).toInt(), left);

    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("bulk-issue"), QStringLiteral("--resume"),
                   QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary.value(QStringLiteral("issued")).toInt(), left);
    QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("remaining")).toInt(), 0);
    QVERIFY2(
        r.err.contains(
            QStringLiteral("Resuming bulk job 1 (users200-cp932.csv): %1 rows pending.").arg(left).toUtf8()),
        r.err.constData());

    auto db = tdb->open();
    QVERIFY(db);
    QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(200));
    QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(DISTINCT login_id) FROM certificates")), qint64(200));
    QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM users")), qint64(200));
    QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM bulk_job_rows WHERE state = 'done'")),
             qint64(200));
    QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(DISTINCT certificate_id) FROM bulk_job_rows")),
             qint64(200));
    QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM history WHERE operation = 'issue'")),
             qint64(200));
    QCOMPARE(countOf(*db, QStringLiteral(
                              "SELECT COUNT(DISTINCT target_login) FROM history WHERE operation = 'issue'")),
             qint64(200));
    QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM history WHERE operation = 'user-add'")),
             qint64(200));
    QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM bulk_jobs WHERE state = 'finished'")),
             qint64(1));
    auto v = HistoryLog::verify(*db);
    QVERIFY(v.ok() && v->intact);
    QCOMPARE(cli(*tdb, {QStringLiteral("history"), QStringLiteral("verify")}).exitCode, 0);
    // Nothing left: resuming again issues nothing.
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("bulk-issue"), QStringLiteral("--resume"),
                   QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("issued")).toInt(), 0);
    qInfo("kill and resume of 200 rows: %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_CliBulk.moc"
