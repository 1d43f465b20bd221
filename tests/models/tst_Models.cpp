// The item models over the store, checked with QAbstractItemModelTester: paging, SQL filter/sort,
// pending selection changes and the history day view.
#include "HistoryModel.h"
#include "SlotsModel.h"
#include "UserSelectionModel.h"
#include "UsersModel.h"
#include "WorkflowFixture.h"
#include "store/DatabaseUrl.h"
#include "store/HistoryLog.h"
#include "store/Settings.h"
#include "store/Transaction.h"
#include "store/UserStore.h"
#include <QAbstractItemModelTester>
#include <QtTest>
#include <functional>

using namespace certdesk;
using namespace certdesk::test;

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void usersModelPagesFiltersAndSorts();
    void namesSortInReadingOrder();
    void slotsModelShowsEverySlot();
    void slotsModelSkipsSlotsItCannotShow();
    void selectionModelKeepsPendingChangesUntilApply();
    void historyModelFiltersAndFetchesLazily();
    void historyFreeTextCountsInTheBackground();

private:
    static void addUsers(Database& db, int n, const QString& group);
    // `n` history rows in one transaction, by operator "admin"; `fill` sets the rest of row i.
    static void addHistory(Database& db, int n, const std::function<void(int, HistoryEntry&)>& fill);
};

void TestModels::addHistory(Database& db, int n, const std::function<void(int, HistoryEntry&)>& fill)
{
    Transaction tx(db);
    QVERIFY(tx.begin().ok());
    for (int i = 0; i < n; ++i) {
        HistoryEntry h;
        h.operatorName = QStringLiteral("admin");
        fill(i, h);
        QVERIFY(HistoryLog::append(db, h).ok());
    }
    QVERIFY(tx.commit().ok());
}

void TestModels::addUsers(Database& db, int n, const QString& group)
{
    Transaction tx(db);
    QVERIFY(tx.begin().ok());
    UserStore users(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < n; ++i) {
        UserRecord u;
        u.loginId = QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0'));
        u.email = u.loginId + QStringLiteral("@example.jp");
        u.displayName = QStringLiteral("利用者 %1").arg(i, 4, 10, QLatin1Char('0'));
        u.department = i % 2 ? QStringLiteral("営業部") : QStringLiteral("総務部");
        u.groups = {i % 3 == 0 ? group : QStringLiteral("other")};
        u.createdAt = u.updatedAt = now;
        QVERIFY(users.insert(u).ok());
    }
    QVERIFY(tx.commit().ok());
}

void TestModels::usersModelPagesFiltersAndSorts()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    addUsers(*f.db, 450, QStringLiteral("sales"));
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("zz.taro")), QString());
    QVERIFY(
        CertificateWorkflows(*f.ctx)
            .issue({QStringLiteral("zz.taro"), QStringLiteral("windows"), {}, PasswordMode::Auto, {}, {}, 0})
            .ok());

    {
        UsersModel paged(f.db, Clock::system()); // without the tester, which fetches everything itself
        QCOMPARE(paged.totalCount(), qint64(451));
        QCOMPARE(paged.rowCount(), UsersModel::PageSize);
        QVERIFY(paged.canFetchMore({}));
        paged.fetchMore({});
        paged.fetchMore({});
        QCOMPARE(paged.rowCount(), 451);
        QVERIFY(!paged.canFetchMore({}));
    }
    UsersModel model(f.db, Clock::system());
    // Qt 6.4.2's tester keeps a reset "in flight" forever, so a long-lived tester reports every insert
    // after a reset; a fresh tester after each step still runs every check (including fetchMore).
    auto check = [&model] {
        QAbstractItemModelTester t(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    };
    check();

    model.setFilter(QStringLiteral("オオツカ"), {});
    check();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, UsersModel::LoginIdColumn), Qt::DisplayRole).toString(),
             QStringLiteral("zz.taro"));
    QVERIFY(model.data(model.index(0, UsersModel::IssuedColumn), Qt::DisplayRole)
                .toString()
                .contains(QLatin1Char('1')));
    model.setFilter({}, QStringLiteral("sales"));
    check();
    QCOMPARE(model.totalCount(), qint64(150));
    model.setFilter({}, {});
    model.sort(UsersModel::IssuedColumn, Qt::DescendingOrder);
    check();
    QCOMPARE(model.data(model.index(0, UsersModel::LoginIdColumn), UsersModel::LoginIdRole).toString(),
             QStringLiteral("zz.taro"));
    model.sort(UsersModel::LoginIdColumn, Qt::AscendingOrder);
    QCOMPARE(model.summaryAt(0).loginId, QStringLiteral("user0000"));
    model.sort(UsersModel::LoginIdColumn, Qt::DescendingOrder);
    check();
    QCOMPARE(model.summaryAt(0).loginId, QStringLiteral("zz.taro"));
}

void TestModels::namesSortInReadingOrder()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    struct Person
    {
        const char* login;
        const char* family;
        const char* kana;
    };
    // In code-point order the kanji would give 上田 < 中山 < 阿部; in reading order アベ < ウエダ < ナカヤマ.
    for (const Person& p : {Person{"nakayama", "中山", "ナカヤマ"}, Person{"abe", "阿部", "アベ"},
                            Person{"ueda", "上田", "ウエダ"}}) {
        const QString login = QString::fromLatin1(p.login);
        QVERIFY(UserWorkflows(*f.ctx)
                    .add(UserInput{login,
                                   login + QStringLiteral("@example.jp"),
                                   QString::fromUtf8(p.family) + QStringLiteral(" 一郎"),
                                   {},
                                   {},
                                   {},
                                   {},
                                   {}})
                    .ok());
        IdentityInput in{QString::fromUtf8(p.family),
                         QStringLiteral("一郎"),
                         QString::fromUtf8(p.kana),
                         QStringLiteral("イチロウ"),
                         {},
                         {}};
        QVERIFY(IdentityWorkflows(*f.ctx).registerIdentity(login, in).ok());
    }
    UsersModel model(f.db, Clock::system());
    model.sort(UsersModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.summaryAt(0).loginId, QStringLiteral("abe"));
    QCOMPARE(model.summaryAt(1).loginId, QStringLiteral("ueda"));
    QCOMPARE(model.summaryAt(2).loginId, QStringLiteral("nakayama"));
    model.sort(UsersModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(model.summaryAt(0).loginId, QStringLiteral("nakayama"));
    // Deleting the information falls back to the display name.
    QVERIFY(IdentityWorkflows(*f.ctx).deleteIdentity(QStringLiteral("abe")).ok());
    model.sort(UsersModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.summaryAt(2).loginId, QStringLiteral("abe")); // kanji sort after katakana
}

void TestModels::slotsModelShowsEverySlot()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    CertificateWorkflows certs(*f.ctx);
    QVERIFY(certs
                .issue({QStringLiteral("taro"),
                        QStringLiteral("windows"),
                        {},
                        PasswordMode::Auto,
                        {},
                        QStringLiteral("PC"),
                        0})
                .ok());
    QVERIFY(
        certs.issue({QStringLiteral("taro"), QStringLiteral("android"), {}, PasswordMode::Auto, {}, {}, 0})
            .ok());
    QVERIFY(RevocationWorkflows(*f.ctx)
                .revoke(CertificateRef{{}, QStringLiteral("taro"), 2}, RevocationReason::KeyCompromise)
                .ok());

    SlotsModel model(f.db, Clock::system());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setUser(QStringLiteral("taro"));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.data(model.index(0, SlotsModel::StatusColumn), SlotsModel::StatusIdRole).toString(),
             QStringLiteral("awaiting"));
    QCOMPARE(model.data(model.index(0, SlotsModel::RemarksColumn), Qt::DisplayRole).toString(),
             QStringLiteral("PC"));
    QCOMPARE(model.data(model.index(0, SlotsModel::StatusColumn), SlotsModel::CanRevokeRole).toBool(), true);
    QCOMPARE(model.data(model.index(0, SlotsModel::StatusColumn), SlotsModel::CanIssueRole).toBool(), false);
    QCOMPARE(model.data(model.index(1, SlotsModel::StatusColumn), SlotsModel::StatusIdRole).toString(),
             QStringLiteral("revoked"));
    QCOMPARE(model.data(model.index(1, SlotsModel::StatusColumn), SlotsModel::CanIssueRole).toBool(), true);
    QCOMPARE(model.data(model.index(2, SlotsModel::StatusColumn), SlotsModel::HasCertificateRole).toBool(),
             false);
    QCOMPARE(model.data(model.index(2, SlotsModel::StatusColumn), SlotsModel::CanRevokeRole).toBool(), false);
    // An expired certificate shows the warning icon.
    FixedClock later(QDateTime::currentDateTimeUtc().addYears(2));
    SlotsModel future(f.db, later);
    future.setUser(QStringLiteral("taro"));
    QVERIFY(!future.data(future.index(0, SlotsModel::StatusColumn), Qt::DecorationRole).isNull());
    QVERIFY(model.data(model.index(0, SlotsModel::StatusColumn), Qt::DecorationRole).isNull());
}

// A certificate above a lowered limit keeps its row; a slot number the table cannot hold is left out
// instead of sizing (or indexing) the slot array by it.
void TestModels::slotsModelSkipsSlotsItCannotShow()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    CertificateWorkflows certs(*f.ctx);
    QVERIFY(
        certs.issue({QStringLiteral("taro"), QStringLiteral("windows"), {}, PasswordMode::Auto, {}, {}, 1})
            .ok());
    QVERIFY(
        certs.issue({QStringLiteral("taro"), QStringLiteral("android"), {}, PasswordMode::Auto, {}, {}, 4})
            .ok());
    QVERIFY(Settings(*f.db).set(SettingKey::MaxCertsPerUser, QStringLiteral("2")).ok());

    SlotsModel model(f.db, Clock::system());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUser(QStringLiteral("taro"));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.certificateAt(3).has_value());

    QVERIFY(f.db->exec(QStringLiteral("UPDATE certificates SET slot = ? WHERE slot = 4"), {2000000000}).ok());
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.certificateAt(0).has_value());
    QVERIFY(!model.certificateAt(1).has_value());
}

void TestModels::selectionModelKeepsPendingChangesUntilApply()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    addUsers(*f.db, 250, QStringLiteral("sales"));
    UserSelectionModel model(f.db, Clock::system());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.pageCount(), 3);
    QCOMPARE(model.rowCount(), 100);
    QSignalSpy pending(&model, &UserSelectionModel::pendingChanged);
    model.selectAllOnPage(true);
    QCOMPARE(pending.count(), 1);
    QCOMPARE(model.pendingChanges().size(), 100);
    QVERIFY(
        model.setData(model.index(0, UserSelectionModel::DontUseColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.pendingChanges().size(), 99);
    QCOMPARE(model.data(model.index(0, UserSelectionModel::UseColumn), Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    model.setPage(2);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.pendingChanges().size(), 99); // kept across pages
    UserWorkflows users(*f.ctx);
    const QString before = dumpContent(*f.db);
    auto applied = model.apply(users);
    QVERIFY2(applied.ok(), qPrintable(applied.error().message));
    QCOMPARE(applied.value(), 99);
    QVERIFY(!model.hasPendingChanges());
    QVERIFY(dumpContent(*f.db) != before);
    HistoryFilter on;
    on.operation = Op::CertAuthOn;
    QCOMPARE(HistoryLog::count(*f.db, on).value(), qint64(99));
    model.setGroup(QStringLiteral("sales"));
    QCOMPARE(model.totalCount(), qint64(84));
    model.selectAllOnPage(false);
    model.discardChanges();
    QVERIFY(!model.hasPendingChanges());
}

void TestModels::historyModelFiltersAndFetchesLazily()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    const QDateTime day(QDate(2026, 6, 1), QTime(0, 0), Qt::LocalTime);
    addHistory(*db, 1200, [&day](int i, HistoryEntry& h) {
        h.at = day.addSecs(60 * i).toUTC(); // 20 hours of rows, one a minute
        h.operation = i % 10 == 0 ? Op::Revoke : Op::Issue;
        h.targetLogin = QStringLiteral("user%1").arg(i);
        h.device = QStringLiteral("windows");
    });
    if (QTest::currentTestFailed())
        return;
    HistoryFilter f;
    f.fromUtc = day.toUTC();
    f.toUtc = day.addDays(1).toUTC();
    {
        HistoryModel paged(db);
        paged.setFilter(f);
        QCOMPARE(paged.totalCount(), qint64(1200));
        QCOMPARE(paged.rowCount(), HistoryModel::PageSize);
    }
    HistoryModel model(db);
    auto check = [&model] {
        QAbstractItemModelTester t(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    };
    model.setFilter(f);
    check();
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1200);
    QCOMPARE(model.entryAt(0).targetLogin, QStringLiteral("user1199")); // newest first
    f.operation = Op::Revoke;
    model.setFilter(f);
    check();
    QCOMPARE(model.totalCount(), qint64(120));
    f.operation.clear();
    f.text = QStringLiteral("user1199");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), qint64(1));
    f.text.clear();
    f.fromUtc = day.addDays(-1).toUTC();
    f.toUtc = day.toUTC();
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
}

// Free text with more than a page of matches: the first page is there at once and the number follows from
// a background count (its own connection); a newer filter supersedes a count under way; a page that holds
// every match needs no count at all; a model destroyed while counting waits for it.
void TestModels::historyFreeTextCountsInTheBackground()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    const QDateTime day(QDate(2026, 6, 1), QTime(0, 0), Qt::LocalTime);
    addHistory(*db, 1300, [&day](int i, HistoryEntry& h) {
        h.at = day.addSecs(30 * i).toUTC();
        h.operation = Op::Issue;
        h.targetLogin =
            QStringLiteral("%1%2").arg(i % 2 ? QStringLiteral("t.sato") : QStringLiteral("k.ito")).arg(i);
        h.remarks = i % 3 ? QString() : QStringLiteral("lost on the train");
    });
    if (QTest::currentTestFailed())
        return;
    HistoryFilter f;
    f.fromUtc = day.toUTC();
    f.toUtc = day.addDays(1).toUTC();
    f.text = QStringLiteral("t.sato"); // 650 matches: more than a page
    HistoryModel model(db);
    QSignalSpy counted(&model, &HistoryModel::countChanged);
    model.setFilter(f);
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
    QVERIFY(model.isCounting());
    QCOMPARE(model.totalCount(), qint64(HistoryModel::PageSize)); // what is loaded, until the count comes
    QTRY_VERIFY(!model.isCounting());
    QCOMPARE(counted.count(), 1);
    QCOMPARE(model.totalCount(), qint64(650));
    QCOMPARE(model.totalCount(), HistoryLog::count(*db, f).value());

    // A newer filter before the older count arrived: only the newer number is ever shown.
    counted.clear();
    f.text = QStringLiteral("k.ito"); // 650 again, other rows
    model.setFilter(f);
    f.text = QStringLiteral("train"); // 434 matches: one page holds them
    model.setFilter(f);
    QVERIFY(!model.isCounting());
    QCOMPARE(model.totalCount(), qint64(434));
    f.text = QStringLiteral("o"); // every row
    model.setFilter(f);
    QVERIFY(model.isCounting());
    QTRY_VERIFY(!model.isCounting());
    QCOMPARE(model.totalCount(), qint64(1300));
    QTest::qWait(200); // the superseded "k.ito" count, had it been delivered, would have arrived by now
    QCOMPARE(counted.count(), 1);
    QCOMPARE(model.totalCount(), qint64(1300));

    // The background count fails (SQLite: the database's folder was moved away, so the count's own new
    // connection cannot open it): the loaded rows, marked as a count that failed, never a wrong exact number.
    if (!TestDatabase::isPostgresRun()) {
        const QString folder = QFileInfo(DatabaseUrl::parse(tdb->url()).value().path).absolutePath();
        QVERIFY(QDir().rename(folder, folder + QStringLiteral(".moved")));
        HistoryModel failing(db);
        QSignalSpy failed(&failing, &HistoryModel::countChanged);
        failing.setFilter(f); // "o": every row, more than a page
        QVERIFY(failing.isCounting());
        QVERIFY(!failing.countFailed());
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failing.isCounting());
        QVERIFY(failing.countFailed());
        QCOMPARE(failing.totalCount(), qint64(HistoryModel::PageSize));
        QVERIFY(QDir().rename(folder + QStringLiteral(".moved"), folder));
        failing.setFilter(f);
        QTRY_VERIFY(!failing.isCounting());
        QVERIFY(!failing.countFailed());
        QCOMPARE(failing.totalCount(), qint64(1300));
    }

    // Destroyed while counting: no crash, no hang, and the database stays usable.
    {
        HistoryModel leaving(db);
        leaving.setFilter(f);
        QVERIFY(leaving.isCounting());
    }
    QCOMPARE(HistoryLog::count(*db, f).value(), qint64(1300));
}

QTEST_MAIN(TestModels)
#include "tst_Models.moc"
