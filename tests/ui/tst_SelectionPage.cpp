// 証明書認証(利用者選択): select all on a page + Apply, Cancel changes nothing, paging over 250 users
// (pending changes survive page switches), the radio cells, CSV export, the default for new users.
#include "GuiFixture.h"
#include "Screenshot.h"
#include "UserSelectionModel.h"
#include "selection/SelectionPage.h"
#include "store/Settings.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace certdesk;

namespace {

QString addUsers(test::GuiFixture& f, int n, const QStringList& groups = {},
                 const QString& prefix = QStringLiteral("user"))
{
    UserWorkflows users(*f.wf.ctx);
    for (int i = 0; i < n; ++i) {
        UserInput u;
        u.loginId = QStringLiteral("%1%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
        u.email = u.loginId + QStringLiteral("@example.jp");
        u.displayName = QStringLiteral("User %1").arg(i, 3, 10, QLatin1Char('0'));
        u.groups = groups;
        u.certAuth = false;
        if (auto r = users.add(u); !r)
            return r.error().message;
    }
    return {};
}

int historyCount(test::GuiFixture& f, const QString& op)
{
    HistoryFilter filter;
    filter.operation = op;
    auto n = HistoryLog::count(*f.wf.db, filter);
    return n ? int(n.value()) : -1;
}

// Two users with the same name in different departments and groups, and a third.
QString addNamesakes(test::GuiFixture& f)
{
    struct Person
    {
        const char* login;
        QString name;
        QString department;
        QString group;
    };
    const Person people[] = {
        {"sato.sales", QStringLiteral("佐藤 一郎"), QStringLiteral("営業部"), QStringLiteral("sales")},
        {"sato.dev", QStringLiteral("佐藤 一郎"), QStringLiteral("開発部"), QStringLiteral("dev")},
        {"suzuki", QStringLiteral("鈴木 花子"), QStringLiteral("営業部"), QStringLiteral("sales")},
    };
    for (const Person& p : people) {
        UserInput u;
        u.loginId = QString::fromLatin1(p.login);
        u.email = u.loginId + QStringLiteral("@example.jp");
        u.displayName = p.name;
        u.department = p.department;
        u.groups = {p.group};
        u.certAuth = false;
        if (auto r = UserWorkflows(*f.wf.ctx).add(u); !r)
            return r.error().message;
    }
    return {};
}

QStringList shownLogins(QTableView* table)
{
    QStringList out;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        out << table->model()->index(r, 0).data(UserSelectionModel::LoginIdRole).toString();
    return out;
}

void search(SelectionPage& page, const QString& text)
{
    auto* edit = test::child<QLineEdit>(&page, "selectionSearchEdit");
    edit->setText(text);
    QTest::keyClick(edit, Qt::Key_Return); // at once, without waiting for the typing pause
}

} // namespace

class TstSelectionPage : public QObject
{
    Q_OBJECT
private slots:
    void selectAllUseAndApply();
    void cancelChangesNothing();
    void pagingKeepsPendingChanges();
    void radioCellClick();
    void exportCsvOfGroup();
    void defaultForNewUsers();
    void searchGroupFilterAndColumns();
    void searchKeepsPendingChanges();
    void compactLayout();
    void hiddenReloadsWhenShown();
};

void TstSelectionPage::selectAllUseAndApply()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(addUsers(f, 3), QString());
    SelectionPage page(*f.session);
    page.show();
    QCOMPARE(page.title(), QStringLiteral("Certificate authentication"));
    auto* apply = test::child<QPushButton>(&page, "applySelectionButton");
    QVERIFY(apply);
    QVERIFY(!apply->isEnabled());
    QTest::mouseClick(test::child<QPushButton>(&page, "selectAllUseButton"), Qt::LeftButton);
    QVERIFY(apply->isEnabled());
    QSignalSpy usersChanged(f.session.get(), &AppSession::usersChanged);
    Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(!Prompts::hasQueuedAnswers());
    QVERIFY2(Prompts::shownMessages().join(QLatin1Char('\n')).contains(QLatin1String("3")),
             qPrintable(Prompts::shownMessages().join(QLatin1Char('\n'))));
    for (int i = 0; i < 3; ++i) {
        auto u = UserWorkflows(*f.wf.ctx).get(QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(u);
        QVERIFY(u->certAuth);
    }
    QCOMPARE(historyCount(f, Op::CertAuthOn), 3);
    QCOMPARE(usersChanged.count(), 1);
    QVERIFY(!apply->isEnabled());
    QVERIFY(!page.model()->hasPendingChanges());
    QVERIFY(!test::child<QLabel>(&page, "selectionStatusLabel")->text().isEmpty());
}

void TstSelectionPage::cancelChangesNothing()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(addUsers(f, 4), QString());
    SelectionPage page(*f.session);
    page.show();
    const QString before = test::dumpContent(*f.wf.db);
    QTest::mouseClick(test::child<QPushButton>(&page, "selectAllUseButton"), Qt::LeftButton);
    Prompts::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(test::child<QPushButton>(&page, "applySelectionButton"), Qt::LeftButton);
    QVERIFY(!Prompts::hasQueuedAnswers());
    QCOMPARE(test::dumpContent(*f.wf.db), before);
    // Still pending: the administrator can apply later or discard.
    QVERIFY(page.model()->hasPendingChanges());
    QTest::mouseClick(test::child<QPushButton>(&page, "discardSelectionButton"), Qt::LeftButton);
    QVERIFY(!page.model()->hasPendingChanges());
    QVERIFY(!test::child<QPushButton>(&page, "applySelectionButton")->isEnabled());
    QCOMPARE(test::dumpContent(*f.wf.db), before);
}

void TstSelectionPage::pagingKeepsPendingChanges()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(addUsers(f, 250), QString());
    SelectionPage page(*f.session);
    page.show();
    auto* label = test::child<QLabel>(&page, "pageLabel");
    auto* prev = test::child<QPushButton>(&page, "prevPageButton");
    auto* next = test::child<QPushButton>(&page, "nextPageButton");
    auto* table = test::child<QTableView>(&page, "selectionTable");
    QVERIFY(label && prev && next && table);
    QCOMPARE(table->model()->rowCount(), 100);
    QVERIFY(label->text().contains(QLatin1String("1 of 3")));
    QVERIFY(label->text().contains(QLatin1String("250")));
    QVERIFY(!prev->isEnabled());
    QVERIFY(next->isEnabled());

    QTest::mouseClick(test::child<QPushButton>(&page, "selectAllUseButton"), Qt::LeftButton);
    QCOMPARE(page.model()->pendingChanges().size(), 100);
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(label->text().contains(QLatin1String("2 of 3")));
    QCOMPARE(table->model()->index(0, 0).data(UserSelectionModel::LoginIdRole).toString(),
             QStringLiteral("user100"));
    QTest::mouseClick(test::child<QPushButton>(&page, "selectAllUseButton"), Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(label->text().contains(QLatin1String("3 of 3")));
    QCOMPARE(table->model()->rowCount(), 50);
    page.resize(900, 640);
    test::screenshot(&page, QStringLiteral("selection-page3"));
    QVERIFY(!next->isEnabled());
    QVERIFY(prev->isEnabled());
    QCOMPARE(page.model()->pendingChanges().size(), 200);
    QTest::mouseClick(prev, Qt::LeftButton);
    QTest::mouseClick(prev, Qt::LeftButton);
    QVERIFY(label->text().contains(QLatin1String("1 of 3")));
    QCOMPARE(table->model()->index(0, UserSelectionModel::UseColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));

    Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(test::child<QPushButton>(&page, "applySelectionButton"), Qt::LeftButton);
    QVERIFY(Prompts::shownMessages().join(QLatin1Char('\n')).contains(QLatin1String("200")));
    QCOMPARE(historyCount(f, Op::CertAuthOn), 200);
    QVERIFY(UserWorkflows(*f.wf.ctx).get(QStringLiteral("user199"))->certAuth);
    QVERIFY(!UserWorkflows(*f.wf.ctx).get(QStringLiteral("user200"))->certAuth);
}

void TstSelectionPage::radioCellClick()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(addUsers(f, 2), QString());
    SelectionPage page(*f.session);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = test::child<QTableView>(&page, "selectionTable");
    const QModelIndex use = table->model()->index(1, UserSelectionModel::UseColumn);
    const QModelIndex dontUse = table->model()->index(1, UserSelectionModel::DontUseColumn);
    QCOMPARE(dontUse.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(use).center());
    QCOMPARE(use.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(dontUse.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(page.model()->pendingChanges().size(), 1);
    QVERIFY(test::child<QPushButton>(&page, "applySelectionButton")->isEnabled());
    // Clicking the chosen radio again changes nothing; choosing the other one undoes the change.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(use).center());
    QCOMPARE(page.model()->pendingChanges().size(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(dontUse).center());
    QVERIFY(!page.model()->hasPendingChanges());
    QVERIFY(!test::child<QPushButton>(&page, "applySelectionButton")->isEnabled());
}

void TstSelectionPage::exportCsvOfGroup()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(addUsers(f, 2, {QStringLiteral("sales")}, QStringLiteral("sales")), QString());
    QCOMPARE(addUsers(f, 1, {QStringLiteral("dev")}, QStringLiteral("dev")), QString());
    QVERIFY(UserWorkflows(*f.wf.ctx).setCertAuth(QStringLiteral("sales001"), true));
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    UserInput taro;
    taro.loginId = QStringLiteral("taro");
    taro.email = QStringLiteral("taro@example.jp");
    taro.displayName = QStringLiteral("大塚 太郎, \"営業\"");
    taro.groups = {QStringLiteral("sales")};
    QVERIFY(UserWorkflows(*f.wf.ctx).edit(QStringLiteral("taro"), taro));
    IssueRequest req;
    req.loginId = QStringLiteral("taro");
    req.device = QStringLiteral("windows");
    QVERIFY(CertificateWorkflows(*f.wf.ctx).issue(req));

    SelectionPage page(*f.session);
    page.show();
    auto* group = test::child<QComboBox>(&page, "selectionGroupCombo");
    QVERIFY(group);
    QCOMPARE(group->count(), 3); // all users, dev, sales
    group->setCurrentIndex(group->findData(QStringLiteral("sales")));
    QCOMPARE(page.model()->totalCount(), 3);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    Prompts::setNextFileName(path);
    QTest::mouseClick(test::child<QPushButton>(&page, "exportSelectionButton"), Qt::LeftButton);
    QVERIFY(!Prompts::hasQueuedAnswers());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = data.mid(3).split('\n');
    QCOMPARE(lines.size(), 5); // header, 3 users, empty after the last CRLF
    for (int i = 0; i < 4; ++i)
        QVERIFY(lines.at(i).endsWith('\r'));
    QCOMPARE(lines.at(0), QByteArray("Login ID,Name,Certificate authentication,In-use count,Issued count\r"));
    QCOMPARE(lines.at(1), QByteArray("sales000,User 000,Don't use,0,0\r"));
    QCOMPARE(lines.at(2), QByteArray("sales001,User 001,Use,0,0\r"));
    QCOMPARE(lines.at(3), QString::fromUtf8("taro,\"大塚 太郎, \"\"営業\"\"\",Don't use,0,1\r").toUtf8());
    QVERIFY(lines.at(4).isEmpty());
    QCOMPARE(historyCount(f, Op::Export), 1);
}

void TstSelectionPage::defaultForNewUsers()
{
    CERTDESK_GUI_FIXTURE(f, true);
    SelectionPage page(*f.session);
    auto* combo = test::child<QComboBox>(&page, "defaultCertAuthCombo");
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("0"));
    QSignalSpy settingsChanged(f.session.get(), &AppSession::settingsChanged);
    const int use = combo->findData(QStringLiteral("1"));
    combo->setCurrentIndex(use);
    emit combo->activated(use);
    QCOMPARE(settingsChanged.count(), 1);
    QCOMPARE(Settings(*f.wf.db).value(SettingKey::DefaultCertAuth), QStringLiteral("1"));
    HistoryFilter filter;
    filter.operation = Op::SettingsChanged;
    auto rows = HistoryLog::list(*f.wf.db, filter);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().details, QStringLiteral("users.default_cert_auth=1"));
    UserInput u;
    u.loginId = QStringLiteral("newcomer");
    u.email = QStringLiteral("newcomer@example.jp");
    u.displayName = QStringLiteral("Newcomer");
    auto added = UserWorkflows(*f.wf.ctx).add(u);
    QVERIFY(added);
    QVERIFY(added->certAuth);
}

// Issue 17 §4: same-name users are told apart by the login ID and department columns; a search box and
// the group filter narrow the list (through the store's search, also in the page count).
void TstSelectionPage::searchGroupFilterAndColumns()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(addNamesakes(f), QString());
    QCOMPARE(addUsers(f, 120), QString());
    SelectionPage page(*f.session);
    page.show();
    auto* table = test::child<QTableView>(&page, "selectionTable");
    auto* label = test::child<QLabel>(&page, "pageLabel");
    QAbstractItemModel* model = table->model();
    QCOMPARE(model->headerData(UserSelectionModel::LoginIdColumn, Qt::Horizontal).toString(),
             QStringLiteral("Login ID"));
    QCOMPARE(model->headerData(UserSelectionModel::DepartmentColumn, Qt::Horizontal).toString(),
             QStringLiteral("Department"));
    QVERIFY(label->text().contains(QLatin1String("1 of 2")));

    search(page, QStringLiteral("佐藤"));
    QCOMPARE(page.model()->totalCount(), 2);
    QVERIFY(label->text().contains(QLatin1String("1 of 1")));
    QCOMPARE(shownLogins(table), QStringList({QStringLiteral("sato.dev"), QStringLiteral("sato.sales")}));
    for (int r = 0; r < 2; ++r) {
        const QString login = model->index(r, UserSelectionModel::LoginIdColumn).data().toString();
        QCOMPARE(login, model->index(r, 0).data(UserSelectionModel::LoginIdRole).toString());
        QCOMPARE(model->index(r, UserSelectionModel::NameColumn).data().toString(),
                 QStringLiteral("佐藤 一郎"));
        QCOMPARE(model->index(r, UserSelectionModel::DepartmentColumn).data().toString(),
                 login == QLatin1String("sato.dev") ? QStringLiteral("開発部") : QStringLiteral("営業部"));
    }
    // Search and group together.
    auto* group = test::child<QComboBox>(&page, "selectionGroupCombo");
    group->setCurrentIndex(group->findData(QStringLiteral("sales")));
    QCOMPARE(shownLogins(table), QStringList({QStringLiteral("sato.sales")}));
    // By login ID, then the whole group.
    search(page, QStringLiteral("suzu"));
    QCOMPARE(shownLogins(table), QStringList({QStringLiteral("suzuki")}));
    search(page, QString());
    QCOMPARE(page.model()->totalCount(), 2);
    group->setCurrentIndex(0);
    QCOMPARE(page.model()->totalCount(), 123);
    // Typing alone searches after a short pause.
    QTest::keyClicks(test::child<QLineEdit>(&page, "selectionSearchEdit"), QStringLiteral("sato.dev"));
    QTRY_COMPARE(shownLogins(table), QStringList({QStringLiteral("sato.dev")}));
}

// Choices not applied yet stay when the search or the group changes (also for users now hidden) and are
// applied together.
void TstSelectionPage::searchKeepsPendingChanges()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(addNamesakes(f), QString());
    SelectionPage page(*f.session);
    page.show();
    auto* table = test::child<QTableView>(&page, "selectionTable");
    search(page, QStringLiteral("sato.sales"));
    QCOMPARE(shownLogins(table), QStringList({QStringLiteral("sato.sales")}));
    QVERIFY(table->model()->setData(table->model()->index(0, UserSelectionModel::UseColumn), Qt::Checked,
                                    Qt::CheckStateRole));
    search(page, QStringLiteral("suzuki"));
    QCOMPARE(shownLogins(table), QStringList({QStringLiteral("suzuki")}));
    QCOMPARE(page.model()->pendingChanges().size(), 1); // sato.sales, hidden now
    QVERIFY(test::child<QPushButton>(&page, "applySelectionButton")->isEnabled());
    QVERIFY(table->model()->setData(table->model()->index(0, UserSelectionModel::UseColumn), Qt::Checked,
                                    Qt::CheckStateRole));
    auto* group = test::child<QComboBox>(&page, "selectionGroupCombo");
    search(page, QString());
    group->setCurrentIndex(group->findData(QStringLiteral("dev")));
    QCOMPARE(shownLogins(table), QStringList({QStringLiteral("sato.dev")}));
    QCOMPARE(page.model()->pendingChanges().size(), 2);
    // A change made elsewhere reloads the page in place: the pending choices stay.
    QVERIFY(UserWorkflows(*f.wf.ctx).setCertAuth(QStringLiteral("sato.dev"), true));
    page.model()->refreshRows();
    QCOMPARE(page.model()->pendingChanges().size(), 2);
    Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(test::child<QPushButton>(&page, "applySelectionButton"), Qt::LeftButton);
    QVERIFY(!Prompts::hasQueuedAnswers());
    for (const char* login : {"sato.sales", "suzuki", "sato.dev"})
        QVERIFY2(UserWorkflows(*f.wf.ctx).get(QString::fromLatin1(login))->certAuth, login);
    QVERIFY(!page.model()->hasPendingChanges());
}

// Compact: the name column is as wide as the names (not the page's width), so the choices sit next to
// the name, login ID and department.
void TstSelectionPage::compactLayout()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(addNamesakes(f), QString());
    SelectionPage page(*f.session);
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = test::child<QTableView>(&page, "selectionTable");
    QHeaderView* header = table->horizontalHeader();
    const int width = table->viewport()->width();
    QVERIFY2(header->sectionSize(UserSelectionModel::NameColumn) < width / 4,
             qPrintable(QString::number(header->sectionSize(UserSelectionModel::NameColumn))));
    const int useLeft = header->sectionViewportPosition(UserSelectionModel::UseColumn);
    QVERIFY2(useLeft < width / 2, qPrintable(QString::number(useLeft)));
    QVERIFY(header->sectionPosition(UserSelectionModel::LoginIdColumn) <
            header->sectionPosition(UserSelectionModel::UseColumn));
    QVERIFY(header->sectionPosition(UserSelectionModel::DepartmentColumn) <
            header->sectionPosition(UserSelectionModel::UseColumn));
    test::screenshot(&page, QStringLiteral("selection-compact"));
}

// Issue 16 §4: a change while the page is hidden (another page is shown) does not reload it; showing it
// does.
void TstSelectionPage::hiddenReloadsWhenShown()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(addUsers(f, 2), QString());
    SelectionPage page(*f.session);
    page.show();
    const int before = page.model()->rowCount();
    QVERIFY(before >= 2);
    page.hide();
    QCOMPARE(addUsers(f, 1, {}, QStringLiteral("later")), QString());
    emit f.session->usersChanged();
    QCoreApplication::processEvents();
    QCOMPARE(page.model()->rowCount(), before);
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), before + 1);
}

QTEST_MAIN(TstSelectionPage)
#include "tst_SelectionPage.moc"
