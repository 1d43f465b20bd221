// 操作履歴: today's rows with operator and device, an empty previous day, the operation / operator /
// text filters, the date range, and the yearly export (BOM, header, rows, its own "export" row).
#include "GuiFixture.h"
#include "HistoryModel.h"
#include "Screenshot.h"
#include "history/HistoryPage.h"
#include "policy/DeviceTypes.h"
#include "store/Transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace certdesk;

namespace {

QString column(const QAbstractItemModel* m, int row, int col)
{
    return m->index(row, col).data().toString();
}

// One history row at a given time (as if written then).
bool appendAt(Database& db, const QDateTime& atUtc, const QString& op, const QString& target)
{
    Transaction tx(db);
    if (!tx.begin())
        return false;
    HistoryEntry e;
    e.at = atUtc;
    e.operation = op;
    e.operatorName = QStringLiteral("archivist");
    e.targetLogin = target;
    return HistoryLog::append(db, e) && tx.commit();
}

} // namespace

class TstHistoryPage : public QObject
{
    Q_OBJECT
private slots:
    void dayViewAndFilters();
    void dateRange();
    void yearlyExport();
    void hiddenReloadsWhenShown();
    void freeTextCountFollowsThePage();
};

void TstHistoryPage::dayViewAndFilters()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("hanako")), QString());
    IssueRequest req;
    req.loginId = QStringLiteral("taro");
    req.device = QStringLiteral("windows");
    req.remarks = QStringLiteral("new laptop");
    QVERIFY(CertificateWorkflows(*f.wf.ctx).issue(req));

    HistoryPage page(*f.session);
    page.show();
    QCOMPARE(page.title(), QStringLiteral("Operation history"));
    auto* table = test::child<QTableView>(&page, "historyTable");
    QVERIFY(table);
    const QAbstractItemModel* m = table->model();
    QCOMPARE(m->columnCount(), int(HistoryModel::ColumnCount));
    // operator-add and login of the fixture's administrator, ca-created, 2 x (user-add +
    // identity-register), issue
    QCOMPARE(m->rowCount(), 8);
    QCOMPARE(page.day(), QDate::currentDate());
    QVERIFY(test::child<QLabel>(&page, "historyCountLabel")->text().contains(QLatin1String("8")));
    int issueRow = -1;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(HistoryModel::OperationIdRole).toString() == Op::Issue)
            issueRow = r;
    }
    QVERIFY(issueRow >= 0);
    QCOMPARE(column(m, issueRow, HistoryModel::OperatorColumn), QStringLiteral("tester"));
    QCOMPARE(column(m, issueRow, HistoryModel::TargetColumn), QStringLiteral("taro"));
    QCOMPARE(column(m, issueRow, HistoryModel::DeviceColumn),
             DeviceTypes::displayName(QStringLiteral("windows")));
    QCOMPARE(column(m, issueRow, HistoryModel::MailColumn), QStringLiteral("taro@example.jp"));
    QCOMPARE(column(m, issueRow, HistoryModel::RemarksColumn), QStringLiteral("new laptop"));
    QVERIFY(!column(m, issueRow, HistoryModel::UserAgentColumn).isEmpty());
    page.resize(1100, 600);
    test::screenshot(&page, QStringLiteral("history-day"));

    auto* prev = test::child<QPushButton>(&page, "prevDayButton");
    auto* next = test::child<QPushButton>(&page, "nextDayButton");
    QVERIFY(!next->isEnabled()); // today is the newest day
    QTest::mouseClick(prev, Qt::LeftButton);
    QCOMPARE(page.day(), QDate::currentDate().addDays(-1));
    QCOMPARE(m->rowCount(), 0);
    QCOMPARE(test::child<QDateEdit>(&page, "historyDateEdit")->date(), QDate::currentDate().addDays(-1));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m->rowCount(), 8);
    // The day view reaches back one month, no further.
    auto* dateEdit = test::child<QDateEdit>(&page, "historyDateEdit");
    QCOMPARE(dateEdit->minimumDate(), QDate::currentDate().addDays(-30));
    QCOMPARE(dateEdit->maximumDate(), QDate::currentDate());
    page.showDay(QDate::currentDate().addDays(-90));
    QCOMPARE(page.day(), QDate::currentDate().addDays(-30));
    QVERIFY(!prev->isEnabled());
    page.showDay(QDate::currentDate());

    auto* ops = test::child<QComboBox>(&page, "operationFilterCombo");
    QCOMPARE(ops->count(), int(Op::all().size()) + 1);
    ops->setCurrentIndex(ops->findData(Op::Issue));
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->index(0, 0).data(HistoryModel::OperationIdRole).toString(), Op::Issue);
    ops->setCurrentIndex(0);
    QCOMPARE(m->rowCount(), 8);

    auto* text = test::child<QLineEdit>(&page, "historyTextEdit");
    QTest::keyClicks(text, QStringLiteral("hanako"));
    QTRY_COMPARE(m->rowCount(), 2); // user-add and identity-register of hanako
    for (int r = 0; r < m->rowCount(); ++r)
        QCOMPARE(column(m, r, HistoryModel::TargetColumn), QStringLiteral("hanako"));
    text->clear();
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(m->rowCount(), 8);

    auto* op = test::child<QLineEdit>(&page, "operatorFilterEdit");
    QTest::keyClicks(op, QStringLiteral("nobody"));
    QTest::keyClick(op, Qt::Key_Return);
    QCOMPARE(m->rowCount(), 0);
    op->clear();
    QTest::keyClicks(op, QStringLiteral("tester"));
    QTest::keyClick(op, Qt::Key_Return);
    QCOMPARE(m->rowCount(), 8);
}

void TstHistoryPage::dateRange()
{
    CERTDESK_GUI_FIXTURE(f, true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(appendAt(*f.wf.db, now.addDays(-45), Op::Revoke, QStringLiteral("old-user")));
    HistoryPage page(*f.session);
    page.show();
    const QAbstractItemModel* m = test::child<QTableView>(&page, "historyTable")->model();
    QCOMPARE(m->rowCount(), 3); // today only: the administrator's operator-add and login, ca-created
    auto* range = test::child<QCheckBox>(&page, "rangeCheck");
    auto* from = test::child<QDateEdit>(&page, "historyFromEdit");
    auto* to = test::child<QDateEdit>(&page, "historyToEdit");
    QVERIFY(range && from && to);
    QVERIFY(!from->isEnabled());
    range->setChecked(true);
    QVERIFY(from->isEnabled());
    QVERIFY(!test::child<QPushButton>(&page, "prevDayButton")->isEnabled());
    from->setDate(QDate::currentDate().addDays(-60));
    QCOMPARE(m->rowCount(), 4);
    QCOMPARE(column(m, 3, HistoryModel::TargetColumn), QStringLiteral("old-user")); // newest first
    to->setDate(QDate::currentDate().addDays(-40));
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(column(m, 0, HistoryModel::OperatorColumn), QStringLiteral("archivist"));
    range->setChecked(false);
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->index(0, 0).data(HistoryModel::OperationIdRole).toString(), Op::CaCreated);
}

void TstHistoryPage::yearlyExport()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    const int year = QDate::currentDate().year();
    // A row of last year stays out of this year's file.
    QVERIFY(appendAt(*f.wf.db, QDateTime(QDate(year - 1, 6, 1), QTime(12, 0)).toUTC(), Op::Revoke,
                     QStringLiteral("last-year")));
    HistoryPage page(*f.session);
    page.show();
    auto* years = test::child<QComboBox>(&page, "exportYearCombo");
    QVERIFY(years);
    QCOMPARE(years->count(), 5);
    QCOMPARE(years->itemText(0), QString::number(year));
    QCOMPARE(years->itemText(4), QString::number(year - 4));
    years->setCurrentIndex(0);
    const int rowsBefore = test::child<QTableView>(&page, "historyTable")->model()->rowCount();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("certificate-history-%1.csv").arg(year));
    Prompts::setNextFileName(path);
    QTest::mouseClick(test::child<QPushButton>(&page, "exportYearButton"), Qt::LeftButton);
    QVERIFY(!Prompts::hasQueuedAnswers());
    QVERIFY(Prompts::shownMessages().join(QLatin1Char('\n')).contains(QString::number(year)));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QList<QByteArray> lines = data.mid(3).split('\n');
    QVERIFY(lines.takeLast().isEmpty());
    QCOMPARE(lines.first(),
             QByteArray("Date and time,Operation,Operator,Target user,Device,Notification address,"
                        "Remarks,IP address / host,User agent,Details\r"));
    // operator-add, login, ca-created, user-add, identity-register of this year; not last year's row.
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.at(3).contains("CA created"));
    QVERIFY(lines.at(4).contains("Add user") && lines.at(4).contains("taro"));
    QVERIFY(!data.contains("last-year"));

    HistoryFilter filter;
    filter.operation = Op::Export;
    auto rows = HistoryLog::list(*f.wf.db, filter);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().details, QStringLiteral("history year=%1 rows=5").arg(year));
    QCOMPARE(rows->first().operatorName, QStringLiteral("tester"));
    // The page refreshed: today's view now shows the export itself.
    QCOMPARE(test::child<QTableView>(&page, "historyTable")->model()->rowCount(), rowsBefore + 1);
    QVERIFY(!test::child<QLabel>(&page, "historyStatusLabel")->text().isEmpty());
}

// Issue 16 §4: history written while the page is hidden (another page is shown) does not reload it;
// showing it does.
void TstHistoryPage::hiddenReloadsWhenShown()
{
    CERTDESK_GUI_FIXTURE(f, true);
    HistoryPage page(*f.session);
    page.show();
    const QAbstractItemModel* m = test::child<QTableView>(&page, "historyTable")->model();
    const int before = m->rowCount();
    QVERIFY(before > 0);
    page.hide();
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString()); // user-add, identity-register
    emit f.session->historyChanged();
    QCoreApplication::processEvents();
    QCOMPARE(m->rowCount(), before);
    page.show();
    QTRY_COMPARE(m->rowCount(), before + 2);
}

// Free text with more than a page of matches: the page is shown at once with "500 or more …, counting",
// then the exact number (counted in the background).
void TstHistoryPage::freeTextCountFollowsThePage()
{
    CERTDESK_GUI_FIXTURE(f, true);
    {
        Transaction tx(*f.wf.db);
        QVERIFY(tx.begin().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 620; ++i) {
            HistoryEntry e;
            e.at = now.addMSecs(-i);
            e.operation = Op::Issue;
            e.operatorName = QStringLiteral("archivist");
            e.targetLogin = QStringLiteral("t.sato%1").arg(i);
            QVERIFY(HistoryLog::append(*f.wf.db, e).ok());
        }
        QVERIFY(tx.commit().ok());
    }
    HistoryPage page(*f.session);
    page.show();
    auto* text = test::child<QLineEdit>(&page, "historyTextEdit");
    auto* count = test::child<QLabel>(&page, "historyCountLabel");
    text->setText(QStringLiteral("t.sato"));
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(test::child<QTableView>(&page, "historyTable")->model()->rowCount(), HistoryModel::PageSize);
    // (Tests run without the English catalogue: "operation(s)".)
    QVERIFY2(count->text().startsWith(QLatin1String("500 or more operation(s); counting")),
             qPrintable(count->text()));
    QTRY_VERIFY2(count->text().startsWith(QLatin1String("620 operation(s) on")), qPrintable(count->text()));
}

QTEST_MAIN(TstHistoryPage)
#include "tst_HistoryPage.moc"
