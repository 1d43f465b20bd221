// Live views (issue 15 §1): two desktops on one database, each with its own Database handle. A change
// committed by the other one (a workflow, or a real certdesk-cli process) shows here without any user
// action, and the refresh keeps the selection, the scroll position, the sort, the search text being
// typed and the selection page's pending edits; the revoke dialog says when its certificate was revoked
// meanwhile. Runs on SQLite (PRAGMA data_version) and PostgreSQL (LISTEN/NOTIFY).
#include "CliRunner.h"
#include "GuiFixture.h"
#include "SlotsModel.h"
#include "UserSelectionModel.h"
#include "UsersModel.h"
#include "UsersTestHelpers.h"
#include "revocation/RevocationWorkflows.h"
#include "selection/SelectionPage.h"
#include "shell/LiveReload.h"
#include "shell/MainWindow.h"
#include "users/CertificatePanel.h"
#include "users/RevokeDialog.h"
#include "users/UsersPage.h"
#include "workflows/UserWorkflows.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>

using namespace certdesk;
using namespace certdesk::test;

namespace {

constexpr int kLiveTimeoutMs = 8000; // generous; the measured latency is printed

// A second desktop: its own Database handle (its own connection) on the fixture's database, signed in
// as the fixture's administrator.
std::unique_ptr<AppSession> otherDesktop(GuiFixture& f)
{
    auto session = std::make_unique<AppSession>(f.tdb->open());
    session->setSignedIn(f.wf.ctx->actor(), QStringLiteral("Other Desktop"));
    return session;
}

LiveReload* liveReloadOf(QWidget* w)
{
    return w->findChild<LiveReload*>(QStringLiteral("liveReload"), Qt::FindDirectChildrenOnly);
}

QString slotStatus(CertificatePanel* panel, int slot)
{
    return panel->slotsModel()->index(slot - 1, 0).data(SlotsModel::StatusIdRole).toString();
}

} // namespace

class tst_LiveViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("CERTDESK_NO_MAIL_SENDER", "1");
        qputenv("CERTDESK_NO_CRL_SCHEDULE", "1");
    }
    void revocationElsewhereShowsInSlotsAndDashboard();
    void refreshKeepsSelectionScrollSortAndTypedSearch();
    void selectionPendingEditsSurviveRefresh();
    void revokeDialogSaysRevokedMeanwhile();
    void cliRevocationShowsInOpenWindow();
    void caPageCrlStatusFollowsRevocations();
};

void tst_LiveViews::revocationElsewhereShowsInSlotsAndDashboard()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert = issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows"));
    QVERIFY(cert);
    auto desk = otherDesktop(f);
    MainWindow w(*desk);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(desk->isLive());
    QVERIFY(!child<QLabel>(&w, "liveStatusLabel")->isVisible());
    w.usersPage()->selectUser(QStringLiteral("taro"));
    CertificatePanel* panel = w.usersPage()->certificatePanel();
    QVERIFY(slotStatus(panel, cert->slot) != certStatusId(CertStatus::Revoked));
    QVERIFY(child<QPushButton>(panel, "revokeButton_1")->isEnabled());
    QVERIFY(child<QLabel>(&w, "dashActive")->text().contains(QStringLiteral("<b>1</b>")));
    LiveReload* historyLive = liveReloadOf(w.page(MainWindow::HistoryIndex));
    QVERIFY(historyLive);
    const int historyReloads = historyLive->reloadCount();

    // The other desktop (the fixture's own connection) revokes.
    QElapsedTimer latency;
    latency.start();
    QVERIFY(RevocationWorkflows(*f.wf.ctx).revoke(CertificateRef{cert->serialHex, {}, 0},
                                                  RevocationReason::KeyCompromise));
    QTRY_COMPARE_WITH_TIMEOUT(slotStatus(panel, cert->slot), certStatusId(CertStatus::Revoked),
                              kLiveTimeoutMs);
    qInfo("revocation elsewhere -> slots view: %lld ms", latency.elapsed());
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&w, "dashActive")->text().contains(QStringLiteral("<b>0</b>")),
                             kLiveTimeoutMs);
    qInfo("revocation elsewhere -> dashboard: %lld ms", latency.elapsed());
    QTRY_VERIFY(!child<QPushButton>(panel, "revokeButton_1")->isEnabled());
    QCOMPARE(w.usersPage()->selectedLogin(), QStringLiteral("taro"));
    // The hidden history page did not reload; it is stale and reloads when shown.
    QCOMPARE(historyLive->reloadCount(), historyReloads);
    QVERIFY(historyLive->isStale());
    w.showPage(MainWindow::HistoryIndex);
    QTRY_VERIFY(!historyLive->isStale());
    QCOMPARE(historyLive->reloadCount(), historyReloads + 1);
}

void tst_LiveViews::refreshKeepsSelectionScrollSortAndTypedSearch()
{
    CERTDESK_GUI_FIXTURE(f, true);
    UserWorkflows users(*f.wf.ctx);
    for (int i = 1; i <= 80; ++i) {
        UserInput in;
        in.loginId = QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0'));
        in.displayName = QStringLiteral("Member %1").arg(i, 3, 10, QLatin1Char('0'));
        in.email = in.loginId + QStringLiteral("@example.com");
        QVERIFY(users.add(in));
    }
    auto desk = otherDesktop(f);
    MainWindow w(*desk);
    w.resize(1200, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    UsersPage* page = w.usersPage();
    auto* table = child<QTableView>(page, "usersTable");
    auto* search = child<QLineEdit>(page, "userSearchEdit");
    // Sorted by name, descending; filtered by "user"; a user near the end selected; scrolled down.
    table->horizontalHeader()->setSortIndicator(UsersModel::NameColumn, Qt::DescendingOrder);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("user"));
    QTest::qWait(UsersPage::SearchDelayMs * 2); // the search applies after a pause in typing
    QCOMPARE(page->usersModel()->totalCount(), qint64(80));
    page->selectUser(QStringLiteral("user010"));
    table->scrollToBottom();
    QTest::qWait(50);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    LiveReload* live = liveReloadOf(page);
    QVERIFY(live);
    const int reloads = live->reloadCount();

    QElapsedTimer latency;
    latency.start();
    UserInput in;
    in.loginId = QStringLiteral("user999");
    in.displayName = QStringLiteral("Member 999"); // first in descending name order: inserted above
    in.email = QStringLiteral("user999@example.com");
    QVERIFY(users.add(in));
    QTRY_VERIFY_WITH_TIMEOUT(page->usersModel()->rowOfLogin(QStringLiteral("user999")) >= 0, kLiveTimeoutMs);
    qInfo("user added elsewhere -> users list: %lld ms", latency.elapsed());
    QVERIFY(live->reloadCount() > reloads);
    QCOMPARE(page->usersModel()->rowOfLogin(QStringLiteral("user999")), 0);
    QCOMPARE(page->selectedLogin(), QStringLiteral("user010"));
    QCOMPARE(table->selectionModel()->currentIndex().data(UsersModel::LoginIdRole).toString(),
             QStringLiteral("user010"));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(UsersModel::NameColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(search->text(), QStringLiteral("user"));
    QVERIFY(search->hasFocus());
}

void tst_LiveViews::selectionPendingEditsSurviveRefresh()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("jiro")), QString());
    auto desk = otherDesktop(f);
    MainWindow w(*desk);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showPage(MainWindow::SelectionIndex);
    auto* page = static_cast<SelectionPage*>(w.page(MainWindow::SelectionIndex));
    UserSelectionModel* model = page->model();
    int taroRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(UserSelectionModel::LoginIdRole).toString() == QStringLiteral("taro"))
            taroRow = r;
    }
    QVERIFY(taroRow >= 0);
    const bool use = model->index(taroRow, 0).data(UserSelectionModel::EffectiveUseRole).toBool();
    QVERIFY(model->setData(
        model->index(taroRow, use ? UserSelectionModel::DontUseColumn : UserSelectionModel::UseColumn),
        Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->hasPendingChanges());
    LiveReload* live = liveReloadOf(page);
    QVERIFY(live);
    const int reloads = live->reloadCount();

    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("hanako")), QString());
    QTRY_VERIFY_WITH_TIMEOUT(live->reloadCount() > reloads, kLiveTimeoutMs);
    QTRY_COMPARE(model->totalCount(), qint64(3));
    QVERIFY(model->hasPendingChanges());
    QCOMPARE(model->pendingChanges(), (QList<QPair<QString, bool>>{{QStringLiteral("taro"), !use}}));
    QVERIFY(child<QPushButton>(page, "applySelectionButton")->isEnabled());
}

void tst_LiveViews::revokeDialogSaysRevokedMeanwhile()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert = issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows"));
    QVERIFY(cert);
    auto desk = otherDesktop(f);
    QVERIFY(desk->startChangeFeed());
    RevokeDialog d(*desk, *cert);
    d.show();
    auto* revoke = child<QPushButton>(&d, "revokeConfirmButton");
    QVERIFY(revoke->isEnabled());
    QVERIFY(RevocationWorkflows(*f.wf.ctx).revoke(CertificateRef{cert->serialHex, {}, 0},
                                                  RevocationReason::Unspecified));
    QTRY_VERIFY_WITH_TIMEOUT(d.revokedMeanwhile(), kLiveTimeoutMs);
    QVERIFY(!revoke->isEnabled());
    auto* label = child<QLabel>(&d, "conflictLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("revoked meanwhile")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(f.wf.ctx->actor().operatorName), qPrintable(label->text()));
    QVERIFY(label->text().contains(cert->serialHex));
    QVERIFY(!d.revoked());
}

void tst_LiveViews::cliRevocationShowsInOpenWindow()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert = issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows"));
    QVERIFY(cert);
    MainWindow w(*f.session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.usersPage()->selectUser(QStringLiteral("taro"));
    CertificatePanel* panel = w.usersPage()->certificatePanel();
    QVERIFY(slotStatus(panel, cert->slot) != certStatusId(CertStatus::Revoked));
    QElapsedTimer latency;
    latency.start();
    const ProcessResult r = runCli(f.tdb->url(),
                                   {QStringLiteral("revoke"), cert->serialHex, QStringLiteral("--reason"),
                                    QStringLiteral("lost"), QStringLiteral("--yes")},
                                   cliSignInEnv(kAdminLogin, kOperatorPassword));
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const qint64 cliMs = latency.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(slotStatus(panel, cert->slot), certStatusId(CertStatus::Revoked),
                              kLiveTimeoutMs);
    qInfo("certdesk-cli revoke (process took %lld ms) -> slots view: %lld ms after it ended", cliMs,
          latency.elapsed() - cliMs);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&w, "dashActive")->text().contains(QStringLiteral("<b>0</b>")),
                             kLiveTimeoutMs);
}

// Issue 16 §4: a revocation in this desktop does not make the hidden CA page count the revoked
// certificates (the helpdesk's click stays fast); the page counts when it is shown, and while it is shown
// a revocation committed by another desktop shows there through the change feed.
void tst_LiveViews::caPageCrlStatusFollowsRevocations()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto first = issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows"));
    auto second = issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows"));
    QVERIFY(first && second);
    auto desk = otherDesktop(f);
    MainWindow w(*desk);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QWidget* caPage = w.page(MainWindow::CaIndex);
    auto* revoked = child<QLabel>(caPage, "crlRevokedLabel");
    const QString none = revoked->text();
    QVERIFY2(none.startsWith(QLatin1String("0 ")), qPrintable(none));

    // This desktop revokes (as its dialogs do: the workflow, then the session's notification) while the
    // users screen is shown: the hidden CA page does not count yet.
    QVERIFY(!caPage->isVisible());
    QVERIFY(RevocationWorkflows(desk->context())
                .revoke(CertificateRef{first->serialHex, {}, 0}, RevocationReason::KeyCompromise));
    desk->notifyCertificatesChanged(QStringLiteral("taro"));
    QCOMPARE(revoked->text(), none);
    w.showPage(MainWindow::CaIndex);
    QVERIFY(caPage->isVisible());
    QVERIFY2(revoked->text().startsWith(QLatin1String("1 ")), qPrintable(revoked->text()));

    // Another desktop revokes while the CA page is shown: the count follows without any action here.
    QElapsedTimer latency;
    latency.start();
    QVERIFY(RevocationWorkflows(*f.wf.ctx).revoke(CertificateRef{second->serialHex, {}, 0},
                                                  RevocationReason::KeyCompromise));
    QTRY_VERIFY_WITH_TIMEOUT(revoked->text().startsWith(QLatin1String("2 ")), kLiveTimeoutMs);
    qInfo("revocation elsewhere -> CA page CRL status: %lld ms", latency.elapsed());
}

QTEST_MAIN(tst_LiveViews)
#include "tst_LiveViews.moc"
