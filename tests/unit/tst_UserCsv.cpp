// User import/export CSV: every problem of a broken file with line, column, value and message, nothing
// written when there is one; the Excel (CP932) file adds users, re-import and round trip change nothing.
#include "WorkflowFixture.h"
#include "bulk/UserCsv.h"
#include "store/HistoryLog.h"
#include "store/Settings.h"
#include "store/UserStore.h"
#include "workflows/UserWorkflows.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QDir(qEnvironmentVariable("CERTDESK_TEST_DATA")).filePath(QStringLiteral("users/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QStringList text(const CsvProblems& problems)
{
    QStringList out;
    for (const CsvProblem& p : problems)
        out << QStringLiteral("%1|%2|%3|%4").arg(p.line).arg(p.column, p.value, p.message);
    return out;
}

QString problem(int line, const QString& column, const QString& value, const QString& message)
{
    return QStringLiteral("%1|%2|%3|%4").arg(line).arg(column, value, message);
}

const QString kLogin = QStringLiteral("ログインID");
const QString kEmail = QStringLiteral("メールアドレス");
const QString kName = QStringLiteral("氏名");
const QString kControl =
    QStringLiteral("Line breaks and other control characters are not allowed in this column.");

QString badLogin(const QString& v)
{
    return QStringLiteral("The login ID \"%1\" may only contain half-width letters, digits and . _ @ + - (at "
                          "most 64 characters).")
        .arg(v);
}

QString badEmail(const QString& v)
{
    return QStringLiteral("\"%1\" is not a valid e-mail address.").arg(v);
}

UserRecord userOf(Database& db, const QString& login)
{
    auto u = UserStore(db).findByLogin(login);
    if (!u || !u.value())
        return {};
    return *u.value();
}

QList<HistoryEntry> historyOf(Database& db, const QString& op)
{
    HistoryFilter f;
    f.operation = op;
    auto rows = HistoryLog::list(db, f);
    return rows ? rows.value() : QList<HistoryEntry>();
}

bool historyIntact(Database& db)
{
    auto v = HistoryLog::verify(db);
    return v && v->intact;
}

} // namespace

class TestUserCsv : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheExcelFile();
    void parsesEnglishHeadersInUtf8();
    void brokenFilesListEveryProblem_data();
    void brokenFilesListEveryProblem();
    void headerAndCellRules_data();
    void headerAndCellRules();
    void goodFileAddsUsers();
    void reimportChangesNothing();
    void editedFileUpdatesOneUser();
    void missingColumnsKeepFields();
    void dryRunWritesNothing();
    void exportImportRoundTrip();
    void formulaNamesAreGuardedAndRoundTrip();
    void historyExportGuardsUserAgent();
    void caseVariantOfExistingUserIsRefused();
};

void TestUserCsv::parsesTheExcelFile()
{
    auto plan = UserCsv::parse(fixture(QStringLiteral("users-ok-cp932.csv")));
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems), QStringList());
    QCOMPARE(plan->encoding, QStringLiteral("Shift_JIS"));
    QVERIFY(plan->hasName && plan->hasDepartment && plan->hasTitle && plan->hasGroups);
    QCOMPARE(plan->rows.size(), 5);
    QList<int> lines;
    for (const UserImportRow& r : plan->rows)
        lines << r.line;
    QCOMPARE(lines, (QList<int>{2, 3, 4, 6, 7})); // the empty Excel row on line 5 is skipped
    const UserImportRow& sato = plan->rows.at(2);
    QCOMPARE(sato.loginId, QStringLiteral("sato.ichiro"));
    QCOMPARE(sato.department, QStringLiteral("開発部①課")); // NEC special character
    QCOMPARE(sato.groups, (QStringList{QStringLiteral("開発"), QStringLiteral("大阪")}));
    const UserImportRow& takahashi = plan->rows.at(3);
    QCOMPARE(takahashi.displayName, QStringLiteral("髙橋 優子")); // IBM extension 0xFBFC
    QCOMPARE(takahashi.email, QStringLiteral("takahashi@example.co.jp"));
    QCOMPARE(takahashi.title, QStringLiteral("部長"));
    QCOMPARE(takahashi.groups, (QStringList{QStringLiteral("営業"), QStringLiteral("東京")}));
    QCOMPARE(plan->rows.at(4).groups, QStringList());
}

void TestUserCsv::parsesEnglishHeadersInUtf8()
{
    auto plan = UserCsv::parse(fixture(QStringLiteral("users-english-utf8-bom.csv")));
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems), QStringList());
    QCOMPARE(plan->encoding, QStringLiteral("UTF-8 with BOM"));
    QCOMPARE(plan->rows.size(), 3);
    QCOMPARE(plan->rows.at(0).displayName, QStringLiteral("Mary \"MJ\" Jones"));
    QCOMPARE(plan->rows.at(0).department, QStringLiteral("Sales, Tokyo"));
    QCOMPARE(plan->rows.at(0).title, QStringLiteral("Manager"));
    QCOMPARE(plan->rows.at(0).groups, (QStringList{QStringLiteral("sales"), QStringLiteral("tokyo")}));
    QCOMPARE(plan->rows.at(2).groups,
             (QStringList{QStringLiteral("営業"), QStringLiteral("東京")})); // full-width ；
}

void TestUserCsv::brokenFilesListEveryProblem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("missing e-mail column")
        << QStringLiteral("users-missing-email-cp932.csv")
        << QStringList{problem(1, kEmail, {}, QStringLiteral("The column is missing."))};
    QTest::newRow("bad login IDs")
        << QStringLiteral("users-bad-login-cp932.csv")
        << QStringList{
               problem(3, kLogin, QStringLiteral("鈴木"), badLogin(QStringLiteral("鈴木"))),
               problem(4, kLogin, QStringLiteral("sato ichiro"), badLogin(QStringLiteral("sato ichiro"))),
               problem(5, kLogin, QStringLiteral("-takahashi"), badLogin(QStringLiteral("-takahashi")))};
    QTest::newRow("bad e-mail addresses")
        << QStringLiteral("users-bad-email-cp932.csv")
        << QStringList{problem(2, kEmail, QStringLiteral("yamada@example"),
                               badEmail(QStringLiteral("yamada@example"))),
                       problem(3, kEmail, QStringLiteral("suzuki＠example.co.jp"),
                               badEmail(QStringLiteral("suzuki＠example.co.jp"))),
                       problem(5, kEmail, {}, QStringLiteral("The e-mail address is required."))};
    QTest::newRow("duplicate login ID")
        << QStringLiteral("users-duplicate-login-cp932.csv")
        << QStringList{problem(4, kLogin, QStringLiteral("yamada.taro"),
                               QStringLiteral("This login ID is already on line 2.")),
                       problem(6, kLogin, QStringLiteral("yamada.taro"),
                               QStringLiteral("This login ID is already on line 2."))};
    QTest::newRow("name too long") << QStringLiteral("users-long-name-cp932.csv")
                                   << QStringList{problem(3, kName, QString(129, u'花'),
                                                          QStringLiteral("At most 128 characters."))};
}

void TestUserCsv::brokenFilesListEveryProblem()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    // One of the file's users exists already: an invalid file must not touch it either.
    QVERIFY(
        UserWorkflows(*f.ctx)
            .add(UserInput{
                QStringLiteral("suzuki.hanako"), QStringLiteral("old@example.jp"), {}, {}, {}, {}, {}, {}})
            .ok());
    const QString before = dumpContent(*f.db);

    auto plan = UserCsv::parse(fixture(file));
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems), expected);
    QVERIFY(!plan->isValid());
    auto applied = UserCsv::apply(*f.ctx, plan.value(), file);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, ErrorCode::Invalid);
    QCOMPARE(dumpContent(*f.db), before);
}

void TestUserCsv::headerAndCellRules_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("expected");
    const QString columns = QStringLiteral("ログインID, メールアドレス, 氏名, 部署, 役職, グループ");
    QTest::newRow("empty file") << QByteArray()
                                << QStringList{problem(1, {}, {}, QStringLiteral("The file is empty."))};
    QTest::newRow("blank first line")
        << QByteArray("\r\nlogin id,email\r\na,a@example.jp\r\n")
        << QStringList{
               problem(1, {}, {}, QStringLiteral("The first line must be the header: %1.").arg(columns))};
    QTest::newRow("header only is fine") << QByteArray("ログインID,メールアドレス\r\n") << QStringList();
    QTest::newRow("full-width header, aliases")
        << QByteArray("ＬＯＧＩＮ　ＩＤ,MAIL\r\na,a@example.jp\r\n") << QStringList();
    QTest::newRow("unknown and twice")
        << QByteArray("ログインID,メールアドレス,部暑,email\r\na,a@example.jp,x,b@example.jp\r\n")
        << QStringList{problem(1, QStringLiteral("部暑"), QStringLiteral("部暑"),
                               QStringLiteral("Unknown column. The columns are: %1.").arg(columns)),
                       problem(1, QStringLiteral("email"), QStringLiteral("email"),
                               QStringLiteral("This column appears twice."))};
    QTest::newRow("both required columns missing")
        << QByteArray("氏名\r\n山田\r\n")
        << QStringList{problem(1, kLogin, {}, QStringLiteral("The column is missing.")),
                       problem(1, kEmail, {}, QStringLiteral("The column is missing."))};
    QTest::newRow("extra cells, short row")
        << QByteArray("ログインID,メールアドレス,\r\na,a@example.jp,x,,\r\nb,b@example.jp,,,y\r\nc\r\n")
        << QStringList{
               problem(2, {}, QStringLiteral("x"), QStringLiteral("This column has no name in the header.")),
               problem(3, {}, QStringLiteral("y"),
                       QStringLiteral("This row has more cells than the header has columns.")),
               problem(4, kEmail, {}, QStringLiteral("The e-mail address is required."))};
    QTest::newRow("line break in a quoted name")
        << QByteArray(
               "ログインID,メールアドレス,氏名\r\na,a@example.jp,\"山田\r\n太郎\"\r\nb,b@example.jp,x\r\n")
        << QStringList{problem(
               2, kName, QStringLiteral("山田\r\n太郎"),
               QStringLiteral("Line breaks and other control characters are not allowed in this column."))};
    // Not only C0/C1 controls: line and paragraph separators and format characters (bidi overrides,
    // zero-width spaces) are refused like the user workflows refuse them.
    QTest::newRow("separators and format characters")
        << QByteArray("ログインID,メールアドレス,氏名,部署,役職,グループ\r\n"
                      "a,a@example.jp,山田\u2028太郎,営業\u202E部,課長\u200B,東京\u2029大阪\r\n")
        << QStringList{problem(2, kName, QStringLiteral("山田\u2028太郎"), kControl),
                       problem(2, QStringLiteral("部署"), QStringLiteral("営業\u202E部"), kControl),
                       problem(2, QStringLiteral("役職"), QStringLiteral("課長\u200B"), kControl),
                       problem(2, QStringLiteral("グループ"), QStringLiteral("東京\u2029大阪"), kControl)};
    QTest::newRow("tab and DEL")
        << QByteArray("ログインID,メールアドレス,氏名,グループ\r\na,a@example.jp,山田\t太郎,営業\x7f\r\n")
        << QStringList{problem(2, kName, QStringLiteral("山田\t太郎"), kControl),
                       problem(2, QStringLiteral("グループ"), QStringLiteral("営業\x7f"), kControl)};
    // Login IDs that differ only in case name the same person (UserWorkflows refuses them too).
    QTest::newRow("login ID twice in another case")
        << QByteArray("ログインID,メールアドレス\r\nTaro.Y,a@example.jp\r\ntaro.y,b@example.jp\r\n")
        << QStringList{problem(3, kLogin, QStringLiteral("taro.y"),
                               QStringLiteral("This login ID is already on line 2."))};
    QTest::newRow("group too long")
        << (QByteArray("ログインID,メールアドレス,グループ\r\na,a@example.jp,ok;") + QByteArray(129, 'g') +
            "\r\n")
        << QStringList{problem(2, QStringLiteral("グループ"), QStringLiteral("ok;") + QString(129, u'g'),
                               QStringLiteral("The group name \"%1\" is longer than 128 characters.")
                                   .arg(QString(129, u'g')))};
    QTest::newRow("empty login, spaces trimmed")
        << QByteArray("ログインID,メールアドレス\r\n  ,a@example.jp\r\n a , a@example.jp \r\n")
        << QStringList{problem(2, kLogin, QStringLiteral("  "), QStringLiteral("The login ID is empty."))};
}

void TestUserCsv::headerAndCellRules()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, expected);
    auto plan = UserCsv::parse(csv);
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems), expected);
}

void TestUserCsv::goodFileAddsUsers()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    QVERIFY(Settings(*f.db).set(SettingKey::DefaultCertAuth, QStringLiteral("1")).ok());
    auto plan = UserCsv::parse(fixture(QStringLiteral("users-ok-cp932.csv")));
    QVERIFY(plan.ok() && plan->isValid());
    auto summary = UserCsv::apply(*f.ctx, plan.value(), QStringLiteral("users-ok-cp932.csv"));
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->added, 5);
    QCOMPARE(summary->updated, 0);
    QCOMPARE(summary->unchanged, 0);
    QCOMPARE(summary->addedLogins,
             (QStringList{QStringLiteral("yamada.taro"), QStringLiteral("suzuki.hanako"),
                          QStringLiteral("sato.ichiro"), QStringLiteral("takahashi.yuko"),
                          QStringLiteral("ito.kenji")}));
    const UserRecord t = userOf(*f.db, QStringLiteral("takahashi.yuko"));
    QCOMPARE(t.email, QStringLiteral("takahashi@example.co.jp"));
    QCOMPARE(t.displayName, QStringLiteral("髙橋 優子"));
    QCOMPARE(t.department, QStringLiteral("経理部"));
    QCOMPARE(t.title, QStringLiteral("部長"));
    QCOMPARE(QSet<QString>(t.groups.begin(), t.groups.end()),
             (QSet<QString>{QStringLiteral("営業"), QStringLiteral("東京")}));
    QVERIFY(t.certAuth); // the default from the settings
    QCOMPARE(t.mailLanguage, QString());
    const UserRecord s = userOf(*f.db, QStringLiteral("sato.ichiro"));
    QCOMPARE(s.department, QStringLiteral("開発部①課"));
    QCOMPARE(userOf(*f.db, QStringLiteral("ito.kenji")).groups, QStringList());
    auto inGroup = UserStore(*f.db).count(UserQuery{{}, QStringLiteral("東京"), 0, 0});
    QVERIFY(inGroup.ok());
    QCOMPARE(inGroup.value(), 2);

    const auto adds = historyOf(*f.db, Op::UserAdd);
    QCOMPARE(adds.size(), 5);
    for (const HistoryEntry& h : adds)
        QCOMPARE(h.details, QStringLiteral("cert_auth=1"));
    const auto imports = historyOf(*f.db, Op::UserImport);
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports.first().details, QStringLiteral("file=users-ok-cp932.csv added=5 updated=0"));
    QCOMPARE(imports.first().operatorName, QStringLiteral("tester"));
    QVERIFY(historyIntact(*f.db));
}

void TestUserCsv::reimportChangesNothing()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    auto plan = UserCsv::parse(fixture(QStringLiteral("users-ok-cp932.csv")));
    QVERIFY(plan.ok() && plan->isValid());
    QVERIFY(UserCsv::apply(*f.ctx, plan.value(), QStringLiteral("users-ok-cp932.csv")).ok());
    const QString before = dumpContent(*f.db);
    auto again = UserCsv::apply(*f.ctx, plan.value(), QStringLiteral("users-ok-cp932.csv"));
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->added, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, 5);
    // Nothing changed, so nothing is written: not even a summary row.
    QCOMPARE(dumpContent(*f.db), before);
    QCOMPARE(historyOf(*f.db, Op::UserImport).size(), 1);
}

void TestUserCsv::editedFileUpdatesOneUser()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    // suzuki.hanako exists with certificate authentication on and English mail: the import keeps both.
    UserInput in{QStringLiteral("suzuki.hanako"),
                 QStringLiteral("suzuki@example.co.jp"),
                 QStringLiteral("鈴木 花子"),
                 QStringLiteral("総務部"),
                 {},
                 {QStringLiteral("総務")},
                 QStringLiteral("en"),
                 true};
    QVERIFY(UserWorkflows(*f.ctx).add(in).ok());
    auto ok = UserCsv::parse(fixture(QStringLiteral("users-ok-cp932.csv")));
    QVERIFY(ok.ok() && ok->isValid());
    auto first = UserCsv::apply(*f.ctx, ok.value(), QStringLiteral("users-ok-cp932.csv"));
    QVERIFY(first.ok());
    QCOMPARE(first->added, 4);
    QCOMPARE(first->unchanged, 1);
    QCOMPARE(historyOf(*f.db, Op::UserImport).first().details,
             QStringLiteral("file=users-ok-cp932.csv added=4 updated=0"));

    auto edited = UserCsv::parse(fixture(QStringLiteral("users-edited-cp932.csv")));
    QVERIFY(edited.ok() && edited->isValid());
    auto summary = UserCsv::apply(*f.ctx, edited.value(), QStringLiteral("users-edited-cp932.csv"));
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->added, 0);
    QCOMPARE(summary->updated, 1);
    QCOMPARE(summary->unchanged, 4);
    QCOMPARE(summary->updatedLogins, QStringList{QStringLiteral("suzuki.hanako")});
    const UserRecord s = userOf(*f.db, QStringLiteral("suzuki.hanako"));
    QCOMPARE(s.title, QStringLiteral("係長"));
    QCOMPARE(s.department, QStringLiteral("総務部"));
    QVERIFY(s.certAuth);
    QCOMPARE(s.mailLanguage, QStringLiteral("en"));
    const auto edits = historyOf(*f.db, Op::UserEdit);
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.first().targetLogin, QStringLiteral("suzuki.hanako"));
    QCOMPARE(edits.first().details, QStringLiteral("changed=title"));
    const auto imports = historyOf(*f.db, Op::UserImport); // newest first
    QCOMPARE(imports.size(), 2);
    QCOMPARE(imports.first().details, QStringLiteral("file=users-edited-cp932.csv added=0 updated=1"));
    QVERIFY(historyIntact(*f.db));
}

void TestUserCsv::missingColumnsKeepFields()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    UserInput in{QStringLiteral("taro"),
                 QStringLiteral("taro@example.jp"),
                 QStringLiteral("大塚 太郎"),
                 QStringLiteral("営業部"),
                 QStringLiteral("課長"),
                 {QStringLiteral("sales")},
                 {},
                 {}};
    QVERIFY(UserWorkflows(*f.ctx).add(in).ok());
    // Only login ID and e-mail: the other fields stay; a blank name never clears the name.
    auto plan =
        UserCsv::parse("login_id,email,name\r\ntaro,new@example.jp,\r\nhanako,hanako@example.jp,\r\n");
    QVERIFY(plan.ok() && plan->isValid());
    auto summary = UserCsv::apply(*f.ctx, plan.value(), QStringLiteral("x.csv"));
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->added, 1);
    QCOMPARE(summary->updated, 1);
    const UserRecord t = userOf(*f.db, QStringLiteral("taro"));
    QCOMPARE(t.email, QStringLiteral("new@example.jp"));
    QCOMPARE(t.displayName, QStringLiteral("大塚 太郎"));
    QCOMPARE(t.department, QStringLiteral("営業部"));
    QCOMPARE(t.title, QStringLiteral("課長"));
    QCOMPARE(t.groups, QStringList{QStringLiteral("sales")});
    QCOMPARE(historyOf(*f.db, Op::UserEdit).first().details, QStringLiteral("changed=email"));
    QCOMPARE(userOf(*f.db, QStringLiteral("hanako")).displayName,
             QStringLiteral("hanako")); // like UserWorkflows::add
    // A groups column that is blank clears the groups.
    auto clear = UserCsv::parse("ログインID,メールアドレス,グループ\r\ntaro,new@example.jp,\r\n");
    QVERIFY(clear.ok() && clear->isValid());
    auto cleared = UserCsv::apply(*f.ctx, clear.value(), QStringLiteral("y.csv"));
    QVERIFY(cleared.ok());
    QCOMPARE(cleared->updated, 1);
    QCOMPARE(userOf(*f.db, QStringLiteral("taro")).groups, QStringList());
}

void TestUserCsv::dryRunWritesNothing()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    QVERIFY(UserWorkflows(*f.ctx)
                .add(UserInput{
                    QStringLiteral("ito.kenji"), QStringLiteral("old@example.jp"), {}, {}, {}, {}, {}, {}})
                .ok());
    const QString before = dumpContent(*f.db);
    auto plan = UserCsv::parse(fixture(QStringLiteral("users-ok-cp932.csv")));
    QVERIFY(plan.ok() && plan->isValid());
    auto summary = UserCsv::apply(*f.ctx, plan.value(), QStringLiteral("users-ok-cp932.csv"), true);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->added, 4);
    QCOMPARE(summary->updated, 1);
    QCOMPARE(dumpContent(*f.db), before);
}

void TestUserCsv::exportImportRoundTrip()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    for (const char* name : {"users-ok-cp932.csv", "users-english-utf8-bom.csv"}) {
        auto plan = UserCsv::parse(fixture(QString::fromLatin1(name)));
        QVERIFY(plan.ok() && plan->isValid());
        QVERIFY(UserCsv::apply(*f.ctx, plan.value(), QString::fromLatin1(name)).ok());
    }
    const QString before = dumpContent(*f.db);
    auto csv = UserCsv::exportCsv(*f.db);
    QVERIFY2(csv.ok(), qPrintable(csv.error().message));
    QVERIFY(csv->startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv->mid(3).split('\n');
    QCOMPARE(lines.size(), 10); // header, 8 users, nothing after the last CRLF
    QCOMPARE(QString::fromUtf8(lines.at(0)),
             QStringLiteral("ログインID,メールアドレス,氏名,部署,役職,グループ\r"));
    QVERIFY(lines.at(1).startsWith("ito.kenji,")); // sorted by login ID
    QCOMPARE(
        QString::fromUtf8(lines.at(3)),
        QStringLiteral(
            "mary.jones,mary@example.com,\"Mary \"\"MJ\"\" Jones\",\"Sales, Tokyo\",Manager,sales;tokyo\r"));
    QCOMPARE(QString::fromUtf8(lines.at(6)),
             QStringLiteral("takahashi.yuko,takahashi@example.co.jp,髙橋 優子,経理部,部長,%1\r")
                 .arg(userOf(*f.db, QStringLiteral("takahashi.yuko")).groups.join(QLatin1Char(';'))));
    QVERIFY(lines.last().isEmpty());

    auto back = UserCsv::parse(csv.value());
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(text(back->problems), QStringList());
    QCOMPARE(back->encoding, QStringLiteral("UTF-8 with BOM"));
    auto summary = UserCsv::apply(*f.ctx, back.value(), QStringLiteral("users.csv"));
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->added, 0);
    QCOMPARE(summary->updated, 0);
    QCOMPARE(summary->unchanged, 8);
    QCOMPARE(dumpContent(*f.db), before);
    QVERIFY(historyIntact(*f.db));

    // The export itself is recorded once the file is written.
    QVERIFY(UserCsv::recordExport(*f.ctx, 8, QStringLiteral("users.csv")).ok());
    const auto exports = historyOf(*f.db, Op::Export);
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().details, QStringLiteral("users rows=8 file=users.csv"));
    QVERIFY(historyIntact(*f.db));
}

// Display names Excel would evaluate are exported with a leading ' and read back unchanged.
void TestUserCsv::formulaNamesAreGuardedAndRoundTrip()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    const QList<QPair<QString, QString>> users = {{QStringLiteral("formula"), QStringLiteral("=1+2")},
                                                  {QStringLiteral("atsign"), QStringLiteral("@SUM(A1)")},
                                                  {QStringLiteral("dash"), QStringLiteral("-")},
                                                  {QStringLiteral("quoted"), QStringLiteral("'=x")}};
    for (const auto& [login, name] : users) {
        UserInput u;
        u.loginId = login;
        u.email = login + QStringLiteral("@example.jp");
        u.displayName = name;
        u.department = QStringLiteral("+81 sales");
        auto added = UserWorkflows(*f.ctx).add(u);
        QVERIFY2(added.ok(), qPrintable(added.error().message));
    }
    const QString before = dumpContent(*f.db);
    auto csv = UserCsv::exportCsv(*f.db);
    QVERIFY2(csv.ok(), qPrintable(csv.error().message));
    QVERIFY2(csv->contains("\r\nformula,formula@example.jp,'=1+2,'+81 sales,"), csv->constData());
    QVERIFY2(csv->contains("\r\natsign,atsign@example.jp,'@SUM(A1),"), csv->constData());
    QVERIFY2(csv->contains("\r\ndash,dash@example.jp,'-,"), csv->constData());
    QVERIFY2(csv->contains("\r\nquoted,quoted@example.jp,''=x,"), csv->constData());

    auto back = UserCsv::parse(csv.value());
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(text(back->problems), QStringList());
    auto summary = UserCsv::apply(*f.ctx, back.value(), QStringLiteral("users.csv"));
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->updated, 0);
    QCOMPARE(summary->unchanged, 4);
    QCOMPARE(dumpContent(*f.db), before);
    QCOMPARE(userOf(*f.db, QStringLiteral("formula")).displayName, QStringLiteral("=1+2"));
}

// A portal client's User-Agent is recorded as sent, and exported so that Excel shows it as text.
void TestUserCsv::historyExportGuardsUserAgent()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    HistoryEntry h = f.ctx->historyEntry(Op::Export);
    h.userAgent = QStringLiteral("=HYPERLINK(\"http://x\")");
    h.details = QStringLiteral("@cmd");
    QVERIFY(HistoryLog::append(*f.db, h).ok());
    QByteArray bytes;
    QBuffer out(&bytes);
    QVERIFY(out.open(QIODevice::WriteOnly));
    const int year = f.ctx->now().toUTC().date().year();
    auto rows = HistoryLog::exportYearCsv(*f.db, year, out, QTimeZone::utc());
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QVERIFY2(bytes.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",'@cmd\r\n"), bytes.constData());
    QVERIFY(!bytes.contains(",\"=HYPERLINK"));
}

// "taro.y" in a file while "Taro.Y" exists would add a second user for the same person: the whole
// import is refused (dry run too), nothing is written.
void TestUserCsv::caseVariantOfExistingUserIsRefused()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    QVERIFY(
        UserWorkflows(*f.ctx)
            .add(UserInput{QStringLiteral("Taro.Y"), QStringLiteral("t@example.jp"), {}, {}, {}, {}, {}, {}})
            .ok());
    const QString before = dumpContent(*f.db);
    auto plan =
        UserCsv::parse("ログインID,メールアドレス\r\nnew.user,n@example.jp\r\ntaro.y,t@example.jp\r\n");
    QVERIFY(plan.ok() && plan->isValid());
    const QString expected = QStringLiteral("Line 3: the login ID \"taro.y\" differs only in case from the "
                                            "existing user \"Taro.Y\"; nothing was imported.");
    for (bool dryRun : {true, false}) {
        auto summary = UserCsv::apply(*f.ctx, plan.value(), QStringLiteral("u.csv"), dryRun);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code, ErrorCode::Conflict);
        QCOMPARE(summary.error().message, expected);
    }
    QCOMPARE(dumpContent(*f.db), before);
}

QTEST_GUILESS_MAIN(TestUserCsv)
#include "tst_UserCsv.moc"
