// Issue 17 §5: right after the first-run setup (no user yet) the users screen shows the next steps as
// buttons that open their screens; the empty state goes away as soon as a user exists, also one added
// on another desktop (live), and comes back when the last user is deleted. The helpdesk gets no button.
#include "GuiFixture.h"
#include "UsersModel.h"
#include "shell/MainWindow.h"
#include "shell/UiLanguage.h"
#include "users/UserDialog.h"
#include "users/UsersPage.h"
#include "util/AppTranslator.h"
#include "workflows/UserWorkflows.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>

using namespace certdesk;
using namespace certdesk::test;

namespace {

constexpr int kLiveTimeoutMs = 8000;

QString currentSettingsTab(MainWindow& w)
{
    auto* tabs = child<QTabWidget>(w.page(MainWindow::SettingsIndex), "settingsTabs");
    return QString::fromLatin1(tabs->currentWidget()->metaObject()->className());
}

} // namespace

class tst_UsersEmptyState : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("CERTDESK_NO_MAIL_SENDER", "1");
        qputenv("CERTDESK_NO_CRL_SCHEDULE", "1");
        switchUiLanguage(QStringLiteral("en"));
    }
    void nextStepsOpenTheirScreens();
    void goesAwayLiveWhenAUserIsAdded();
    void helpdeskIsToldWhoAddsUsers();
    void wizardsAddUsersOpensTheDialog();
};

void tst_UsersEmptyState::nextStepsOpenTheirScreens()
{
    CERTDESK_GUI_FIXTURE(f, true);
    MainWindow w(*f.session);
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    UsersPage* users = w.usersPage();
    QVERIFY(users->showsEmptyState());
    QVERIFY(child<QWidget>(users, "usersEmptyState")->isVisible());
    QVERIFY(!child<QWidget>(users, "usersTable")->isVisible());
    QCOMPARE(child<QLabel>(users, "usersEmptyTitle")->text(), QStringLiteral("No users yet"));
    auto* nav = child<QListWidget>(&w, "navList");

    QTest::mouseClick(child<QPushButton>(users, "emptyImportCsvButton"), Qt::LeftButton);
    QCOMPARE(nav->currentRow(), int(MainWindow::BulkIndex));
    w.showPage(MainWindow::UsersIndex);
    QTest::mouseClick(child<QPushButton>(users, "emptyMailButton"), Qt::LeftButton);
    QCOMPARE(nav->currentRow(), int(MainWindow::SettingsIndex));
    QCOMPARE(currentSettingsTab(w), QStringLiteral("certdesk::MailSettingsPanel"));
    w.showPage(MainWindow::UsersIndex);
    QTest::mouseClick(child<QPushButton>(users, "emptyPortalButton"), Qt::LeftButton);
    QCOMPARE(nav->currentRow(), int(MainWindow::SettingsIndex));
    QCOMPARE(currentSettingsTab(w), QStringLiteral("certdesk::PortalSettingsPanel"));
    w.showPage(MainWindow::UsersIndex);

    // "Add a user…" opens the user dialog; the user added there replaces the empty state.
    bool dialogShown = false;
    later([&] {
        auto* d = visibleDialog<UserDialog>();
        dialogShown = d != nullptr;
        if (!d)
            return;
        QTest::keyClicks(child<QLineEdit>(d, "loginIdEdit"), QStringLiteral("first.user"));
        QTest::keyClicks(child<QLineEdit>(d, "displayNameEdit"), QStringLiteral("First User"));
        QTest::keyClicks(child<QLineEdit>(d, "emailEdit"), QStringLiteral("first.user@example.jp"));
        d->accept();
    });
    QTest::mouseClick(child<QPushButton>(users, "emptyAddUserButton"), Qt::LeftButton);
    QVERIFY(dialogShown);
    QTRY_VERIFY(!users->showsEmptyState());
    QVERIFY(child<QWidget>(users, "usersTable")->isVisible());
    QCOMPARE(users->selectedLogin(), QStringLiteral("first.user"));

    // Deleting the last user brings the next steps back.
    Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(users, "deleteUserButton"), Qt::LeftButton);
    QTRY_VERIFY(users->showsEmptyState());
}

void tst_UsersEmptyState::goesAwayLiveWhenAUserIsAdded()
{
    CERTDESK_GUI_FIXTURE(f, true);
    // This desktop has its own connection; the fixture's connection is "another desktop".
    AppSession desk(f.tdb->open());
    desk.setSignedIn(f.wf.ctx->actor(), QStringLiteral("This Desktop"));
    MainWindow w(desk);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.usersPage()->showsEmptyState());
    UserInput input;
    input.loginId = QStringLiteral("elsewhere");
    input.displayName = QStringLiteral("Added Elsewhere");
    input.email = QStringLiteral("elsewhere@example.jp");
    auto added = UserWorkflows(*f.wf.ctx).add(input);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(!w.usersPage()->showsEmptyState(), kLiveTimeoutMs);
    QVERIFY(child<QWidget>(w.usersPage(), "usersTable")->isVisible());
    QCOMPARE(w.usersPage()->usersModel()->totalCount(), 1);
}

void tst_UsersEmptyState::helpdeskIsToldWhoAddsUsers()
{
    CERTDESK_GUI_FIXTURE(f, true);
    f.session->setSignedIn(f.wf.actorFor(Role::Helpdesk), QStringLiteral("Help Desk"));
    MainWindow w(*f.session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    UsersPage* users = w.usersPage();
    QVERIFY(users->showsEmptyState());
    for (const char* name :
         {"emptyAddUserButton", "emptyImportCsvButton", "emptyMailButton", "emptyPortalButton"})
        QVERIFY2(!child<QPushButton>(users, name)->isVisible(), name);
    QVERIFY2(
        child<QLabel>(users, "usersEmptyText")->text().startsWith(QStringLiteral("An administrator adds")),
        qPrintable(child<QLabel>(users, "usersEmptyText")->text()));
}

QTEST_MAIN(tst_UsersEmptyState)
#include "tst_UsersEmptyState.moc"

// The first-run wizard's "Add users" (MainWindow::openScreen("addUser")) lands on the users screen with
// the Add user dialog open, from whichever screen was shown.
void tst_UsersEmptyState::wizardsAddUsersOpensTheDialog()
{
    CERTDESK_GUI_FIXTURE(f, true);
    MainWindow w(*f.session);
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showPage(MainWindow::HistoryIndex);
    bool dialogShown = false;
    later(
        [&] {
            auto* d = visibleDialog<UserDialog>();
            dialogShown = d != nullptr;
            if (d)
                d->reject();
        },
        300); // after openScreen's deferred dialog has opened
    w.openScreen(QStringLiteral("addUser"));
    QCOMPARE(child<QListWidget>(&w, "navList")->currentRow(), int(MainWindow::UsersIndex));
    QTRY_VERIFY(dialogShown);
    QVERIFY(w.usersPage()->showsEmptyState());
}
