// Bulk issuance from certificateform.csv through the core API: every broken fixture gives its
// exact problem list (line, column as written, value, message) and writes nothing; the Excel (CP932) and
// the English UTF-8 files issue every row in one transaction each; 200 new users get PKCS#12 files that
// `openssl` opens with the file's or the sealed password; a cancelled job resumes without issuing a row
// twice; a row that can no longer be issued fails alone with a failure history row.
#include "WorkflowFixture.h"
#include "bulk/BulkIssueForm.h"
#include "bulk/BulkIssueJob.h"
#include "bulk/BulkIssueRunner.h"
#include "bulk/ZipExport.h"
#include "ca/SealedBox.h"
#include "csv/CsvReader.h"
#include "session/PasswordSealer.h"
#include "store/BulkJobStore.h"
#include "store/CertificateStore.h"
#include "store/Settings.h"
#include "store/UserStore.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QDir(qEnvironmentVariable("CERTDESK_TEST_DATA")).filePath(QStringLiteral("bulk/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The header and the first `rows` records of a CRLF file without line breaks inside cells.
QByteArray firstRecords(const QByteArray& bytes, int rows)
{
    const QList<QByteArray> lines = bytes.split('\n');
    QByteArray out;
    for (int i = 0; i <= rows && i < lines.size(); ++i)
        out += lines.at(i) + '\n';
    return out;
}

QString problem(int line, const QString& column, const QString& value, const QString& message)
{
    return QStringLiteral("%1|%2|%3|%4").arg(line).arg(column, value, message);
}

QStringList text(const CsvProblems& problems)
{
    QStringList out;
    for (const CsvProblem& p : problems)
        out << problem(p.line, p.column, p.value, p.message);
    return out;
}

// Header cells as the CP932 fixtures write them (full-width parentheses).
const QString kIssue = QStringLiteral("発行する");
const QString kLogin = QStringLiteral("ログインID");
const QString kEmail = QStringLiteral("メールアドレス");
const QString kFamily = QStringLiteral("氏名（姓）");
const QString kFamilyKana = QStringLiteral("フリガナ（姓）");
const QString kGivenKana = QStringLiteral("フリガナ（名）");
const QString kGivenEn = QStringLiteral("氏名（名）英語表記");
const QString kAuto = QStringLiteral("秘密の鍵の自動生成");
const QString kPassword = QStringLiteral("秘密の鍵");

// Messages, as the untranslated tr() source strings.
const QString kUnknownColumn = QStringLiteral(
    "Unknown column. Use the header of certificateform.csv (Japanese or English column names).");
const QString kMissingColumn = QStringLiteral("The column is missing.");
const QString kNotAMark = QStringLiteral("Leave the cell blank or mark it with ○ (also 〇, O, o or 1).");
const QString kPasswordChars = QStringLiteral(
    "The key password may only contain half-width letters, digits and symbols, without spaces.");
const QString kUnknownLogin =
    QStringLiteral("No user has this login ID. Add the user first, or choose \"Create missing users\".");

QString duplicateOf(int line)
{
    return QStringLiteral("This login ID is already on line %1. A file may issue one certificate per user.")
        .arg(line);
}

QString differsFrom(const QString& registered)
{
    return QStringLiteral("Differs from the registered certificate information (\"%1\"). Registered "
                          "information cannot be changed "
                          "here; leave the cell blank or write it as registered.")
        .arg(registered);
}

QString stars(int n)
{
    return QString(n, QLatin1Char('*'));
}

enum class Setup { Users, SlotsTaken };

// The users of make_fixtures.py: four with certificate information, takahashi.yuko without.
QString addFormUsers(WorkflowFixture& f)
{
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
        UserInput in;
        in.loginId = QString::fromUtf8(u.login);
        in.email = QString::fromUtf8(u.email);
        in.title = QString::fromUtf8(u.title);
        in.department = QString::fromUtf8(u.dept);
        in.displayName = u.family
                             ? QString::fromUtf8(u.family) + QLatin1Char(' ') + QString::fromUtf8(u.given)
                             : in.loginId;
        if (auto added = UserWorkflows(*f.ctx).add(in); !added)
            return added.error().message;
        if (!u.family)
            continue;
        IdentityInput id;
        id.familyName = QString::fromUtf8(u.family);
        id.givenName = QString::fromUtf8(u.given);
        id.familyKana = QString::fromUtf8(u.familyKana);
        id.givenKana = QString::fromUtf8(u.givenKana);
        if (auto reg = IdentityWorkflows(*f.ctx).registerIdentity(in.loginId, id); !reg)
            return reg.error().message;
    }
    return {};
}

QString issueDirect(WorkflowFixture& f, const QString& login, int count)
{
    for (int i = 0; i < count; ++i) {
        auto r = CertificateWorkflows(*f.ctx).issue(
            IssueRequest{login, QStringLiteral("windows"), {}, PasswordMode::Auto, {}, {}, 0});
        if (!r)
            return r.error().message;
    }
    return {};
}

QList<HistoryEntry> historyOf(Database& db, const QString& op)
{
    HistoryFilter filter;
    filter.operation = op;
    auto rows = HistoryLog::list(db, filter);
    return rows ? rows.value() : QList<HistoryEntry>();
}

bool historyIntact(Database& db)
{
    auto v = HistoryLog::verify(db);
    return v && v->intact;
}

qint64 countOf(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

UserRecord userOf(Database& db, const QString& login)
{
    auto u = UserStore(db).findByLogin(login);
    return u && u.value() ? *u.value() : UserRecord();
}

IdentityRecord identityOf(Database& db, const QString& login)
{
    auto i = UserStore(db).identity(userOf(db, login).id);
    return i && i.value() ? *i.value() : IdentityRecord();
}

// The key password of a certificate the job issued: the stored one (auto) opened with the CA key, or the
// one written in the file (manual; `manual` maps login ID -> password).
QByteArray keyPassword(WorkflowFixture& f, const CertificateRecord& c,
                       const QHash<QString, QByteArray>& manual)
{
    if (!c.passwordAuto)
        return manual.value(c.loginId);
    auto sealed = CertificateStore(*f.db).sealedPassword(c.id);
    auto ca = f.ctx->unlockedCa();
    if (!sealed || sealed->isEmpty() || !ca)
        return {};
    // A CMS envelope to the CA, or a password under a data key that is itself sealed to the CA.
    auto opened = sealed->startsWith('K') || sealed->startsWith('B')
                      ? PasswordSealer::Opener(*f.ctx).open(sealed.value(),
                                                            PasswordSealer::certificateBinding(c.serialHex),
                                                            PasswordSealer::certificateRow(c.id))
                      : SealedBox::open(ca.value()->key(), ca.value()->certificate(), sealed.value());
    return opened ? opened.value() : QByteArray();
}

// Manual key passwords written in a certificateform.csv, by login ID (read with the CSV reader).
QHash<QString, QByteArray> manualPasswords(const QByteArray& bytes)
{
    QHash<QString, QByteArray> out;
    auto table = CsvReader::parse(bytes);
    if (!table)
        return out;
    const QStringList header = table->rows.first();
    int login = -1, password = -1;
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i) == kLogin || header.at(i) == QLatin1String("Login ID"))
            login = i;
        if (header.at(i) == kPassword || header.at(i) == QLatin1String("Key password"))
            password = i;
    }
    for (qsizetype r = 1; r < table->rows.size(); ++r) {
        const QStringList& row = table->rows.at(r);
        if (!row.value(password).isEmpty())
            out.insert(row.value(login), row.value(password).toLatin1());
    }
    return out;
}

// Opens the PKCS#12 with `openssl pkcs12` and the key password; checks the certificate inside is the
// stored one and the profile (Modern for Windows: SHA-256 MAC; Compatible otherwise: SHA-1 MAC, 3DES).
QString checkPkcs12(WorkflowFixture& f, const CertificateRecord& c, const QByteArray& password)
{
    auto p12 = CertificateStore(*f.db).pkcs12(c.id);
    if (!p12 || p12->isEmpty())
        return QStringLiteral("%1: no PKCS#12").arg(c.loginId);
    if (password.isEmpty())
        return QStringLiteral("%1: no key password").arg(c.loginId);
    const QString p12File = writeFile(f.dir, QStringLiteral("c%1.p12").arg(c.id), p12.value());
    const QString pwFile = writeFile(f.dir, QStringLiteral("c%1.pw").arg(c.id), password + '\n');
    auto r = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-nokeys"),
                         QStringLiteral("-in"), p12File, QStringLiteral("-passin"),
                         QStringLiteral("file:") + pwFile});
    if (r.exitCode != 0)
        return QStringLiteral("%1: openssl pkcs12 failed: %2").arg(c.loginId, r.all());
    const QByteArray leafPem = Certificate::fromDer(c.certDer).value().toPem().trimmed();
    if (!r.out.contains(leafPem))
        return QStringLiteral("%1: the PKCS#12 does not hold the stored certificate").arg(c.loginId);
    const bool modern = c.device == QLatin1String("windows");
    if (c.pkcs12Profile != (modern ? QLatin1String("modern") : QLatin1String("compatible")))
        return QStringLiteral("%1: profile %2 for %3").arg(c.loginId, c.pkcs12Profile, c.device);
    const QStringList expected =
        modern ? QStringList{QStringLiteral("MAC: sha256"), QStringLiteral("AES-256-CBC")}
               : QStringList{QStringLiteral("MAC: sha1"), QStringLiteral("pbeWithSHA1And3-KeyTripleDES-CBC")};
    for (const QString& e : expected) {
        if (!r.all().contains(e))
            return QStringLiteral("%1 (%2): openssl -info lacks %3: %4").arg(c.loginId, c.device, e, r.all());
    }
    return {};
}

QString verifyLeaf(WorkflowFixture& f, const CertificateRecord& c)
{
    const QString leaf = f.writePem(QStringLiteral("c%1.pem").arg(c.id), c.certDer);
    auto v = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), f.caPem(), leaf});
    return v.exitCode == 0 && v.all().contains(QStringLiteral("OK"))
               ? QString()
               : c.loginId + QStringLiteral(": ") + v.all();
}

// Accepts a valid plan and runs it to the end; the job id, or 0 with a test failure.
struct Finished
{
    qint64 job = 0;
    BulkRunSummary summary;
    QString error;
};

Finished acceptAndRun(WorkflowFixture& f, const BulkIssuePlan& plan)
{
    Finished out;
    auto job = BulkIssueJob::accept(*f.ctx, plan);
    if (!job) {
        out.error = job.error().message;
        return out;
    }
    out.job = job.value();
    BulkIssueRunner runner(*f.ctx, out.job);
    auto summary = runner.run();
    if (!summary)
        out.error = summary.error().message;
    else
        out.summary = summary.value();
    return out;
}

QList<CertificateRecord> certificatesOf(WorkflowFixture& f, qint64 job)
{
    QList<CertificateRecord> out;
    auto rows = BulkJobStore(*f.db).rows(job);
    if (!rows)
        return out;
    for (const BulkJobRow& r : rows.value()) {
        auto c = CertificateStore(*f.db).findById(r.certificateId);
        if (c && c.value())
            out << *c.value();
    }
    return out;
}

} // namespace

class TestBulkIssue : public QObject
{
    Q_OBJECT
private slots:
    void brokenFilesListEveryProblem_data();
    void brokenFilesListEveryProblem();
    void excelFileIssuesEveryMarkedRow();
    void englishUtf8FileIssues();
    void twoHundredNewUsers();
    void cancelledJobResumesWithoutDuplicates();
    void rowsCommitInGroups();
    void rowThatNoLongerFitsFailsAlone();
    void markedTemplateIsValid();
};

void TestBulkIssue::brokenFilesListEveryProblem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("setup");
    QTest::addColumn<QStringList>("expected");
    const int users = int(Setup::Users);

    QTest::newRow("unknown column")
        << "bad-unknown-column-cp932.csv" << users
        << QStringList{problem(1, QStringLiteral("社員番号"), QStringLiteral("社員番号"), kUnknownColumn),
                       problem(1, QStringLiteral("備考欄"), QStringLiteral("備考欄"), kUnknownColumn)};
    // A missing column is named the canonical way (ASCII parentheses); none of these have any.
    QTest::newRow("missing column") << "bad-missing-column-cp932.csv" << users
                                    << QStringList{problem(1, QStringLiteral("Mac"), {}, kMissingColumn),
                                                   problem(1, kPassword, {}, kMissingColumn)};
    QTest::newRow("not a mark") << "bad-not-a-mark-cp932.csv" << users
                                << QStringList{
                                       problem(2, kIssue, QStringLiteral("はい"), kNotAMark),
                                       problem(3, QStringLiteral("Windows"), QStringLiteral("×"), kNotAMark),
                                       problem(4, QStringLiteral("Mac"), QStringLiteral("レ"), kNotAMark),
                                       problem(5, kAuto, QStringLiteral("yes"), kNotAMark)};
    QTest::newRow("none marked")
        << "bad-none-marked-cp932.csv" << users
        << QStringList{problem(0, kIssue, {},
                               QStringLiteral("No row is marked in 発行する; there is nothing to issue."))};
    QTest::newRow("duplicate login")
        << "bad-duplicate-login-cp932.csv" << users
        << QStringList{problem(4, kLogin, QStringLiteral("yamada.taro"), duplicateOf(2)),
                       problem(6, kLogin, QStringLiteral("yamada.taro"), duplicateOf(2))};
    QTest::newRow("no device")
        << "bad-no-device-cp932.csv" << users
        << QStringList{
               problem(3, {}, {}, QStringLiteral("Mark one device column (Windows, iOS, Mac or Android).")),
               problem(4, {}, {}, QStringLiteral("Mark one device column (Windows, iOS, Mac or Android)."))};
    QTest::newRow("two devices")
        << "bad-two-devices-cp932.csv" << users
        << QStringList{problem(2, {}, {}, QStringLiteral("Mark only one device; this row marks 2.")),
                       problem(5, {}, {}, QStringLiteral("Mark only one device; this row marks 3."))};
    // Key passwords are never echoed: the value is one * per character.
    const QString both = QStringLiteral("Either mark 秘密の鍵の自動生成 or write a key password, not both.");
    QTest::newRow("auto and password")
        << "bad-auto-and-password-cp932.csv" << users
        << QStringList{problem(3, kPassword, stars(11), both), problem(4, kPassword, stars(9), both)};
    const QString neither = QStringLiteral("Mark 秘密の鍵の自動生成 or write a key password.");
    QTest::newRow("neither auto nor password")
        << "bad-no-password-cp932.csv" << users
        << QStringList{problem(2, kPassword, {}, neither), problem(5, kPassword, {}, neither)};
    QTest::newRow("password length")
        << "bad-password-short-cp932.csv" << users
        << QStringList{problem(3, kPassword, stars(5),
                               QStringLiteral("The key password must have 6 to 32 characters (it has 5).")),
                       problem(4, kPassword, stars(33),
                               QStringLiteral("The key password must have 6 to 32 characters (it has 33)."))};
    QTest::newRow("password with a space") << "bad-password-space-cp932.csv" << users
                                           << QStringList{problem(3, kPassword, stars(11), kPasswordChars),
                                                          problem(4, kPassword, stars(9), kPasswordChars)};
    QTest::newRow("full-width password") << "bad-password-fullwidth-cp932.csv" << users
                                         << QStringList{problem(3, kPassword, stars(10), kPasswordChars),
                                                        problem(4, kPassword, stars(9), kPasswordChars)};
    QTest::newRow("identity differs")
        << "bad-identity-differs-cp932.csv" << users
        << QStringList{
               problem(2, kFamily, QStringLiteral("山本"), differsFrom(QStringLiteral("山田"))),
               problem(4, kGivenKana, QStringLiteral("イチロー"), differsFrom(QStringLiteral("イチロウ"))),
               problem(4, kGivenEn, QStringLiteral("Ichiroh"), differsFrom(QStringLiteral("ichiro")))};
    QTest::newRow("new identity invalid")
        << "bad-new-identity-cp932.csv" << users
        << QStringList{
               problem(5, kFamilyKana, QStringLiteral("高橋"),
                       QStringLiteral("Furigana (family name) must be written in full-width katakana."))};
    QTest::newRow("unknown login") << "bad-unknown-login-cp932.csv" << users
                                   << QStringList{
                                          problem(3, kLogin, QStringLiteral("kimura.shin"), kUnknownLogin),
                                          problem(5, kLogin, QStringLiteral("nakamura.aya"), kUnknownLogin)};
    const QString full =
        QStringLiteral("This user already has 2 certificates, the most a user may have. Revoke one first.");
    QTest::newRow("slot limit") << "bad-slot-limit-cp932.csv" << int(Setup::SlotsTaken)
                                << QStringList{problem(2, kLogin, QStringLiteral("yamada.taro"), full),
                                               problem(4, kLogin, QStringLiteral("sato.ichiro"), full)};
    QTest::newRow("e-mail")
        << "bad-email-cp932.csv" << users
        << QStringList{problem(2, kEmail, QStringLiteral("yamada@example"),
                               QStringLiteral("\"yamada@example\" is not a valid e-mail address.")),
                       problem(3, kEmail, QStringLiteral("suzuki＠example.co.jp"),
                               QStringLiteral("\"suzuki＠example.co.jp\" is not a valid e-mail address."))};
    // Whole-file problems (the reader stops) have line 0; the quote's line is in the message.
    QTest::newRow("unterminated quote")
        << "bad-quoting-cp932.csv" << users
        << QStringList{
               problem(0, {}, {}, QStringLiteral("Line 4: a quoted field is not closed (missing \")."))};
    QTest::newRow("neither UTF-8 nor CP932")
        << "bad-encoding.csv" << users
        << QStringList{
               problem(0, {}, {},
                       QStringLiteral("The CSV file is neither UTF-8 nor Shift_JIS text. Save it as CSV "
                                      "(UTF-8) or CSV (comma delimited) and try again."))};
}

void TestBulkIssue::brokenFilesListEveryProblem()
{
    QFETCH(QString, file);
    QFETCH(int, setup);
    QFETCH(QStringList, expected);
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(addFormUsers(f), QString());
    if (Setup(setup) == Setup::SlotsTaken) {
        QVERIFY(Settings(*f.db).set(SettingKey::MaxCertsPerUser, QStringLiteral("2")).ok());
        QCOMPARE(issueDirect(f, QStringLiteral("yamada.taro"), 2), QString());
        QCOMPARE(issueDirect(f, QStringLiteral("sato.ichiro"), 2), QString());
    }
    const QByteArray bytes = fixture(file);
    QVERIFY(!bytes.isEmpty());
    const QString before = dumpContent(*f.db);

    auto plan = BulkIssueValidator::validate(*f.ctx, bytes, file, false);
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems), expected);
    QVERIFY(!plan->ok());
    QVERIFY(plan->items.isEmpty()); // any error: nothing is processed
    QCOMPARE(dumpContent(*f.db), before);

    // Nothing can be accepted from it either.
    auto job = BulkIssueJob::accept(*f.ctx, plan.value());
    QVERIFY(!job.ok());
    QCOMPARE(job.error().code, ErrorCode::Invalid);
    QCOMPARE(dumpContent(*f.db), before);
}

void TestBulkIssue::excelFileIssuesEveryMarkedRow()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(addFormUsers(f), QString());
    const QByteArray bytes = fixture(QStringLiteral("ok-cp932.csv"));
    const QString before = dumpContent(*f.db);

    // Without "create missing users" the new user on line 9 is the only problem.
    auto strict = BulkIssueValidator::validate(*f.ctx, bytes, QStringLiteral("ok-cp932.csv"), false);
    QVERIFY(strict.ok());
    QCOMPARE(text(strict->problems),
             QStringList{problem(9, kLogin, QStringLiteral("ito.kenji"), kUnknownLogin)});

    auto plan = BulkIssueValidator::validate(*f.ctx, bytes, QStringLiteral("ok-cp932.csv"), true);
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems).join(QLatin1Char('\n')), QString());
    QVERIFY(plan->ok());
    QCOMPARE(dumpContent(*f.db), before); // validation writes nothing
    QCOMPARE(plan->encoding, QStringLiteral("Shift_JIS"));
    QCOMPARE(plan->items.size(), 5);
    QCOMPARE(plan->skippedRows, 2); // lines 3 and 7
    QCOMPARE(plan->newUserCount(), 1);
    QCOMPARE(plan->newIdentityCount(), 2);

    QList<int> lines;
    QStringList logins, devices;
    QList<bool> autos;
    for (const BulkIssueItem& i : plan->items) {
        lines << i.line;
        logins << i.loginId;
        devices << i.device;
        autos << i.autoPassword;
    }
    QCOMPARE(lines, (QList<int>{2, 4, 6, 8, 9})); // the line break in line 4's remarks moves the rest down
    QCOMPARE(logins, (QStringList{QStringLiteral("yamada.taro"), QStringLiteral("suzuki.hanako"),
                                  QStringLiteral("sato.ichiro"), QStringLiteral("takahashi.yuko"),
                                  QStringLiteral("ito.kenji")}));
    QCOMPARE(devices,
             (QStringList{QStringLiteral("windows"), QStringLiteral("ios-app"), QStringLiteral("ios-browser"),
                          QStringLiteral("mac"), QStringLiteral("android")}));
    QCOMPARE(autos, (QList<bool>{true, false, true, false, true}));
    QCOMPARE(plan->items.at(0).remarks, QStringLiteral("ノートPC, 予備"));
    QCOMPARE(plan->items.at(1).remarks, QStringLiteral("iPhone 15\n社用"));
    QCOMPARE(plan->items.at(1).notifyEmail, QStringLiteral("hanako.phone@example.co.jp"));
    QCOMPARE(plan->items.at(1).password, QByteArray("Abcdefgh-1234567890_!@#$%^&*()+="));
    QCOMPARE(plan->items.at(3).password, QByteArray("a\"b,c!"));
    QVERIFY(!plan->items.at(0).newIdentity && !plan->items.at(2).newIdentity); // registered, equal
    QVERIFY(plan->items.at(3).newIdentity && !plan->items.at(3).newUser);
    QCOMPARE(plan->items.at(3).newIdentity->familyName, QStringLiteral("髙橋"));    // IBM extension 0xFBFC
    QCOMPARE(plan->items.at(3).newIdentity->familyEn, QStringLiteral("takahashi")); // passport Hepburn
    QVERIFY(plan->items.at(4).newUser && plan->items.at(4).newIdentity);

    auto run = acceptAndRun(f, plan.value());
    QCOMPARE(run.error, QString());
    QCOMPARE(run.summary.issued, 5);
    QCOMPARE(run.summary.failed, 0);
    QCOMPARE(run.summary.remaining, 0);
    QVERIFY(!run.summary.cancelled);

    auto job = BulkJobStore(*f.db).job(run.job);
    QVERIFY(job.ok() && job.value());
    QCOMPARE(job.value()->state, QStringLiteral("finished"));
    QCOMPARE(job.value()->total, 5);
    QCOMPARE(job.value()->done, 5);
    QCOMPARE(job.value()->failed, 0);
    QVERIFY(job.value()->createMissingUsers);
    QCOMPARE(job.value()->fileName, QStringLiteral("ok-cp932.csv"));
    auto rows = BulkJobStore(*f.db).rows(run.job);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 5);
    for (const BulkJobRow& r : rows.value()) {
        QCOMPARE(r.state, BulkRowState::Done);
        QVERIFY(r.certificateId > 0);
        QVERIFY(r.passwordSealed.isEmpty()); // manual passwords are wiped once issued
    }

    // One bulk-accepted row, one issue row per certificate; the new user and identities with them.
    const QList<HistoryEntry> accepted = historyOf(*f.db, Op::BulkAccepted);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().remarks, QStringLiteral("ok-cp932.csv"));
    QCOMPARE(accepted.first().details,
             QStringLiteral("job=%1 certificates=5 new_users=1 new_identities=2 skipped=2").arg(run.job));
    const QList<HistoryEntry> issues = historyOf(*f.db, Op::Issue);
    QCOMPARE(issues.size(), 5);
    QStringList issuedTo;
    for (const HistoryEntry& h : issues)
        issuedTo << h.targetLogin;
    issuedTo.sort();
    QStringList sortedLogins = logins;
    sortedLogins.sort();
    QCOMPARE(issuedTo, sortedLogins);
    QCOMPARE(historyOf(*f.db, Op::UserAdd).size(), 6);          // 5 set up + ito.kenji
    QCOMPARE(historyOf(*f.db, Op::RegisterIdentity).size(), 6); // 4 set up + takahashi.yuko + ito.kenji
    QCOMPARE(historyOf(*f.db, Op::Failure).size(), 0);
    QVERIFY(historyIntact(*f.db));

    const UserRecord ito = userOf(*f.db, QStringLiteral("ito.kenji"));
    QCOMPARE(ito.email, QStringLiteral("ito@example.co.jp"));
    QCOMPARE(ito.title, QStringLiteral("主任"));
    QCOMPARE(ito.department, QStringLiteral("情報システム部"));
    QCOMPARE(ito.displayName, QStringLiteral("伊藤 健二"));
    const IdentityRecord itoId = identityOf(*f.db, QStringLiteral("ito.kenji"));
    QCOMPARE((QStringList{itoId.familyName, itoId.givenName, itoId.familyKana, itoId.givenKana,
                          itoId.familyEn, itoId.givenEn}),
             (QStringList{QStringLiteral("伊藤"), QStringLiteral("健二"), QStringLiteral("イトウ"),
                          QStringLiteral("ケンジ"), QStringLiteral("ito"), QStringLiteral("kenji")}));
    const IdentityRecord taka = identityOf(*f.db, QStringLiteral("takahashi.yuko"));
    QCOMPARE((QStringList{taka.familyName, taka.givenName, taka.familyKana, taka.givenKana, taka.familyEn,
                          taka.givenEn}),
             (QStringList{QStringLiteral("髙橋"), QStringLiteral("優子"), QStringLiteral("タカハシ"),
                          QStringLiteral("ユウコ"), QStringLiteral("takahashi"), QStringLiteral("yuko")}));

    const QList<CertificateRecord> certs = certificatesOf(f, run.job);
    QCOMPARE(certs.size(), 5);
    const QStringList emails = {
        QStringLiteral("yamada@example.co.jp"), QStringLiteral("hanako.phone@example.co.jp"),
        QStringLiteral("sato@example.co.jp"), QStringLiteral("takahashi@example.co.jp"),
        QStringLiteral("ito@example.co.jp")};
    const QStringList remarks = {QStringLiteral("ノートPC, 予備"), QStringLiteral("iPhone 15\n社用"),
                                 QString(), QStringLiteral("MacBook Air"), QString()};
    const QHash<QString, QByteArray> manual = manualPasswords(bytes);
    QCOMPARE(manual.size(), 3); // suzuki.hanako, takahashi.yuko and the skipped kimura.shin
    for (int i = 0; i < certs.size(); ++i) {
        const CertificateRecord& c = certs.at(i);
        QCOMPARE(c.loginId, logins.at(i));
        QCOMPARE(c.device, devices.at(i));
        QCOMPARE(c.slot, 1);
        QCOMPARE(c.status, CertStatus::AwaitingDownload);
        QCOMPARE(c.notifyEmail, emails.at(i));
        QCOMPARE(c.remarks, remarks.at(i));
        QCOMPARE(c.passwordAuto, autos.at(i));
        QCOMPARE(CertificateStore(*f.db).sealedPassword(c.id).value().isEmpty(), !autos.at(i));
        QCOMPARE(checkPkcs12(f, c, keyPassword(f, c, manual)), QString());
        QCOMPARE(verifyLeaf(f, c), QString());
    }
    // The certificate carries the registered English names (the file's "Yamada" only matched them).
    auto subject = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-subject"),
                               QStringLiteral("-nameopt"), QStringLiteral("multiline"), QStringLiteral("-in"),
                               f.writePem(QStringLiteral("yamada.pem"), certs.at(0).certDer)});
    QVERIFY2(subject.all().contains(QStringLiteral("surname                   = yamada")),
             qPrintable(subject.all()));
    subject = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-subject"),
                          QStringLiteral("-nameopt"), QStringLiteral("multiline"), QStringLiteral("-in"),
                          f.writePem(QStringLiteral("taka.pem"), certs.at(3).certDer)});
    QVERIFY2(subject.all().contains(QStringLiteral("surname                   = takahashi")),
             qPrintable(subject.all()));
    QVERIFY2(subject.all().contains(QStringLiteral("givenName                 = yuko")),
             qPrintable(subject.all()));
}

void TestBulkIssue::englishUtf8FileIssues()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(addFormUsers(f), QString());
    const QByteArray bytes = fixture(QStringLiteral("ok-utf8-bom-english.csv"));
    const QString before = dumpContent(*f.db);
    auto plan = BulkIssueValidator::validate(*f.ctx, bytes, QStringLiteral("ok-utf8-bom-english.csv"), false);
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems).join(QLatin1Char('\n')), QString());
    QCOMPARE(dumpContent(*f.db), before);
    QCOMPARE(plan->encoding, QStringLiteral("UTF-8 with BOM"));
    QCOMPARE(plan->items.size(), 3);
    QCOMPARE(plan->skippedRows, 1);
    QCOMPARE(plan->newUserCount(), 0);
    QCOMPARE(plan->newIdentityCount(), 1);
    QCOMPARE(plan->items.at(1).password, QByteArray("S@to-2024"));
    QCOMPARE(plan->items.at(1).remarks, QStringLiteral("Pixel 8, work"));

    auto run = acceptAndRun(f, plan.value());
    QCOMPARE(run.error, QString());
    QCOMPARE(run.summary.issued, 3);
    QCOMPARE(run.summary.failed, 0);
    QCOMPARE(run.summary.remaining, 0);
    auto job = BulkJobStore(*f.db).job(run.job);
    QVERIFY(job.ok() && job.value());
    QCOMPARE(job.value()->state, QStringLiteral("finished"));
    QCOMPARE(job.value()->done, 3);
    QCOMPARE(historyOf(*f.db, Op::BulkAccepted).size(), 1);
    QCOMPARE(historyOf(*f.db, Op::Issue).size(), 3);
    QVERIFY(historyIntact(*f.db));
    const IdentityRecord taka = identityOf(*f.db, QStringLiteral("takahashi.yuko"));
    QCOMPARE(taka.familyEn, QStringLiteral("Takahashi")); // as written, not Hepburn
    QCOMPARE(taka.givenEn, QStringLiteral("Yuko"));

    const QList<CertificateRecord> certs = certificatesOf(f, run.job);
    QCOMPARE(certs.size(), 3);
    const QStringList devices = {QStringLiteral("windows"), QStringLiteral("android"),
                                 QStringLiteral("ios-browser")};
    const QHash<QString, QByteArray> manual = manualPasswords(bytes);
    for (int i = 0; i < certs.size(); ++i) {
        QCOMPARE(certs.at(i).device, devices.at(i));
        QCOMPARE(checkPkcs12(f, certs.at(i), keyPassword(f, certs.at(i), manual)), QString());
        QCOMPARE(verifyLeaf(f, certs.at(i)), QString());
    }
    QCOMPARE(certs.at(1).remarks, QStringLiteral("Pixel 8, work"));
}

void TestBulkIssue::twoHundredNewUsers()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    const QByteArray bytes = fixture(QStringLiteral("users200-cp932.csv"));
    QElapsedTimer timer;
    timer.start();
    auto plan = BulkIssueValidator::validate(*f.ctx, bytes, QStringLiteral("users200-cp932.csv"), true);
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems).join(QLatin1Char('\n')), QString());
    QCOMPARE(plan->items.size(), 200);
    QCOMPARE(plan->newUserCount(), 200);
    QCOMPARE(plan->newIdentityCount(), 200);
    QCOMPARE(plan->skippedRows, 0);

    auto run = acceptAndRun(f, plan.value());
    QCOMPARE(run.error, QString());
    QCOMPARE(run.summary.issued, 200);
    QCOMPARE(run.summary.failed, 0);
    QCOMPARE(run.summary.remaining, 0);
    const qint64 issueMs = timer.elapsed();
    QCOMPARE(countOf(*f.db, QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(200));
    QCOMPARE(countOf(*f.db, QStringLiteral("SELECT COUNT(*) FROM users")), qint64(200));
    QCOMPARE(countOf(*f.db, QStringLiteral("SELECT COUNT(*) FROM identities")), qint64(200));
    QCOMPARE(historyOf(*f.db, Op::Issue).size(), 200);
    QCOMPARE(historyOf(*f.db, Op::UserAdd).size(), 200);
    QCOMPARE(historyOf(*f.db, Op::BulkAccepted).size(), 1);
    QVERIFY(historyIntact(*f.db));
    // English names were left blank: passport Hepburn filled them (e.g. line 4, タナカ ユミ).
    const IdentityRecord emp4 = identityOf(*f.db, QStringLiteral("emp0004"));
    QCOMPARE(emp4.familyEn + QLatin1Char(' ') + emp4.givenEn, QStringLiteral("tanaka yumi"));

    const QHash<QString, QByteArray> manual = manualPasswords(bytes);
    QCOMPARE(manual.size(), 66);
    const QList<CertificateRecord> certs = certificatesOf(f, run.job);
    QCOMPARE(certs.size(), 200);
    QSet<QString> logins;
    int autos = 0;
    QStringList leaves{QStringLiteral("verify"), QStringLiteral("-CAfile"), f.caPem()};
    for (const CertificateRecord& c : certs) {
        logins.insert(c.loginId);
        QCOMPARE(c.passwordAuto, !manual.contains(c.loginId));
        autos += c.passwordAuto ? 1 : 0;
        QCOMPARE(checkPkcs12(f, c, keyPassword(f, c, manual)), QString());
        leaves << f.writePem(c.loginId + QStringLiteral(".pem"), c.certDer);
    }
    QCOMPARE(logins.size(), 200);
    QCOMPARE(autos, 134);
    // Every leaf verifies against the CA (one openssl run for all 200).
    auto verify = runOpenssl(leaves);
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.all()));
    QCOMPARE(QString::fromUtf8(verify.out).count(QStringLiteral(".pem: OK")), 200);
    qInfo("200 certificates: validated and issued in %lld ms, checked with openssl in %lld ms", issueMs,
          timer.elapsed() - issueMs);

    // The ZIP export hands them over: every .p12 is the stored one, and the password list holds exactly the
    // 134 auto-generated passwords, each the one the .p12 opened with above.
    const QString zip = f.dir.filePath(QStringLiteral("bulk200.zip"));
    auto exported = ZipExport::write(*f.ctx, zip);
    QVERIFY2(exported.ok(), qPrintable(exported.error().message));
    QCOMPARE(exported->certificates, 200);
    QCOMPARE(exported->passwords, 134);
    const QString out = f.dir.filePath(QStringLiteral("unzipped"));
    auto unzipped =
        runProcess(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), out});
    QVERIFY2(unzipped.exitCode == 0, qPrintable(unzipped.all()));
    QFile list(QDir(out).filePath(ZipExport::passwordListName()));
    QVERIFY(list.open(QIODevice::ReadOnly));
    auto table = CsvReader::parse(list.readAll());
    QVERIFY(table.ok());
    QCOMPARE(table->rows.size(), 1 + 134);
    QHash<QString, QByteArray> listed; // file name -> password
    for (qsizetype r = 1; r < table->rows.size(); ++r)
        listed.insert(table->rows.at(r).value(0), table->rows.at(r).value(4).toLatin1());
    for (const CertificateRecord& c : certs) {
        const QString name = c.loginId + QLatin1Char('-') + c.device + QStringLiteral(".p12");
        QFile p12(QDir(out).filePath(name));
        QVERIFY2(p12.open(QIODevice::ReadOnly), qPrintable(name));
        QCOMPARE(p12.readAll(), CertificateStore(*f.db).pkcs12(c.id).value());
        QCOMPARE(listed.contains(name), c.passwordAuto);
        if (c.passwordAuto)
            QCOMPARE(listed.value(name), keyPassword(f, c, manual));
    }
    // And openssl opens a sample with the listed password alone.
    const QString sample = certs.first().passwordAuto ? certs.first().loginId : certs.at(1).loginId;
    for (const CertificateRecord& c : certs) {
        if (c.loginId != sample)
            continue;
        const QString name = c.loginId + QLatin1Char('-') + c.device + QStringLiteral(".p12");
        const QString pw = writeFile(f.dir, QStringLiteral("listed.pw"), listed.value(name) + '\n');
        auto opened =
            runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-nokeys"), QStringLiteral("-in"),
                        QDir(out).filePath(name), QStringLiteral("-passin"), QStringLiteral("file:") + pw});
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.all()));
    }
}

void TestBulkIssue::cancelledJobResumesWithoutDuplicates()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    const QByteArray bytes = firstRecords(fixture(QStringLiteral("users200-cp932.csv")), 20);
    auto plan = BulkIssueValidator::validate(*f.ctx, bytes, QStringLiteral("users20.csv"), true);
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems).join(QLatin1Char('\n')), QString());
    QCOMPARE(plan->items.size(), 20);
    auto job = BulkIssueJob::accept(*f.ctx, plan.value());
    QVERIFY2(job.ok(), qPrintable(job.error().message));

    BulkRunSummary first;
    {
        BulkIssueRunner runner(*f.ctx, job.value());
        runner.setThreadCount(1);        // at most 4 queued + 1 signing when cancelled
        runner.setGroupLimits(5, 60000); // progress (committed rows) after 5 rows
        runner.setProgressCallback([&runner](const BulkProgress& p) {
            if (p.issued >= 5)
                runner.cancel();
        });
        auto s = runner.run();
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        first = s.value();
    }
    QVERIFY(first.cancelled);
    QVERIFY2(first.issued >= 5 && first.issued <= 10, qPrintable(QString::number(first.issued)));
    QCOMPARE(first.failed, 0);
    QCOMPARE(first.remaining, 20 - first.issued);
    auto open = BulkJobStore(*f.db).job(job.value());
    QVERIFY(open.ok() && open.value());
    QCOMPARE(open.value()->state, QStringLiteral("open"));
    QCOMPARE(open.value()->pending(), first.remaining);
    QCOMPARE(countOf(*f.db, QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(first.issued));
    QCOMPARE(countOf(*f.db, QStringLiteral("SELECT COUNT(*) FROM users")),
             qint64(first.issued)); // no user without its certificate
    QVERIFY(historyIntact(*f.db));

    BulkIssueRunner second(*f.ctx, job.value());
    auto s = second.run();
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QCOMPARE(s->issued, first.remaining);
    QCOMPARE(s->failed, 0);
    QCOMPARE(s->remaining, 0);
    QVERIFY(!s->cancelled);
    auto done = BulkJobStore(*f.db).job(job.value());
    QCOMPARE(done.value()->state, QStringLiteral("finished"));
    QCOMPARE(done.value()->done, 20);
    QCOMPARE(countOf(*f.db, QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(20));
    QCOMPARE(countOf(*f.db, QStringLiteral("SELECT COUNT(DISTINCT user_id) FROM certificates")), qint64(20));
    QCOMPARE(countOf(*f.db, QStringLiteral("SELECT COUNT(*) FROM users")), qint64(20));
    QCOMPARE(historyOf(*f.db, Op::Issue).size(), 20);
    QCOMPARE(historyOf(*f.db, Op::UserAdd).size(), 20);
    QCOMPARE(historyOf(*f.db, Op::BulkAccepted).size(), 1);
    QVERIFY(historyIntact(*f.db));

    // A third run finds nothing to do.
    BulkIssueRunner third(*f.ctx, job.value());
    auto t = third.run();
    QVERIFY(t.ok());
    QCOMPARE(t->issued, 0);
    QCOMPARE(t->remaining, 0);
    QCOMPARE(countOf(*f.db, QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(20));
}

// Rows are committed in groups (one transaction and one disk sync for several complete rows): the progress
// reports committed rows only, group by group, and each committed row is complete.
void TestBulkIssue::rowsCommitInGroups()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    const QByteArray bytes = firstRecords(fixture(QStringLiteral("users200-cp932.csv")), 20);
    auto plan = BulkIssueValidator::validate(*f.ctx, bytes, QStringLiteral("users20.csv"), true);
    QVERIFY2(plan.ok() && plan->ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    auto job = BulkIssueJob::accept(*f.ctx, plan.value());
    QVERIFY2(job.ok(), qPrintable(job.error().message));

    BulkIssueRunner runner(*f.ctx, job.value());
    runner.setGroupLimits(8, 600000);
    QList<int> reported;
    QList<qint64> committed;
    runner.setProgressCallback([&](const BulkProgress& p) {
        reported << p.issued;
        // Between groups no transaction is open: what the database holds is what was reported.
        committed << countOf(*f.db,
                             QStringLiteral("SELECT COUNT(*) FROM bulk_job_rows WHERE state = 'done'"));
    });
    auto s = runner.run();
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QCOMPARE(s->issued, 20);
    QCOMPARE(reported, (QList<int>{8, 16, 20}));
    QCOMPARE(committed, (QList<qint64>{8, 16, 20}));
    QCOMPARE(countOf(*f.db, QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(20));
    QCOMPARE(countOf(*f.db, QStringLiteral("SELECT COUNT(*) FROM users")), qint64(20));
    QCOMPARE(historyOf(*f.db, Op::Issue).size(), 20);
    QCOMPARE(historyOf(*f.db, Op::UserAdd).size(), 20);
    QVERIFY(historyIntact(*f.db));
}

void TestBulkIssue::rowThatNoLongerFitsFailsAlone()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(addFormUsers(f), QString());
    auto plan = BulkIssueValidator::validate(*f.ctx, fixture(QStringLiteral("ok-cp932.csv")),
                                             QStringLiteral("ok-cp932.csv"), true);
    QVERIFY(plan.ok() && plan->ok());
    auto job = BulkIssueJob::accept(*f.ctx, plan.value());
    QVERIFY2(job.ok(), qPrintable(job.error().message));

    // After the file was accepted, suzuki.hanako (line 4) reaches the limit.
    QVERIFY(Settings(*f.db).set(SettingKey::MaxCertsPerUser, QStringLiteral("2")).ok());
    QCOMPARE(issueDirect(f, QStringLiteral("suzuki.hanako"), 2), QString());

    BulkIssueRunner runner(*f.ctx, job.value());
    auto s = runner.run();
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QCOMPARE(s->issued, 4);
    QCOMPARE(s->failed, 1);
    QCOMPARE(s->remaining, 0);
    const QString message =
        QStringLiteral("\"suzuki.hanako\" already has 2 certificates, the most a user may have.");
    QCOMPARE(s->failures.size(), 1);
    QCOMPARE(s->failures.first().line, 4);
    QCOMPARE(s->failures.first().loginId, QStringLiteral("suzuki.hanako"));
    QCOMPARE(s->failures.first().error, message);

    auto record = BulkJobStore(*f.db).job(job.value());
    QCOMPARE(record.value()->state, QStringLiteral("finished"));
    QCOMPARE(record.value()->done, 4);
    QCOMPARE(record.value()->failed, 1);
    auto failed = BulkJobStore(*f.db).rows(job.value(), BulkRowState::Failed);
    QCOMPARE(failed->size(), 1);
    QCOMPARE(failed->first().line, 4);
    QCOMPARE(failed->first().error, message);
    QCOMPARE(failed->first().certificateId, qint64(0));
    QVERIFY(failed->first().passwordSealed.isEmpty()); // the manual password is not kept for a failed row

    const QList<HistoryEntry> failures = historyOf(*f.db, Op::Failure);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().targetLogin, QStringLiteral("suzuki.hanako"));
    QCOMPARE(failures.first().device, QStringLiteral("ios-app"));
    QCOMPARE(failures.first().remarks, message);
    QCOMPARE(failures.first().details, QStringLiteral("job=%1 line=4").arg(job.value()));
    QCOMPARE(historyOf(*f.db, Op::Issue).size(), 6); // 2 direct + 4 from the file
    QCOMPARE(
        countOf(*f.db, QStringLiteral("SELECT COUNT(*) FROM certificates c JOIN users u ON u.id = c.user_id"
                                      " WHERE u.login_id = 'suzuki.hanako'")),
        qint64(2));
    QVERIFY(historyIntact(*f.db));
    // The other rows issued, the new user included.
    QVERIFY(userOf(*f.db, QStringLiteral("ito.kenji")).id > 0);
    QCOMPARE(countOf(*f.db, QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(6));
}

// The template (every user with the registered names) marked for issuance validates as it is. Furigana
// registered through the CLI or the API keep an ASCII space between words ("デ ラ クルス" is valid kana);
// the template writes them verbatim and the file must still match the registration.
void TestBulkIssue::markedTemplateIsValid()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(addFormUsers(f), QString());
    UserInput maria;
    maria.loginId = QStringLiteral("maria.cruz");
    maria.email = QStringLiteral("maria@example.co.jp");
    QVERIFY(UserWorkflows(*f.ctx).add(maria).ok());
    IdentityInput id{QStringLiteral("デ ラ クルス"), QStringLiteral("マリア"),
                     QStringLiteral("デ ラ クルス"), QStringLiteral("マリア"),
                     QStringLiteral("de la Cruz"),   QStringLiteral("Maria")};
    auto reg = IdentityWorkflows(*f.ctx).registerIdentity(maria.loginId, id);
    QVERIFY2(reg.ok(), qPrintable(reg.error().message));

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(BulkIssueForm::writeTemplate(*f.db, buffer).ok());
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString()); // the last record ends with CRLF too
    QCOMPARE(lines.first(),
             QStringLiteral("発行する,ログインID,メールアドレス,役職,部署,氏名(姓),氏名(名),フリガナ(姓),"
                            "フリガナ(名),氏名(姓)英語表記,"
                            "氏名(名)英語表記,Windows,iOS(アプリ/"
                            "ブラウザ),iOS(専用ブラウザ),Mac,Android,秘密の鍵の自動生成,秘密の鍵,備考"));
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.at(1), QStringLiteral(",maria.cruz,maria@example.co.jp,,,デ ラ クルス,マリア,デ ラ "
                                         "クルス,マリア,de la Cruz,Maria,,,,,,,,"));
    QCOMPARE(lines.at(4),
             QStringLiteral(
                 ",takahashi.yuko,takahashi@example.co.jp,部長,経理部,,,,,,,,,,,,,,")); // nothing registered

    // Mark Windows with an auto password on every row whose user has certificate information.
    QStringList marked{lines.first()};
    for (const QString& line : lines.mid(1)) {
        QString row = line;
        if (!row.contains(QStringLiteral("takahashi.yuko"))) {
            QVERIFY(row.endsWith(QStringLiteral(",,,,,,,,")));
            row = QStringLiteral("○") + row.chopped(8) + QStringLiteral(",○,,,,,○,,");
        }
        marked << row;
    }
    const QByteArray file =
        "\xEF\xBB\xBF" + (marked.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    auto plan = BulkIssueValidator::validate(*f.ctx, file, BulkIssueForm::fileName(), false);
    QVERIFY(plan.ok());
    QCOMPARE(text(plan->problems).join(QLatin1Char('\n')), QString());
    QCOMPARE(plan->items.size(), 5);
    QCOMPARE(plan->skippedRows, 1);
    QCOMPARE(plan->newIdentityCount(), 0);
}

QTEST_GUILESS_MAIN(TestBulkIssue)
#include "tst_BulkIssue.moc"
