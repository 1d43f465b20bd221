// UsersPage: search, group filter, users table, the certificate panel and its slot table,
// add / edit / delete user.
#include "GuiFixture.h"
#include "SlotsModel.h"
#include "UsersModel.h"
#include "UsersTestHelpers.h"
#include "users/CertificatePanel.h"
#include "users/UserDialog.h"
#include "users/UsersPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace certdesk;
using namespace certdesk::test;

class tst_UsersPage : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::clearShownMessages(); }
    void cleanup() { QVERIFY2(!Prompts::hasQueuedAnswers(), "a queued prompt answer was not used"); }

    void searchIsLiveAndDebounced();
    void groupFilter();
    void selectingAUserFillsThePanel();
    void slotTableColumnsAndButtons();
    void userWithoutInformation();
    void sortingByHeaderClick();
    void refreshesOnSessionSignals();
    void addUserValidatesInline();
    void addUserFailureKeepsInput();
    void editUser();
    void deleteUserAsks();
    void languageChangeRetranslates();

private:
    bool makeUsers(GuiFixture& f);
};

bool tst_UsersPage::makeUsers(GuiFixture& f)
{
    return addPerson(f, QStringLiteral("yamada"), QStringLiteral("山田"), QStringLiteral("太郎"),
                     QStringLiteral("ヤマダ"), QStringLiteral("タロウ"), {QStringLiteral("sales")}) &&
           addPerson(f, QStringLiteral("sato"), QStringLiteral("佐藤"), QStringLiteral("花子"),
                     QStringLiteral("サトウ"), QStringLiteral("ハナコ"), {QStringLiteral("dev")}) &&
           addPerson(f, QStringLiteral("suzuki"), QStringLiteral("鈴木"), QStringLiteral("一郎"), {}, {},
                     {QStringLiteral("dev")});
}

void tst_UsersPage::searchIsLiveAndDebounced()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(makeUsers(f));
    UsersPage page(*f.session);
    page.show();
    QCOMPARE(page.title(), QStringLiteral("Users & certificates"));
    auto* table = child<QTableView>(&page, "usersTable");
    QCOMPARE(table->model()->rowCount(), 3);
    auto* search = child<QLineEdit>(&page, "userSearchEdit");
    QTest::keyClicks(search, QStringLiteral("sat"));
    QCOMPARE(table->model()->rowCount(), 3); // debounced: not on every keystroke
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, UsersModel::LoginIdColumn).data().toString(), QStringLiteral("sato"));
    // By furigana and by English name too.
    search->clear();
    typeText(search, QStringLiteral("ヤマダ"));
    QTRY_COMPARE(table->model()->index(0, UsersModel::LoginIdColumn).data().toString(),
                 QStringLiteral("yamada"));
    QCOMPARE(table->model()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("hanako"));
    QTRY_COMPARE(table->model()->index(0, UsersModel::LoginIdColumn).data().toString(),
                 QStringLiteral("sato"));
    QCOMPARE(table->model()->rowCount(), 1);
    // Enter searches at once.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("suzu"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(table->model()->rowCount(), 1);
}

void tst_UsersPage::groupFilter()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(makeUsers(f));
    UsersPage page(*f.session);
    page.show();
    auto* group = child<QComboBox>(&page, "groupFilterCombo");
    QCOMPARE(group->count(), 3);
    QCOMPARE(group->itemText(0), QStringLiteral("All users"));
    QCOMPARE(group->itemText(1), QStringLiteral("dev"));
    group->setCurrentIndex(1);
    auto* table = child<QTableView>(&page, "usersTable");
    QCOMPARE(table->model()->rowCount(), 2);
    group->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 3);
}

void tst_UsersPage::selectingAUserFillsThePanel()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(makeUsers(f));
    QVERIFY(UserWorkflows(*f.wf.ctx).setCertAuth(QStringLiteral("sato"), true));
    UsersPage page(*f.session);
    page.show();
    auto* table = child<QTableView>(&page, "usersTable");
    const int row = page.usersModel()->rowOfLogin(QStringLiteral("sato"));
    QVERIFY(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(row, 0)).center());
    QCOMPARE(page.selectedLogin(), QStringLiteral("sato"));
    QCOMPARE(child<QLabel>(&page, "userLabel")->text(), QStringLiteral("佐藤 花子 <sato@example.jp>"));
    QCOMPARE(child<QLabel>(&page, "certAuthLabel")->text(), QStringLiteral("Certificate authentication: on"));
    QCOMPARE(child<QLabel>(&page, "familyNameValue")->text(), QStringLiteral("佐藤"));
    QCOMPARE(child<QLabel>(&page, "givenKanaValue")->text(), QStringLiteral("ハナコ"));
    QCOMPARE(child<QLabel>(&page, "familyEnValue")->text(), QStringLiteral("sato"));
    QCOMPARE(child<QLabel>(&page, "givenEnValue")->text(), QStringLiteral("hanako"));
    QVERIFY(child<QPushButton>(&page, "editUserButton")->isEnabled());
    QVERIFY(child<QPushButton>(&page, "deleteUserButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "registerInfoButton")->isEnabled());
    QVERIFY(child<QPushButton>(&page, "deleteInfoButton")->isEnabled());

    page.selectUser(QStringLiteral("yamada"));
    QCOMPARE(child<QLabel>(&page, "certAuthLabel")->text(),
             QStringLiteral("Certificate authentication: off"));
    QCOMPARE(table->selectionModel()->selectedRows().value(0).data(UsersModel::LoginIdRole).toString(),
             QStringLiteral("yamada"));
}

void tst_UsersPage::slotTableColumnsAndButtons()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(makeUsers(f));
    QVERIFY(issueDirect(f, QStringLiteral("yamada"), QStringLiteral("windows"), QStringLiteral("laptop")));
    UsersPage page(*f.session);
    page.show();
    page.selectUser(QStringLiteral("yamada"));
    auto* slotsTable = child<QTableView>(&page, "slotsTable");
    QAbstractItemModel* m = slotsTable->model();
    QCOMPARE(m->rowCount(), 5);
    const QStringList headers{QStringLiteral("Status"),       QStringLiteral("Device"),
                              QStringLiteral("Mail address"), QStringLiteral("Expiry"),
                              QStringLiteral("Operation"),    QStringLiteral("Remarks")};
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(m->headerData(c, Qt::Horizontal).toString(), headers.at(c));
    QCOMPARE(m->index(0, SlotsModel::StatusColumn).data().toString(), QStringLiteral("Awaiting download"));
    QCOMPARE(m->index(0, SlotsModel::MailColumn).data().toString(), QStringLiteral("yamada@example.jp"));
    QVERIFY(!child<QPushButton>(&page, "issueButton_1")->isEnabled());
    QVERIFY(child<QPushButton>(&page, "revokeButton_1")->isEnabled());
    for (int slot = 2; slot <= 5; ++slot) {
        auto* issue = page.findChild<QPushButton*>(QStringLiteral("issueButton_%1").arg(slot));
        auto* revoke = page.findChild<QPushButton*>(QStringLiteral("revokeButton_%1").arg(slot));
        QVERIFY(issue && revoke);
        QVERIFY(issue->isEnabled());
        QVERIFY(!revoke->isEnabled());
        // The buttons sit in the Operation column.
        QCOMPARE(slotsTable->indexWidget(m->index(slot - 1, SlotsModel::OperationColumn)),
                 issue->parentWidget());
    }
    // "certificates" with the English catalogue, "certificate(s)" without: the number is what matters.
    QVERIFY(child<QLabel>(&page, "slotNoteLabel")->text().contains(QStringLiteral("up to 5 certificate")));
    // The users table counts the certificate.
    const int row = page.usersModel()->rowOfLogin(QStringLiteral("yamada"));
    QVERIFY(page.usersModel()
                ->index(row, UsersModel::IssuedColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("1 certificate")));
}

void tst_UsersPage::userWithoutInformation()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(makeUsers(f));
    UsersPage page(*f.session);
    page.show();
    page.selectUser(QStringLiteral("suzuki"));
    QVERIFY(child<QPushButton>(&page, "registerInfoButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "deleteInfoButton")->isEnabled());
    QCOMPARE(child<QLabel>(&page, "familyNameValue")->text(), QStringLiteral("Not registered"));
    QVERIFY(child<QLabel>(&page, "identityStateLabel")->text().contains(QStringLiteral("not registered")));
    QVERIFY(!child<QPushButton>(&page, "issueButton_1")->isEnabled());
}

void tst_UsersPage::sortingByHeaderClick()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(makeUsers(f));
    UsersPage page(*f.session);
    page.resize(900, 600);
    page.show();
    auto* table = child<QTableView>(&page, "usersTable");
    QCOMPARE(table->model()->index(0, UsersModel::LoginIdColumn).data().toString(), QStringLiteral("sato"));
    QHeaderView* header = table->horizontalHeader();
    const QPoint loginHeader(header->sectionViewportPosition(UsersModel::LoginIdColumn) + 5,
                             header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, loginHeader); // ascending → descending
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, UsersModel::LoginIdColumn).data().toString(), QStringLiteral("yamada"));
}

void tst_UsersPage::refreshesOnSessionSignals()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(makeUsers(f));
    UsersPage page(*f.session);
    page.show();
    page.selectUser(QStringLiteral("sato"));
    QVERIFY(issueDirect(f, QStringLiteral("sato"), QStringLiteral("mac")));
    f.session->notifyCertificatesChanged(QStringLiteral("sato"));
    QCOMPARE(page.certificatePanel()->slotsModel()->index(0, SlotsModel::StatusColumn).data().toString(),
             QStringLiteral("Awaiting download"));
    QVERIFY(child<QPushButton>(&page, "revokeButton_1")->isEnabled());
    QCOMPARE(page.selectedLogin(), QStringLiteral("sato")); // the selection survives the reload

    UserInput u;
    u.loginId = QStringLiteral("tanaka");
    u.email = QStringLiteral("tanaka@example.jp");
    QVERIFY(UserWorkflows(*f.wf.ctx).add(u));
    f.session->notifyUsersChanged();
    QCOMPARE(child<QTableView>(&page, "usersTable")->model()->rowCount(), 4);
}

void tst_UsersPage::addUserValidatesInline()
{
    CERTDESK_GUI_FIXTURE(f, true);
    UsersPage page(*f.session);
    page.show();
    bool checked = false;
    later([&] {
        auto* d = visibleDialog<UserDialog>();
        QVERIFY(d);
        auto* ok = child<QPushButton>(d, "okButton");
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(d, "loginIdEdit"), QStringLiteral("bad id"));
        QVERIFY(child<QLabel>(d, "loginIdErrorLabel")->isVisible());
        child<QLineEdit>(d, "loginIdEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(d, "loginIdEdit"), QStringLiteral("kato"));
        QVERIFY(!child<QLabel>(d, "loginIdErrorLabel")->isVisible());
        QVERIFY(!ok->isEnabled()); // e-mail still missing
        QTest::keyClicks(child<QLineEdit>(d, "emailEdit"), QStringLiteral("kato@"));
        QVERIFY(child<QLabel>(d, "emailErrorLabel")->isVisible());
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(d, "emailEdit"), QStringLiteral("example.jp"));
        QVERIFY(ok->isEnabled());
        typeText(child<QLineEdit>(d, "displayNameEdit"), QStringLiteral("加藤 健"));
        typeText(child<QLineEdit>(d, "departmentEdit"), QStringLiteral("総務部"));
        QTest::keyClicks(child<QLineEdit>(d, "groupsEdit"), QStringLiteral("office, tokyo,,office"));
        checked = true;
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, "addUserButton"), Qt::LeftButton);
    QVERIFY(checked);
    auto user = UserWorkflows(*f.wf.ctx).get(QStringLiteral("kato"));
    QVERIFY(user);
    QCOMPARE(user->displayName, QStringLiteral("加藤 健"));
    QCOMPARE(user->groups, (QStringList{QStringLiteral("office"), QStringLiteral("tokyo")}));
    QCOMPARE(page.selectedLogin(), QStringLiteral("kato"));
    QCOMPARE(child<QLabel>(&page, "familyNameValue")->text(), QStringLiteral("Not registered"));
    QCOMPARE(historyCount(f, Op::UserAdd), 1);
}

void tst_UsersPage::addUserFailureKeepsInput()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(makeUsers(f));
    UserDialog d(*f.session);
    d.show();
    QTest::keyClicks(child<QLineEdit>(&d, "loginIdEdit"), QStringLiteral("sato")); // exists already
    QTest::keyClicks(child<QLineEdit>(&d, "emailEdit"), QStringLiteral("other@example.jp"));
    Prompts::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(&d, "okButton"), Qt::LeftButton);
    QVERIFY(d.isVisible());
    QVERIFY(shownMessageContains(QStringLiteral("already exists")));
    QCOMPARE(child<QLineEdit>(&d, "emailEdit")->text(), QStringLiteral("other@example.jp"));
}

void tst_UsersPage::editUser()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(makeUsers(f));
    UsersPage page(*f.session);
    page.show();
    page.selectUser(QStringLiteral("sato"));
    later([&] {
        auto* d = visibleDialog<UserDialog>();
        QVERIFY(d);
        QVERIFY(d->isEditing());
        QVERIFY(child<QLineEdit>(d, "loginIdEdit")->isReadOnly());
        QCOMPARE(child<QLineEdit>(d, "groupsEdit")->text(), QStringLiteral("dev"));
        QTest::keyClicks(child<QLineEdit>(d, "titleEdit"), QStringLiteral("Manager"));
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, "editUserButton"), Qt::LeftButton);
    QCOMPARE(UserWorkflows(*f.wf.ctx).get(QStringLiteral("sato"))->title, QStringLiteral("Manager"));
    QCOMPARE(page.selectedLogin(), QStringLiteral("sato"));
}

void tst_UsersPage::deleteUserAsks()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(makeUsers(f));
    QVERIFY(issueDirect(f, QStringLiteral("sato"), QStringLiteral("windows")));
    UsersPage page(*f.session);
    page.show();
    page.selectUser(QStringLiteral("sato"));
    const QString before = dumpContent(*f.wf.db);
    Prompts::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(&page, "deleteUserButton"), Qt::LeftButton);
    QCOMPARE(dumpContent(*f.wf.db), before);
    QVERIFY(shownMessageContains(QStringLiteral("revokes all 1 certificate")));

    Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&page, "deleteUserButton"), Qt::LeftButton);
    QVERIFY(!UserWorkflows(*f.wf.ctx).get(QStringLiteral("sato")));
    QCOMPARE(child<QTableView>(&page, "usersTable")->model()->rowCount(), 2);
    QVERIFY(page.selectedLogin().isEmpty());
    QVERIFY(!child<QPushButton>(&page, "deleteUserButton")->isEnabled());
    QCOMPARE(historyCount(f, Op::Revoke), 1);
}

void tst_UsersPage::languageChangeRetranslates()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(makeUsers(f));
    UsersPage page(*f.session);
    page.show();
    page.selectUser(QStringLiteral("sato"));
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&page, &change);
    QApplication::sendEvent(page.certificatePanel(), &change);
    QCOMPARE(child<QComboBox>(&page, "groupFilterCombo")->itemText(0), QStringLiteral("All users"));
    QVERIFY(child<QPushButton>(&page, "issueButton_1")); // rebuilt, still there
    QCOMPARE(child<QLabel>(&page, "familyNameValue")->text(), QStringLiteral("佐藤"));
}

QTEST_MAIN(tst_UsersPage)
#include "tst_UsersPage.moc"
