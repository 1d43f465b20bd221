// The whole first flow, as an administrator meets it: the first-run wizard on an empty folder, then the
// main window — add a user, register the certificate information, issue (auto password), see "Awaiting
// download", revoke with confirmation (after first cancelling), see "Revoked", and find both operations
// in the history day view with operator and device. Then the language switches live to Japanese, and
// Ctrl+L opens the lost-device path.
#include "GuiFixture.h"
#include "HistoryModel.h"
#include "SlotsModel.h"
#include "UsersTestHelpers.h"
#include "history/HistoryPage.h"
#include "shell/MainWindow.h"
#include "shell/UiLanguage.h"
#include "users/CertificatePanel.h"
#include "users/IdentityDialog.h"
#include "users/IssueDialog.h"
#include "users/LostDeviceDialog.h"
#include "users/RevokeDialog.h"
#include "users/UserDialog.h"
#include "users/UsersPage.h"
#include "util/AppTranslator.h"
#include "wizard/FirstRunWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace certdesk;
using namespace certdesk::test;

class TestFirstFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wizardThenIssueAndRevoke();
};

void TestFirstFlow::initTestCase()
{
    qputenv("CERTDESK_CA_PASSPHRASE", QByteArray());
    qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray()); // passphrase only through Prompts
    switchUiLanguage(QStringLiteral("en"));
}

void TestFirstFlow::wizardThenIssueAndRevoke()
{
    const QString pass = QStringLiteral("first flow passphrase");
    QTemporaryDir dir;
    // 1. First-run wizard on an empty folder.
    FirstRunWizard wizard{QString()};
    wizard.show();
    wizard.next();
    child<QLineEdit>(&wizard, "dbPathEdit")->setText(dir.filePath(QStringLiteral("certdesk.db")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
    QTest::keyClicks(child<QLineEdit>(&wizard, "operatorLoginEdit"), QStringLiteral("flow-admin"));
    child<QLineEdit>(&wizard, "newPasswordEdit")->setText(QStringLiteral("Flow-Setup-Pass1"));
    child<QLineEdit>(&wizard, "repeatPasswordEdit")->setText(QStringLiteral("Flow-Setup-Pass1"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::CaPageId));
    QTest::keyClicks(child<QLineEdit>(&wizard, "caNameEdit"), QStringLiteral("Flow Device CA"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "caOrgEdit"), QStringLiteral("Flow KK"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "caPassphraseEdit"), pass);
    QTest::keyClicks(child<QLineEdit>(&wizard, "caPassphraseConfirmEdit"), pass);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::SummaryPageId));
    wizard.accept();
    QVERIFY(wizard.signedIn());
    const DatabasePtr db = wizard.signedIn()->db;

    // The window opens signed in as the administrator the wizard created.
    AppSession session(db);
    session.setSignedIn(wizard.signedIn()->result.actor, wizard.signedIn()->result.op.displayName);
    MainWindow window(session);
    window.show();
    UsersPage* users = window.usersPage();

    // 2. Add a user.
    later([] {
        auto* d = visibleDialog<UserDialog>();
        QVERIFY(d);
        QTest::keyClicks(child<QLineEdit>(d, "loginIdEdit"), QStringLiteral("h.yamada"));
        QTest::keyClicks(child<QLineEdit>(d, "emailEdit"), QStringLiteral("h.yamada@example.jp"));
        QTest::keyClicks(child<QLineEdit>(d, "displayNameEdit"), QStringLiteral("Hanako Yamada"));
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(users, "addUserButton"), Qt::LeftButton);
    users->selectUser(QStringLiteral("h.yamada"));

    // 3. Register the certificate information (English filled from the furigana).
    later([] {
        auto* d = visibleDialog<IdentityDialog>();
        QVERIFY(d);
        child<QLineEdit>(d, "familyNameEdit")->setText(QStringLiteral("山田"));
        child<QLineEdit>(d, "givenNameEdit")->setText(QStringLiteral("花子"));
        auto* fk = child<QLineEdit>(d, "familyKanaEdit");
        fk->setFocus();
        typeText(fk, QStringLiteral("ヤマダ"));
        auto* gk = child<QLineEdit>(d, "givenKanaEdit");
        gk->setFocus();
        typeText(gk, QStringLiteral("ハナコ"));
        QCOMPARE(child<QLineEdit>(d, "familyEnEdit")->text(), QStringLiteral("yamada"));
        QCOMPARE(child<QLineEdit>(d, "givenEnEdit")->text(), QStringLiteral("hanako"));
        QTest::mouseClick(child<QPushButton>(d, "nextButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(d, "registerButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(users, "registerInfoButton"), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog<IdentityDialog>());

    // 4. Issue with an automatically generated key password.
    auto* issueButton = child<QPushButton>(users, "issueButton_1");
    QVERIFY(issueButton && issueButton->isEnabled());
    QString password;
    later([&password, &pass] {
        auto* d = visibleDialog<IssueDialog>();
        QVERIFY(d);
        auto* device = child<QComboBox>(d, "deviceCombo");
        device->setCurrentIndex(device->findData(QStringLiteral("android")));
        QTest::mouseClick(child<QPushButton>(d, "nextButton"), Qt::LeftButton);
        Prompts::setNextPassphrase(pass.toUtf8());
        QTest::mouseClick(child<QPushButton>(d, "issueConfirmButton"), Qt::LeftButton);
        QCOMPARE(d->currentPage(), int(IssueDialogUi::ResultPage));
        password = child<QLineEdit>(d, "generatedPasswordEdit")->text();
        QTest::mouseClick(child<QPushButton>(d, "copyPasswordButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(d, "closeButton"), Qt::LeftButton);
    });
    QTest::mouseClick(issueButton, Qt::LeftButton);
    QVERIFY(password.size() >= 12);
    SlotsModel* slotRows = users->certificatePanel()->slotsModel();
    QCOMPARE(slotRows->index(0, SlotsModel::StatusColumn).data().toString(),
             QStringLiteral("Awaiting download"));

    // 5. Revoke: cancel first (nothing changes), then confirm.
    const QString before = dumpContent(*db);
    later([] {
        auto* d = visibleDialog<RevokeDialog>();
        QVERIFY(d);
        QTest::mouseClick(child<QPushButton>(d, "cancelButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(users, "revokeButton_1"), Qt::LeftButton);
    QCOMPARE(dumpContent(*db), before);
    later([] {
        auto* d = visibleDialog<RevokeDialog>();
        QVERIFY(d);
        QCOMPARE(child<QComboBox>(d, "reasonCombo")->currentData().toInt(),
                 int(RevocationReason::KeyCompromise));
        QTest::mouseClick(child<QPushButton>(d, "revokeConfirmButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(d, "closeButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(users, "revokeButton_1"), Qt::LeftButton);
    QTRY_COMPARE(slotRows->index(0, SlotsModel::StatusColumn).data().toString(), QStringLiteral("Revoked"));

    // 6. The history day view shows both operations with operator and device.
    window.showPage(MainWindow::HistoryIndex);
    auto* table = child<QTableView>(&window, "historyTable");
    QVERIFY(table);
    QAbstractItemModel* history = table->model();
    QStringList rows;
    for (int r = 0; r < history->rowCount(); ++r) {
        rows << history->index(r, HistoryModel::OperationColumn).data().toString() + QLatin1Char('|') +
                    history->index(r, HistoryModel::OperatorColumn).data().toString() + QLatin1Char('|') +
                    history->index(r, HistoryModel::TargetColumn).data().toString() + QLatin1Char('|') +
                    history->index(r, HistoryModel::DeviceColumn).data().toString();
    }
    QVERIFY2(rows.contains(QStringLiteral("Issue|flow-admin|h.yamada|Android")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY2(rows.contains(QStringLiteral("Revoke|flow-admin|h.yamada|Android")),
             qPrintable(rows.join(QLatin1Char('\n'))));

    // 7. The language switches live.
    auto* nav = child<QListWidget>(&window, "navList");
    QCOMPARE(nav->item(0)->text(), QStringLiteral("Users & certificates"));
    switchUiLanguage(QStringLiteral("ja"));
    QTRY_VERIFY(nav->item(0)->text() != QStringLiteral("Users & certificates"));
    QVERIFY2(nav->item(MainWindow::HistoryIndex)->text().contains(QStringLiteral("操作履歴")),
             qPrintable(nav->item(MainWindow::HistoryIndex)->text()));
    QVERIFY(history->headerData(HistoryModel::OperationColumn, Qt::Horizontal).toString() !=
            QStringLiteral("Operation"));
    QCOMPARE(slotRows->index(0, SlotsModel::StatusColumn).data().toString(), QStringLiteral("失効"));
    switchUiLanguage(QStringLiteral("en"));
    QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Users & certificates"));

    // 8. Ctrl+L opens the lost-device path from anywhere in the main window.
    later([] {
        auto* d = visibleDialog<LostDeviceDialog>();
        QVERIFY(d);
        QVERIFY(child<QLineEdit>(d, "lostSearchEdit")->hasFocus());
        QTest::keyClick(d, Qt::Key_Escape);
    });
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!visibleDialog<LostDeviceDialog>());
    QVERIFY(HistoryLog::verify(*db)->intact);
}

QTEST_MAIN(TestFirstFlow)
#include "tst_FirstFlow.moc"
