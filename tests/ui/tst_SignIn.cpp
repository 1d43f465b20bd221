// Operators on the desktop: the sign-in dialog (wrong password, lockout after 6, forced password change,
// the first administrator of a database without operators), what each role sees (helpdesk: no
// Settings / CA / Bulk, no deleting; auditor: read only), the idle lock (forgets the CA, returns to the
// same screen), File → Change password and Sign out, and Settings → Operators (add, role, reset,
// unlock, disable, the last administrator).
#include "GuiFixture.h"
#include "Screenshot.h"
#include "UserSelectionModel.h"
#include "history/HistoryPage.h"
#include "operators/ChangePasswordDialog.h"
#include "operators/OperatorDialog.h"
#include "operators/OperatorsPanel.h"
#include "operators/ResetPasswordDialog.h"
#include "operators/SignInDialog.h"
#include "operators/SignInFlow.h"
#include "operators/SignInForm.h"
#include "selection/SelectionPage.h"
#include "shell/LockScreen.h"
#include "shell/MainWindow.h"
#include "store/OperatorStore.h"
#include "store/Settings.h"
#include "users/UsersPage.h"
#include "util/AppTranslator.h"
#include "workflows/SettingsWorkflows.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kNewPassword = QStringLiteral("Sakura-Mochi-2026");

DatabaseUrl urlOf(const GuiFixture& f)
{
    return DatabaseUrl::parse(f.tdb->url()).value();
}

int historyCount(Database& db, const QString& operation, const QString& operatorName = {})
{
    HistoryFilter filter;
    filter.operation = operation;
    auto rows = HistoryLog::list(db, filter);
    if (!rows)
        return -1;
    int n = 0;
    for (const HistoryEntry& e : rows.value())
        n += operatorName.isEmpty() || e.operatorName == operatorName;
    return n;
}

OperatorRecord operatorRecord(Database& db, const QString& login)
{
    auto op = OperatorStore(db).findByLogin(login);
    return op && op.value() ? *op.value() : OperatorRecord{};
}

bool navVisible(MainWindow& window, MainWindow::PageIndex index)
{
    return !child<QListWidget>(&window, "navList")->item(index)->isHidden();
}

void signInWith(SignInDialog& dialog, const QString& login, const QString& password)
{
    dialog.form()->setLogin(login);
    child<QLineEdit>(&dialog, "signInPasswordEdit")->setText(password);
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
}

} // namespace

class TstSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signInAndWrongPassword();
    void lockoutAfterSixThenUnlock();
    void forcedPasswordChange();
    void firstAdministratorOfOldDatabase();
    void helpdeskSeesNoAdministration();
    void auditorIsReadOnly();
    void idleLockForgetsCaAndReturns();
    void changePasswordAndSignOut();
    void operatorsPage();
    void lastAdministratorIsKept();
};

void TstSignIn::initTestCase()
{
    installTranslators(QStringLiteral("en"));
}

void TstSignIn::signInAndWrongPassword()
{
    CERTDESK_GUI_FIXTURE(f, true);
    SignInDialog dialog(urlOf(f));
    dialog.show();
    QVERIFY(!child<QPushButton>(&dialog, "signInButton")->isEnabled()); // nothing typed yet
    QVERIFY(!child<QLabel>(&dialog, "capsLockLabel")->text().isEmpty());
    screenshot(&dialog, QStringLiteral("sign-in"));

    signInWith(dialog, kAdminLogin, QStringLiteral("not the password"));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.signedIn());
    const QString wrong = child<QLabel>(&dialog, "signInErrorLabel")->text();
    QVERIFY2(wrong.contains(QLatin1String("wrong")), qPrintable(wrong));
    QVERIFY(child<QLineEdit>(&dialog, "signInPasswordEdit")->text().isEmpty());
    QCOMPARE(historyCount(*f.wf.db, Op::LoginFailed), 1);

    // Caps Lock: an upper-case letter typed without Shift.
    auto* password = child<QLineEdit>(&dialog, "signInPasswordEdit");
    password->setFocus();
    QTest::keyClick(password, Qt::Key_A, Qt::NoModifier);
    QTest::sendKeyEvent(QTest::Press, password, Qt::Key_B, QStringLiteral("B"), Qt::NoModifier);
    QVERIFY(child<QLabel>(&dialog, "capsLockLabel")->text().contains(QLatin1String("Caps Lock seems")));

    signInWith(dialog, kAdminLogin, kOperatorPassword);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.signedIn());
    const Actor& actor = dialog.signedIn()->result.actor;
    QCOMPARE(actor.operatorName, kAdminLogin);
    QCOMPARE(actor.role, std::optional<Role>(Role::Admin));
    QVERIFY(historyCount(*f.wf.db, Op::Login, kAdminLogin) >= 1);
}

void TstSignIn::lockoutAfterSixThenUnlock()
{
    CERTDESK_GUI_FIXTURE(f, true);
    auto helpdesk = addOperator(*f.wf.ctx, Role::Helpdesk, QStringLiteral("hd.tanaka"));
    QVERIFY(helpdesk);
    SignInDialog dialog(urlOf(f));
    dialog.show();
    for (int i = 0; i < OperatorWorkflows::kMaxFailures; ++i)
        signInWith(dialog, QStringLiteral("hd.tanaka"), QStringLiteral("wrong password %1").arg(i));
    QVERIFY(operatorRecord(*f.wf.db, QStringLiteral("hd.tanaka")).locked);
    // The right password is refused now, with a message that says whom to ask.
    signInWith(dialog, QStringLiteral("hd.tanaka"), kOperatorPassword);
    QVERIFY(!dialog.signedIn());
    const QString message = child<QLabel>(&dialog, "signInErrorLabel")->text();
    QVERIFY2(message.contains(QLatin1String("locked")) && message.contains(QLatin1String("administrator")),
             qPrintable(message));
    QCOMPARE(historyCount(*f.wf.db, Op::OperatorLocked), 1);
    screenshot(&dialog, QStringLiteral("sign-in-locked"));

    // An administrator unlocks it on Settings → Operators; then the sign-in works.
    OperatorsPanel panel(*f.session);
    panel.show();
    QVERIFY(panel.selectOperator(QStringLiteral("hd.tanaka")));
    auto* unlock = child<QPushButton>(&panel, "unlockOperatorButton");
    QVERIFY(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(child<QLabel>(&panel, "operatorsErrorLabel")->text().isEmpty());
    QVERIFY(!operatorRecord(*f.wf.db, QStringLiteral("hd.tanaka")).locked);
    QCOMPARE(historyCount(*f.wf.db, Op::OperatorUnlocked), 1);
    signInWith(dialog, QStringLiteral("hd.tanaka"), kOperatorPassword);
    QVERIFY(dialog.signedIn());
}

void TstSignIn::forcedPasswordChange()
{
    CERTDESK_GUI_FIXTURE(f, true);
    // Added by an administrator: must change the password at the first sign-in.
    QVERIFY(addOperator(*f.wf.ctx, Role::Helpdesk, QStringLiteral("hd.suzuki")));
    QVERIFY(operatorRecord(*f.wf.db, QStringLiteral("hd.suzuki")).mustChangePassword);
    bool sawChange = false;
    later([&sawChange] {
        auto* signIn = visibleDialog<SignInDialog>();
        QVERIFY(signIn);
        later([&sawChange] {
            auto* change = visibleDialog<ChangePasswordDialog>();
            QVERIFY(change);
            sawChange = true;
            QVERIFY(!child<QLabel>(change, "passwordRulesLabel")->text().isEmpty());
            QVERIFY(!child<QLineEdit>(change, "currentPasswordEdit")->isVisible()); // just typed it
            // Too weak first: the rules say why, and nothing changes.
            child<QLineEdit>(change, "newPasswordEdit")->setText(QStringLiteral("abc"));
            child<QLineEdit>(change, "repeatPasswordEdit")->setText(QStringLiteral("abc"));
            QTest::mouseClick(child<QPushButton>(change, "changePasswordButton"), Qt::LeftButton);
            QVERIFY(change->isVisible());
            QVERIFY(!child<QLabel>(change, "changePasswordErrorLabel")->text().isEmpty());
            child<QLineEdit>(change, "newPasswordEdit")->setText(kNewPassword);
            child<QLineEdit>(change, "repeatPasswordEdit")->setText(kNewPassword);
            screenshot(change, QStringLiteral("forced-password-change"));
            QTest::mouseClick(child<QPushButton>(change, "changePasswordButton"), Qt::LeftButton);
        });
        signInWith(*signIn, QStringLiteral("hd.suzuki"), kOperatorPassword);
    });
    auto signedIn = SignInFlow::run(f.tdb->url());
    QVERIFY(sawChange);
    QVERIFY(signedIn);
    QCOMPARE(signedIn->result.actor.operatorName, QStringLiteral("hd.suzuki"));
    QVERIFY(!signedIn->result.mustChangePassword);
    QVERIFY(!operatorRecord(*f.wf.db, QStringLiteral("hd.suzuki")).mustChangePassword);
    QCOMPARE(historyCount(*f.wf.db, Op::PasswordChanged, QStringLiteral("hd.suzuki")), 1);
    // The new password signs in; the old one no longer does.
    QVERIFY(!SignIn::open(urlOf(f), QStringLiteral("hd.suzuki"), kOperatorPassword, QStringLiteral("t")));
    QVERIFY(SignIn::open(urlOf(f), QStringLiteral("hd.suzuki"), kNewPassword, QStringLiteral("t")));
}

void TstSignIn::firstAdministratorOfOldDatabase()
{
    // A database without operators (made before they existed): the first administrator comes first.
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    later([] {
        auto* d = visibleDialog<OperatorDialog>();
        QVERIFY(d);
        QCOMPARE(d->objectName(), QStringLiteral("firstAdministratorDialog"));
        QVERIFY(!child<QComboBox>(d, "operatorRoleCombo")->isVisible()); // always an administrator
        child<QLineEdit>(d, "operatorLoginEdit")->setText(QStringLiteral("k.sato"));
        child<QLineEdit>(d, "operatorNameEdit")->setText(QStringLiteral("佐藤 健"));
        child<QLineEdit>(d, "newPasswordEdit")->setText(kNewPassword);
        child<QLineEdit>(d, "repeatPasswordEdit")->setText(kNewPassword);
        QTest::mouseClick(child<QPushButton>(d, "createOperatorButton"), Qt::LeftButton);
    });
    auto signedIn = SignInFlow::run(tdb->url());
    QVERIFY(signedIn);
    QCOMPARE(signedIn->result.actor.operatorName, QStringLiteral("k.sato"));
    QCOMPARE(signedIn->result.actor.role, std::optional<Role>(Role::Admin));
    QCOMPARE(historyCount(*db, Op::OperatorAdded), 1);
}

void TstSignIn::helpdeskSeesNoAdministration()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(f.wf.addUserWithIdentity(QStringLiteral("t.otsuka")).isEmpty());
    MainWindow window(*f.session);
    window.show();
    QVERIFY(navVisible(window, MainWindow::SettingsIndex));
    QVERIFY(child<QPushButton>(window.usersPage(), "deleteUserButton")->isVisibleTo(window.usersPage()));

    const Actor helpdesk = f.wf.actorFor(Role::Helpdesk);
    window.showPage(MainWindow::SettingsIndex);
    f.session->setSignedIn(helpdesk, QStringLiteral("Helpdesk Tanaka"));
    QVERIFY(!navVisible(window, MainWindow::SettingsIndex));
    QVERIFY(!navVisible(window, MainWindow::CaIndex));
    QVERIFY(!navVisible(window, MainWindow::BulkIndex));
    QVERIFY(navVisible(window, MainWindow::UsersIndex));
    QVERIFY(navVisible(window, MainWindow::HistoryIndex));
    QCOMPARE(child<QStackedWidget>(&window, "pageStack")->currentIndex(), int(MainWindow::UsersIndex));
    QVERIFY(window.windowTitle().contains(QLatin1String("Helpdesk Tanaka")));
    QVERIFY(child<QLabel>(&window, "operatorLabel")->text().contains(QLatin1String("Helpdesk")));

    UsersPage* users = window.usersPage();
    users->selectUser(QStringLiteral("t.otsuka"));
    QVERIFY(!child<QPushButton>(users, "deleteUserButton")->isVisible());
    QVERIFY(!child<QPushButton>(users, "addUserButton")->isVisible());
    QVERIFY(!child<QPushButton>(users, "deleteInfoButton")->isVisible());
    QVERIFY(child<QPushButton>(users, "issueButton_1")->isVisible()); // issuing is helpdesk work
    QVERIFY(child<QAction>(&window, "lostDeviceAction")->isEnabled());
    // The history day view, but no yearly export.
    QVERIFY(child<QPushButton>(window.page(MainWindow::HistoryIndex), "exportYearButton")->isHidden());
    // The user selection is shown, not changed.
    auto* selection = window.page(MainWindow::SelectionIndex);
    QVERIFY(child<QPushButton>(selection, "applySelectionButton")->isHidden());
    screenshot(&window, QStringLiteral("helpdesk-window"));

    // Deleting a user is refused by the workflow too (not only hidden): one refusal row, nothing else.
    QVERIFY(!UserWorkflows(f.session->context()).remove(QStringLiteral("t.otsuka")));
    QVERIFY(UserWorkflows(f.session->context()).get(QStringLiteral("t.otsuka")));
    QCOMPARE(historyCount(*f.wf.db, Op::Refused, helpdesk.operatorName), 1);
}

void TstSignIn::auditorIsReadOnly()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(f.wf.addUserWithIdentity(QStringLiteral("t.otsuka")).isEmpty());
    MainWindow window(*f.session);
    window.show();
    f.session->setSignedIn(f.wf.actorFor(Role::Auditor), QStringLiteral("Auditor Ito"));
    QVERIFY(!navVisible(window, MainWindow::SettingsIndex));
    QVERIFY(!navVisible(window, MainWindow::CaIndex));
    QVERIFY(!navVisible(window, MainWindow::BulkIndex));
    UsersPage* users = window.usersPage();
    users->selectUser(QStringLiteral("t.otsuka"));
    QVERIFY(!users->findChild<QPushButton*>(QStringLiteral("issueButton_1")));
    QVERIFY(!users->findChild<QPushButton*>(QStringLiteral("revokeButton_1")));
    QVERIFY(!child<QPushButton>(users, "registerInfoButton")->isVisible());
    QVERIFY(!child<QAction>(&window, "lostDeviceAction")->isEnabled());
    QVERIFY(child<QPushButton>(&window, "dashPublishCrlButton")->isHidden());
    // Export of the history: administrators and auditors.
    QVERIFY(!child<QPushButton>(window.page(MainWindow::HistoryIndex), "exportYearButton")->isHidden());
    auto* selection = window.page(MainWindow::SelectionIndex);
    auto* model = qobject_cast<UserSelectionModel*>(child<QTableView>(selection, "selectionTable")->model());
    QVERIFY(model && model->isReadOnly());
    QVERIFY(!model->setData(model->index(0, UserSelectionModel::UseColumn), Qt::Checked, Qt::CheckStateRole));

    // Back to the administrator: everything is there again.
    f.session->setSignedIn(f.wf.ctx->actor(), QStringLiteral("Test Administrator"));
    QVERIFY(navVisible(window, MainWindow::SettingsIndex));
    QVERIFY(users->findChild<QPushButton*>(QStringLiteral("issueButton_1")));
    QVERIFY(!model->isReadOnly());
}

void TstSignIn::idleLockForgetsCaAndReturns()
{
    CERTDESK_GUI_FIXTURE(f, true);
    MainWindow window(*f.session);
    window.show();
    QCOMPARE(window.idleLockTimeoutMs(), 15 * 60 * 1000); // the default of session.idle_lock_minutes
    // The setting (Settings → General) applies as soon as it is saved.
    QVERIFY(SettingsWorkflows(f.session->context()).set(SettingKey::IdleLockMinutes, QStringLiteral("2")));
    f.session->notifySettingsChanged();
    QCOMPARE(window.idleLockTimeoutMs(), 2 * 60 * 1000);
    window.showPage(MainWindow::HistoryIndex);
    QVERIFY(f.session->context().unlockCa(kPassphrase));
    QVERIFY(f.session->caUnlocked());

    window.setIdleLockTimeoutMs(100);
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
    QVERIFY(!f.session->caUnlocked()); // the unlocked CA key is forgotten
    QVERIFY(window.lockScreen()->isVisible());
    QVERIFY(!child<QWidget>(&window, "workArea")->isVisible()); // no data on screen
    auto* login = child<QLineEdit>(window.lockScreen(), "signInLoginEdit");
    QCOMPARE(login->text(), kAdminLogin);
    QVERIFY(login->isReadOnly());
    screenshot(&window, QStringLiteral("idle-lock"));

    child<QLineEdit>(window.lockScreen(), "signInPasswordEdit")->setText(QStringLiteral("wrong one"));
    QTest::mouseClick(child<QPushButton>(window.lockScreen(), "unlockButton"), Qt::LeftButton);
    QVERIFY(window.isLocked());
    QVERIFY(!child<QLabel>(window.lockScreen(), "signInErrorLabel")->text().isEmpty());

    window.setIdleLockTimeoutMs(60 * 60 * 1000);
    child<QLineEdit>(window.lockScreen(), "signInPasswordEdit")->setText(kOperatorPassword);
    QTest::mouseClick(child<QPushButton>(window.lockScreen(), "unlockButton"), Qt::LeftButton);
    QVERIFY(!window.isLocked());
    QCOMPARE(child<QStackedWidget>(&window, "pageStack")->currentIndex(), int(MainWindow::HistoryIndex));
    QCOMPARE(f.session->actor().operatorName, kAdminLogin);
}

void TstSignIn::changePasswordAndSignOut()
{
    CERTDESK_GUI_FIXTURE(f, true);
    MainWindow window(*f.session);
    window.show();
    later([] {
        auto* d = visibleDialog<ChangePasswordDialog>();
        QVERIFY(d);
        QVERIFY(child<QLineEdit>(d, "currentPasswordEdit")->isVisible());
        child<QLineEdit>(d, "currentPasswordEdit")->setText(QStringLiteral("not my password"));
        child<QLineEdit>(d, "newPasswordEdit")->setText(kNewPassword);
        child<QLineEdit>(d, "repeatPasswordEdit")->setText(kNewPassword);
        QTest::mouseClick(child<QPushButton>(d, "changePasswordButton"), Qt::LeftButton);
        QVERIFY(d->isVisible());
        QVERIFY(!child<QLabel>(d, "changePasswordErrorLabel")->text().isEmpty());
        child<QLineEdit>(d, "currentPasswordEdit")->setText(kOperatorPassword);
        QTest::mouseClick(child<QPushButton>(d, "changePasswordButton"), Qt::LeftButton);
    });
    child<QAction>(&window, "changePasswordAction")->trigger();
    QVERIFY(SignIn::open(urlOf(f), kAdminLogin, kNewPassword, QStringLiteral("t")));

    QSignalSpy signedOut(&window, &MainWindow::signedOut);
    child<QAction>(&window, "signOutAction")->trigger();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!window.isVisible());
    QVERIFY(!f.session->actor().signedIn());
    QVERIFY(!f.session->may(Permission::ViewData));
    QCOMPARE(historyCount(*f.wf.db, Op::Logout, kAdminLogin), 1);
    // Another operator can sign in now.
    QVERIFY(addOperator(*f.wf.ctx, Role::Auditor, QStringLiteral("au.ito")));
    SignInDialog dialog(urlOf(f));
    dialog.show();
    signInWith(dialog, QStringLiteral("au.ito"), kOperatorPassword);
    QVERIFY(dialog.signedIn());
    QCOMPARE(dialog.signedIn()->result.actor.role, std::optional<Role>(Role::Auditor));
}

void TstSignIn::operatorsPage()
{
    CERTDESK_GUI_FIXTURE(f, true);
    MainWindow window(*f.session);
    window.show();
    window.showPage(MainWindow::SettingsIndex);
    auto* tabs = child<QTabWidget>(&window, "settingsTabs");
    auto* panel = child<OperatorsPanel>(&window, "operatorsPanel");
    tabs->setCurrentWidget(panel);
    auto* table = child<QTableWidget>(panel, "operatorsTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, OperatorsPanel::LoginColumn)->text(), kAdminLogin);

    // Add: a password that breaks the rules is refused in the dialog, then a good one.
    later([] {
        auto* d = visibleDialog<OperatorDialog>();
        QVERIFY(d);
        child<QLineEdit>(d, "operatorLoginEdit")->setText(QStringLiteral("hd.kato"));
        child<QLineEdit>(d, "operatorNameEdit")->setText(QStringLiteral("加藤 由美"));
        auto* role = child<QComboBox>(d, "operatorRoleCombo");
        role->setCurrentIndex(role->findData(Roles::id(Role::Helpdesk)));
        child<QLineEdit>(d, "newPasswordEdit")->setText(QStringLiteral("hd.kato-12345"));
        child<QLineEdit>(d, "repeatPasswordEdit")->setText(QStringLiteral("hd.kato-12345"));
        QTest::mouseClick(child<QPushButton>(d, "createOperatorButton"), Qt::LeftButton);
        QVERIFY(d->isVisible());
        QVERIFY(!child<QLabel>(d, "operatorErrorLabel")->text().isEmpty()); // contains the login name
        child<QLineEdit>(d, "newPasswordEdit")->setText(kNewPassword);
        child<QLineEdit>(d, "repeatPasswordEdit")->setText(kNewPassword);
        QTest::mouseClick(child<QPushButton>(d, "createOperatorButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(panel, "addOperatorButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(panel->selectedLogin(), QStringLiteral("hd.kato"));
    QVERIFY(operatorRecord(*f.wf.db, QStringLiteral("hd.kato")).mustChangePassword);
    QCOMPARE(historyCount(*f.wf.db, Op::OperatorAdded), 2); // the fixture's administrator and this one
    screenshot(&window, QStringLiteral("operators"));

    // Change the role.
    auto* role = child<QComboBox>(panel, "roleChangeCombo");
    role->setCurrentIndex(role->findData(Roles::id(Role::Auditor)));
    QTest::mouseClick(child<QPushButton>(panel, "setRoleButton"), Qt::LeftButton);
    QCOMPARE(operatorRecord(*f.wf.db, QStringLiteral("hd.kato")).role, Roles::id(Role::Auditor));
    QVERIFY(child<QLabel>(panel, "operatorsStatusLabel")->text().contains(QLatin1String("hd.kato")));

    // Reset the password: must change it at the next sign-in.
    later([] {
        auto* d = visibleDialog<ResetPasswordDialog>();
        QVERIFY(d);
        child<QLineEdit>(d, "newPasswordEdit")->setText(QStringLiteral("Tsukimi-Dango-77"));
        child<QLineEdit>(d, "repeatPasswordEdit")->setText(QStringLiteral("Tsukimi-Dango-77"));
        QTest::mouseClick(child<QPushButton>(d, "resetPasswordConfirmButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(panel, "resetPasswordButton"), Qt::LeftButton);
    auto reset = SignIn::open(urlOf(f), QStringLiteral("hd.kato"), QStringLiteral("Tsukimi-Dango-77"),
                              QStringLiteral("t"));
    QVERIFY(reset);
    QVERIFY(reset->result.mustChangePassword);

    // Unlock is offered only for a locked operator.
    QVERIFY(panel->selectOperator(QStringLiteral("hd.kato")));
    QVERIFY(!child<QPushButton>(panel, "unlockOperatorButton")->isEnabled());

    // Disable: asks first; "No" changes nothing.
    Prompts::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(panel, "disableOperatorButton"), Qt::LeftButton);
    QVERIFY(!operatorRecord(*f.wf.db, QStringLiteral("hd.kato")).disabled);
    Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(panel, "disableOperatorButton"), Qt::LeftButton);
    QVERIFY(operatorRecord(*f.wf.db, QStringLiteral("hd.kato")).disabled);
    QCOMPARE(historyCount(*f.wf.db, Op::OperatorDisabled), 1);
    const int row = table->findItems(QStringLiteral("hd.kato"), Qt::MatchExactly).value(0)->row();
    QVERIFY(!table->item(row, OperatorsPanel::DisabledColumn)->text().isEmpty());
    QVERIFY(!SignIn::open(urlOf(f), QStringLiteral("hd.kato"), QStringLiteral("Tsukimi-Dango-77"),
                          QStringLiteral("t")));
}

void TstSignIn::lastAdministratorIsKept()
{
    CERTDESK_GUI_FIXTURE(f, true);
    OperatorsPanel panel(*f.session);
    panel.show();
    QVERIFY(panel.selectOperator(kAdminLogin));
    auto* role = child<QComboBox>(&panel, "roleChangeCombo");
    role->setCurrentIndex(role->findData(Roles::id(Role::Helpdesk)));
    QTest::mouseClick(child<QPushButton>(&panel, "setRoleButton"), Qt::LeftButton);
    const QString refused = child<QLabel>(&panel, "operatorsErrorLabel")->text();
    QVERIFY2(refused.contains(QLatin1String("last active administrator")), qPrintable(refused));
    QCOMPARE(operatorRecord(*f.wf.db, kAdminLogin).role, Roles::id(Role::Admin));
    QCOMPARE(f.session->actor().role, std::optional<Role>(Role::Admin));
}

QTEST_MAIN(TstSignIn)
#include "tst_SignIn.moc"
