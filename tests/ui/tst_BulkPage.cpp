// Bulk screen (一括処理): a certificateform.csv with a bad row lists every problem and changes nothing;
// a good Shift_JIS file is issued in the background (passphrase asked once, on the GUI thread); an
// interrupted job is resumed from "Unfinished jobs"; a CSV revokes a user's certificate after a
// confirmation; the ZIP export holds the .p12 files, the CA certificate and the password list (checked
// with `unzip`); users are exported and imported as CSV.
#include "GuiFixture.h"
#include "Screenshot.h"
#include "bulk/BulkIssueForm.h"
#include "bulk/BulkIssueJob.h"
#include "bulk/BulkIssueSection.h"
#include "bulk/BulkPage.h"
#include "bulk/BulkRevokeSection.h"
#include "bulk/BulkRunPanel.h"
#include "bulk/CsvProblemTable.h"
#include "bulk/UserCsvSection.h"
#include "bulk/ZipExport.h"
#include "bulk/ZipExportSection.h"
#include "store/BulkJobStore.h"
#include "store/UserStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableWidget>

using namespace certdesk;
using test::child;

namespace {

constexpr int kRunTimeoutMs = 120000;

// One certificateform.csv row: 発行する ○, the login ID, one device marked, and either ○ in
// 秘密の鍵の自動生成 or a key password.
QStringList formRow(const QString& login, FormColumn device, const QString& password = {},
                    FormColumn extraDevice = FormColumn::Issue)
{
    QStringList cells(kFormColumnCount);
    cells[int(FormColumn::Issue)] = QStringLiteral("○");
    cells[int(FormColumn::LoginId)] = login;
    cells[int(device)] = QStringLiteral("○");
    if (extraDevice != FormColumn::Issue)
        cells[int(extraDevice)] = QStringLiteral("〇");
    if (password.isEmpty())
        cells[int(FormColumn::AutoPassword)] = QStringLiteral("○");
    else
        cells[int(FormColumn::Password)] = password;
    cells[int(FormColumn::Remarks)] = QStringLiteral("一括発行");
    return cells;
}

// The form as Japanese Excel saves it: Shift_JIS (CP932), CRLF.
QByteArray formCp932(const QList<QStringList>& rows)
{
    QStringList header;
    for (int c = 0; c < kFormColumnCount; ++c)
        header << BulkIssueForm::japaneseName(FormColumn(c));
    QString text = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QStringList& row : rows)
        text += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    QStringEncoder encoder("Shift_JIS");
    const QByteArray bytes = encoder.encode(text);
    return encoder.hasError() ? QByteArray() : bytes;
}

QStringList tableRow(QTableWidget* table, int row)
{
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c)
        cells << (table->item(row, c) ? table->item(row, c)->text() : QString());
    return cells;
}

int deliverable(test::GuiFixture& f)
{
    auto n = ZipExport::deliverableCount(*f.wf.db);
    return n ? n.value() : -1;
}

int userCount(test::GuiFixture& f)
{
    auto n = UserStore(*f.wf.db).count(UserQuery{});
    return n ? int(n.value()) : -1;
}

int passphrasePrompts()
{
    int n = 0;
    for (const QString& m : Prompts::shownMessages())
        n += m.startsWith(QLatin1String("passphrase: ")) ? 1 : 0;
    return n;
}

void showPage(QWidget& page)
{
    page.resize(1000, 680);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
}

// Chooses `path` through the section's "Choose file…" button.
void choose(QWidget* section, const char* button, const QString& path)
{
    Prompts::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(section, button), Qt::LeftButton);
}

} // namespace

class TstBulkPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void problemsListedNothingIssued();
    void issueRevokeAndExport();
    void resumeUnfinishedJob();
    void cancelLeavesRowsToResume();
    void downloadForm();
    void usersCsv();
};

void TstBulkPage::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the passphrase is asked through Prompts
}

void TstBulkPage::problemsListedNothingIssued()
{
    CERTDESK_GUI_FIXTURE(f, true);
    for (const char* login : {"taro", "hanako"})
        QCOMPARE(f.wf.addUserWithIdentity(QString::fromLatin1(login)), QString());
    const QByteArray bytes =
        formCp932({formRow(QStringLiteral("taro"), FormColumn::Windows),
                   formRow(QStringLiteral("nobody"), FormColumn::Windows, {}, FormColumn::Mac)});
    QVERIFY(!bytes.isEmpty());
    const QString path = test::writeFile(f.wf.dir, BulkIssueForm::fileName(), bytes);
    // What the core finds in the file (read only), to compare the table with message by message.
    auto expected = BulkIssueValidator::validate(*f.wf.ctx, bytes, BulkIssueForm::fileName(), false);
    QVERIFY(expected);
    QCOMPARE(expected->problems.size(), 2);
    const int usersBefore = userCount(f);

    BulkPage page(*f.session);
    showPage(page);
    QCOMPARE(page.title(), QStringLiteral("Bulk operations"));
    BulkIssueSection* section = page.issueSection();
    choose(section, "chooseIssueFileButton", path);
    QVERIFY2(!Prompts::hasQueuedAnswers(), qPrintable(Prompts::shownMessages().join(QLatin1Char('\n'))));
    QCOMPARE(section->state(), BulkIssueSection::ProblemsState);

    auto* problems = child<CsvProblemTable>(section, "issueProblems");
    QTableWidget* table = problems->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->horizontalHeaderItem(CsvProblemTable::LineColumn)->text(), QStringLiteral("Line"));
    QCOMPARE(table->horizontalHeaderItem(CsvProblemTable::ProblemColumn)->text(), QStringLiteral("Problem"));
    // Line 3 (the header is line 1): two devices marked (whole row), and the unknown login ID.
    QCOMPARE(tableRow(table, 0),
             (QStringList{QStringLiteral("3"), QString(), QString(), expected->problems.at(0).message}));
    QCOMPARE(tableRow(table, 1), (QStringList{QStringLiteral("3"), QStringLiteral("ログインID"),
                                              QStringLiteral("nobody"), expected->problems.at(1).message}));
    QVERIFY(expected->problems.at(0).message.contains(QLatin1String("one device")));
    QVERIFY(expected->problems.at(1).message.contains(QLatin1String("No user has this login ID")));
    const QString banner = child<QLabel>(problems, "problemBanner")->text();
    QVERIFY2(banner.contains(QLatin1String("2 problem")) &&
                 banner.contains(QLatin1String("nothing was issued")),
             qPrintable(banner));
    QVERIFY(banner.contains(BulkIssueForm::fileName()));
    QVERIFY(child<QLabel>(section, "issueFileLabel")->text().contains(QLatin1String("Shift_JIS")));
    test::screenshot(&page, QStringLiteral("bulk-issue-problems"));

    // Nothing happened: no job, no certificate, no user; only the "bulk rejected" history row.
    auto jobs = BulkJobStore(*f.wf.db).jobs();
    QVERIFY(jobs);
    QVERIFY(jobs->isEmpty());
    QCOMPARE(deliverable(f), 0);
    QCOMPARE(userCount(f), usersBefore);
    auto slotRows = CertificateWorkflows(*f.wf.ctx).slotTable(QStringLiteral("taro"));
    QVERIFY(slotRows);
    QVERIFY(slotRows->isEmpty());
    QVERIFY(!f.session->caUnlocked()); // validation never needs the CA

    // "Create missing users" validates the same file again: the unknown login ID is no longer a
    // problem, but a new user needs an e-mail address (and the row still marks two devices).
    child<QCheckBox>(section, "createMissingUsersCheck")->setChecked(true);
    QCOMPARE(section->state(), BulkIssueSection::ProblemsState);
    QStringList columns;
    for (int r = 0; r < table->rowCount(); ++r) {
        columns << tableRow(table, r).at(CsvProblemTable::ColumnColumn);
        QVERIFY(!tableRow(table, r)
                     .at(CsvProblemTable::ProblemColumn)
                     .contains(QLatin1String("No user has this login ID")));
    }
    QVERIFY2(columns.contains(QStringLiteral("メールアドレス")), qPrintable(columns.join(QLatin1Char('|'))));
    QCOMPARE(userCount(f), usersBefore);
}

void TstBulkPage::issueRevokeAndExport()
{
    CERTDESK_GUI_FIXTURE(f, true);
    for (const char* login : {"taro", "hanako", "jiro"})
        QCOMPARE(f.wf.addUserWithIdentity(QString::fromLatin1(login)), QString());
    const QByteArray bytes =
        formCp932({formRow(QStringLiteral("taro"), FormColumn::Windows),
                   formRow(QStringLiteral("hanako"), FormColumn::Android),
                   formRow(QStringLiteral("jiro"), FormColumn::Mac, QStringLiteral("Secret12"))});
    const QString path = test::writeFile(f.wf.dir, BulkIssueForm::fileName(), bytes);

    BulkPage page(*f.session);
    showPage(page);
    BulkIssueSection* section = page.issueSection();
    choose(section, "chooseIssueFileButton", path);
    QCOMPARE(section->state(), BulkIssueSection::ReadyState);
    QCOMPARE(child<QLabel>(section, "issueSummaryTitle")->text(),
             QStringLiteral("3 certificate(s) to issue"));
    QVERIFY(child<QLabel>(section, "issueSummaryLabel")->text().contains(QLatin1String("New users: 0")));
    test::screenshot(&page, QStringLiteral("bulk-issue-ready"));

    QSignalSpy usersChanged(f.session.get(), &AppSession::usersChanged);
    QSignalSpy certificatesChanged(f.session.get(), &AppSession::certificatesChanged);
    Prompts::setNextAnswer(QMessageBox::Yes);
    Prompts::setNextPassphrase(test::kPassphrase);
    QTest::mouseClick(child<QPushButton>(section, "startIssueButton"), Qt::LeftButton);
    QVERIFY2(!Prompts::hasQueuedAnswers(), qPrintable(Prompts::shownMessages().join(QLatin1Char('\n'))));
    QVERIFY(Prompts::shownMessages()
                .join(QLatin1Char('\n'))
                .contains(QLatin1String("Issue 3 certificate(s) from certificateform.csv")));
    QCOMPARE(section->state(), BulkIssueSection::RunState);
    BulkRunPanel* run = section->runPanel();
    QVERIFY(run->isRunning());
    QVERIFY(!child<QPushButton>(section, "chooseIssueFileButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), kRunTimeoutMs);

    const QString result = child<QLabel>(run, "bulkResultLabel")->text();
    QVERIFY2(result.contains(QLatin1String("3 issued, 0 failed")), qPrintable(result));
    QCOMPARE(child<QTableWidget>(run, "bulkFailuresTable")->rowCount(), 0);
    QVERIFY(child<QProgressBar>(run, "bulkProgressBar")->value() == 3);
    QVERIFY(child<QLabel>(run, "bulkProgressLabel")
                ->text()
                .startsWith(QLatin1String("Issued 3 of 3 (0 failed)")));
    QVERIFY(child<QPushButton>(section, "chooseIssueFileButton")->isEnabled());
    QCOMPARE(deliverable(f), 3);
    QCOMPARE(passphrasePrompts(), 1); // asked once on the GUI thread; the runner used the cached CA
    QVERIFY(usersChanged.count() >= 1);
    QVERIFY(certificatesChanged.count() >= 1);
    auto jobs = BulkJobStore(*f.wf.db).jobs();
    QVERIFY(jobs && jobs->size() == 1);
    QCOMPARE(jobs->first().pending(), 0);
    QCOMPARE(child<QTableWidget>(section, "unfinishedJobsTable")->rowCount(), 0);
    test::screenshot(&page, QStringLiteral("bulk-issue-finished"));

    // Bulk revocation: a common name (login ID) names every certificate of taro that is not revoked.
    page.showTab(BulkPage::RevokeTab);
    BulkRevokeSection* revoke = page.revokeSection();
    const QString revokeFile = test::writeFile(f.wf.dir, QStringLiteral("revoke.csv"),
                                               QByteArrayLiteral("\xEF\xBB\xBF") +
                                                   QStringLiteral("コモンネーム\r\ntaro\r\n").toUtf8());
    choose(revoke, "chooseRevokeFileButton", revokeFile);
    QCOMPARE(revoke->state(), BulkRevokeSection::ReadyState);
    auto* targets = child<QTableWidget>(revoke, "revokeTargetsTable");
    QCOMPARE(targets->rowCount(), 1);
    QCOMPARE(targets->item(0, BulkRevokeSection::LoginColumn)->text(), QStringLiteral("taro"));
    QCOMPARE(targets->item(0, BulkRevokeSection::DeviceColumn)->text(), QStringLiteral("Windows"));
    QVERIFY(!targets->item(0, BulkRevokeSection::SerialColumn)->text().isEmpty());
    QCOMPARE(child<QComboBox>(revoke, "bulkReasonCombo")->currentData().toInt(),
             int(RevocationReason::KeyCompromise));
    test::screenshot(&page, QStringLiteral("bulk-revoke-targets"));

    // "No" revokes nothing.
    Prompts::clearShownMessages();
    Prompts::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(revoke, "bulkRevokeButton"), Qt::LeftButton);
    QCOMPARE(deliverable(f), 3);
    QVERIFY2(Prompts::shownMessages()
                 .join(QLatin1Char('\n'))
                 .contains(QLatin1String("Revoke 1 certificate(s) of 1 user(s)?")),
             qPrintable(Prompts::shownMessages().join(QLatin1Char('\n'))));

    Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(revoke, "bulkRevokeButton"), Qt::LeftButton);
    QVERIFY(!Prompts::hasQueuedAnswers());
    auto taro = CertificateWorkflows(*f.wf.ctx).slotTable(QStringLiteral("taro"));
    QVERIFY(taro && taro->size() == 1);
    QCOMPARE(taro->first().status, CertStatus::Revoked);
    QCOMPARE(taro->first().revocationReason, QStringLiteral("lost"));
    auto hanako = CertificateWorkflows(*f.wf.ctx).slotTable(QStringLiteral("hanako"));
    QVERIFY(hanako && hanako->size() == 1);
    QCOMPARE(hanako->first().status, CertStatus::AwaitingDownload);
    QCOMPARE(revoke->state(), BulkRevokeSection::EmptyState);
    QVERIFY(
        child<QLabel>(revoke, "revokeStatusLabel")->text().contains(QLatin1String("Revoked 1 certificate")));
    QCOMPARE(deliverable(f), 2);

    // The same file again: nothing is left to revoke, which is a problem of line 2.
    choose(revoke, "chooseRevokeFileButton", revokeFile);
    QCOMPARE(revoke->state(), BulkRevokeSection::ProblemsState);
    QTableWidget* revokeProblems = child<CsvProblemTable>(revoke, "revokeProblems")->table();
    QCOMPARE(revokeProblems->rowCount(), 1);
    QCOMPARE(revokeProblems->item(0, CsvProblemTable::LineColumn)->text(), QStringLiteral("2"));

    // ZIP export of the two certificates awaiting download.
    page.showTab(BulkPage::ZipTab);
    ZipExportSection* zip = page.zipSection();
    QVERIFY2(child<QLabel>(zip, "zipCountLabel")->text().startsWith(QLatin1String("2 ")),
             qPrintable(child<QLabel>(zip, "zipCountLabel")->text()));
    QVERIFY(child<QLabel>(zip, "zipWarningLabel")->text().contains(QLatin1String("private keys")));
    const QString zipPath = f.wf.dir.filePath(QStringLiteral("certificates.zip"));
    Prompts::setNextFileName(zipPath);
    QTest::mouseClick(child<QPushButton>(zip, "exportZipButton"), Qt::LeftButton);
    QVERIFY(!Prompts::hasQueuedAnswers());
    QTRY_VERIFY_WITH_TIMEOUT(!zip->isRunning(), kRunTimeoutMs);
    QCOMPARE(passphrasePrompts(), 0); // still unlocked (messages were cleared above)
    QVERIFY(QFile::exists(zipPath));
    const QString zipResult = child<QLabel>(zip, "zipResultLabel")->text();
    QVERIFY2(zipResult.contains(QLatin1String("2 certificate")) &&
                 zipResult.contains(QLatin1String("1 password")),
             qPrintable(zipResult));
    test::screenshot(&page, QStringLiteral("bulk-zip-exported"));

    const test::ProcessResult list =
        test::runProcess(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zipPath}, {}, 60000,
                         {QStringLiteral("LC_ALL=C.UTF-8")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.all()));
    QStringList entries = QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    entries.sort();
    QCOMPARE(entries, (QStringList{QStringLiteral("cacert.crt"), QStringLiteral("cacert.pem"),
                                   QStringLiteral("hanako-android.p12"), QStringLiteral("jiro-mac.p12"),
                                   QStringLiteral("passwords.csv")}));
    const test::ProcessResult passwords = test::runProcess(
        QStringLiteral("unzip"), {QStringLiteral("-p"), zipPath, QStringLiteral("passwords.csv")}, {}, 60000);
    QVERIFY(passwords.exitCode == 0);
    QVERIFY(passwords.out.contains("hanako"));
    QVERIFY(!passwords.out.contains("jiro")); // a key password written in the file is not listed
}

void TstBulkPage::resumeUnfinishedJob()
{
    CERTDESK_GUI_FIXTURE(f, true);
    for (const char* login : {"taro", "hanako"})
        QCOMPARE(f.wf.addUserWithIdentity(QString::fromLatin1(login)), QString());
    // A job accepted (e.g. by the CLI) whose issuance never ran.
    const QByteArray bytes = formCp932({formRow(QStringLiteral("taro"), FormColumn::IosApp),
                                        formRow(QStringLiteral("hanako"), FormColumn::Windows)});
    auto plan = BulkIssueValidator::validate(*f.wf.ctx, bytes, QStringLiteral("interrupted.csv"), false);
    QVERIFY(plan && plan->ok());
    auto job = BulkIssueJob::accept(*f.wf.ctx, plan.value());
    QVERIFY(job);

    BulkPage page(*f.session);
    showPage(page);
    BulkIssueSection* section = page.issueSection();
    auto* jobs = child<QTableWidget>(section, "unfinishedJobsTable");
    QCOMPARE(jobs->rowCount(), 1);
    QCOMPARE(jobs->item(0, 0)->text(), QString::number(job.value()));
    QCOMPARE(jobs->item(0, 1)->text(), QStringLiteral("interrupted.csv"));
    QCOMPARE(jobs->item(0, 4)->text(), QStringLiteral("2"));
    auto* resume = child<QPushButton>(section, "resumeJobButton");
    QVERIFY(resume->isEnabled());

    Prompts::setNextAnswer(QMessageBox::Yes);
    Prompts::setNextPassphrase(test::kPassphrase);
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY2(!Prompts::hasQueuedAnswers(), qPrintable(Prompts::shownMessages().join(QLatin1Char('\n'))));
    QTRY_VERIFY_WITH_TIMEOUT(!section->runPanel()->isRunning(), kRunTimeoutMs);
    QVERIFY(child<QLabel>(section->runPanel(), "bulkResultLabel")
                ->text()
                .contains(QLatin1String("2 issued, 0 failed")));
    QCOMPARE(deliverable(f), 2);
    QCOMPARE(jobs->rowCount(), 0);
}

void TstBulkPage::cancelLeavesRowsToResume()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QList<QStringList> rows;
    for (int i = 1; i <= 12; ++i) {
        const QString login = QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0'));
        QCOMPARE(f.wf.addUserWithIdentity(login), QString());
        rows << formRow(login, FormColumn::Windows);
    }
    const QString path = test::writeFile(f.wf.dir, BulkIssueForm::fileName(), formCp932(rows));
    BulkPage page(*f.session);
    showPage(page);
    BulkIssueSection* section = page.issueSection();
    choose(section, "chooseIssueFileButton", path);
    QCOMPARE(section->state(), BulkIssueSection::ReadyState);
    Prompts::setNextAnswer(QMessageBox::Yes);
    Prompts::setNextPassphrase(test::kPassphrase);
    QTest::mouseClick(child<QPushButton>(section, "startIssueButton"), Qt::LeftButton);
    BulkRunPanel* run = section->runPanel();
    QVERIFY(run->isRunning());
    QTest::mouseClick(child<QPushButton>(run, "cancelBulkButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), kRunTimeoutMs);

    // Whatever was signed before the cancel is saved; the rest waits in "Unfinished jobs".
    auto jobs = BulkJobStore(*f.wf.db).jobs();
    QVERIFY(jobs && jobs->size() == 1);
    const BulkJobRecord job = jobs->first();
    QCOMPARE(job.total, 12);
    QCOMPARE(job.failed, 0);
    QCOMPARE(deliverable(f), job.done);
    auto* list = child<QTableWidget>(section, "unfinishedJobsTable");
    QCOMPARE(list->rowCount(), job.pending() > 0 ? 1 : 0);
    if (job.pending() > 0) {
        QVERIFY(child<QLabel>(run, "bulkResultLabel")->text().contains(QLatin1String("Unfinished jobs")));
        Prompts::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(section, "resumeJobButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), kRunTimeoutMs);
    }
    QCOMPARE(deliverable(f), 12);
    QCOMPARE(list->rowCount(), 0);
}

void TstBulkPage::downloadForm()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    BulkPage page(*f.session);
    showPage(page);
    const QString path = f.wf.dir.filePath(QStringLiteral("form.csv"));
    Prompts::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(page.issueSection(), "downloadFormButton"), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" + BulkIssueForm::japaneseName(FormColumn::Issue).toUtf8()));
    QVERIFY(bytes.contains(",taro,"));
}

void TstBulkPage::usersCsv()
{
    CERTDESK_GUI_FIXTURE(f, true);
    for (const char* login : {"taro", "hanako"})
        QCOMPARE(f.wf.addUserWithIdentity(QString::fromLatin1(login)), QString());
    BulkPage page(*f.session);
    showPage(page);
    page.showTab(BulkPage::UsersTab);
    UserCsvSection* section = page.usersSection();

    // Export: every user.
    const QString exported = f.wf.dir.filePath(QStringLiteral("users.csv"));
    Prompts::setNextFileName(exported);
    QTest::mouseClick(child<QPushButton>(section, "exportUsersCsvButton"), Qt::LeftButton);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QLatin1String("taro@example.jp")) &&
            text.contains(QLatin1String("hanako@example.jp")));
    QVERIFY(child<QLabel>(section, "usersCsvStatusLabel")->text().contains(QLatin1String("2 user")));

    // A bad file: every problem, nothing imported.
    const QString bad =
        test::writeFile(f.wf.dir, QStringLiteral("bad.csv"),
                        QStringLiteral("ログインID,メールアドレス\r\nshiro,not-an-address\r\n").toUtf8());
    choose(section, "chooseUsersCsvButton", bad);
    QCOMPARE(section->state(), UserCsvSection::ProblemsState);
    QTableWidget* problems = child<CsvProblemTable>(section, "usersCsvProblems")->table();
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, CsvProblemTable::LineColumn)->text(), QStringLiteral("2"));
    QCOMPARE(problems->item(0, CsvProblemTable::ValueColumn)->text(), QStringLiteral("not-an-address"));
    QVERIFY(child<QLabel>(section, "problemBanner")->text().contains(QLatin1String("nothing was imported")));
    QCOMPARE(userCount(f), 2);

    // A good file: one new user, one changed; the dry run's counts are confirmed first.
    const QString good = test::writeFile(
        f.wf.dir, QStringLiteral("users-import.csv"),
        QStringLiteral("ログインID,メールアドレス,氏名,部署\r\nsaburo,saburo@example.jp,大塚 三郎,営業部\r\n"
                       "taro,taro@example.jp,大塚 太郎,総務部\r\n")
            .toUtf8());
    choose(section, "chooseUsersCsvButton", good);
    QCOMPARE(section->state(), UserCsvSection::ReadyState);
    QVERIFY(section->dryRun() && section->dryRun()->added == 1 && section->dryRun()->updated == 1);
    QCOMPARE(userCount(f), 2);
    test::screenshot(&page, QStringLiteral("bulk-users-ready"));
    Prompts::clearShownMessages();
    Prompts::setNextAnswer(QMessageBox::Yes);
    QSignalSpy usersChanged(f.session.get(), &AppSession::usersChanged);
    QTest::mouseClick(child<QPushButton>(section, "importUsersButton"), Qt::LeftButton);
    QVERIFY(!Prompts::hasQueuedAnswers());
    QVERIFY(Prompts::shownMessages()
                .join(QLatin1Char('\n'))
                .contains(QLatin1String("add 1 user(s) and update 1 user(s)")));
    QCOMPARE(userCount(f), 3);
    auto taro = UserStore(*f.wf.db).findByLogin(QStringLiteral("taro"));
    QVERIFY(taro && taro.value());
    QCOMPARE(taro.value()->department, QStringLiteral("総務部"));
    QCOMPARE(usersChanged.count(), 1);
    QCOMPARE(section->state(), UserCsvSection::EmptyState);
}

QTEST_MAIN(TstBulkPage)
#include "tst_BulkPage.moc"
