// Issue 17 §2–3: the main window fits a 1366×768 laptop screen (and remembers its place only while that
// place is on a screen), the slot table needs no horizontal scrollbar there, dates read yyyy/MM/dd HH:mm
// in both languages, and after a live language switch the tables lay themselves out again.
// Two offscreen screens: 1366×768 (primary) and 1920×1080 to its right (see main() below).
#include "DateFormat.h"
#include "GuiFixture.h"
#include "SlotsModel.h"
#include "UsersModel.h"
#include "UsersTestHelpers.h"
#include "settings/DevicePolicyTable.h"
#include "settings/SettingsPage.h"
#include "shell/MainWindow.h"
#include "users/CertificatePanel.h"
#include "users/UsersPage.h"
#include "util/AppTranslator.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace certdesk;
using namespace certdesk::test;

namespace {

QScreen* screenOfSize(int width)
{
    for (QScreen* s : QGuiApplication::screens())
        if (s->geometry().width() == width)
            return s;
    return nullptr;
}

// A user whose address is long and whose two devices have remarks, with a free third slot.
bool addLongMailUser(GuiFixture& f, const QString& login)
{
    UserInput u;
    u.loginId = login;
    u.email = QStringLiteral("a.very.long.mail.address.for.hara@branch-office.example.jp");
    u.displayName = QStringLiteral("原 亜希子");
    u.department = QStringLiteral("カスタマーサポート部");
    if (!UserWorkflows(*f.wf.ctx).add(u))
        return false;
    IdentityInput i;
    i.familyName = QStringLiteral("原");
    i.givenName = QStringLiteral("亜希子");
    i.familyKana = QStringLiteral("ハラ");
    i.givenKana = QStringLiteral("アキコ");
    if (!IdentityWorkflows(*f.wf.ctx).registerIdentity(login, i))
        return false;
    return issueDirect(f, login, QStringLiteral("windows"), QStringLiteral("営業部 貸与ノートPC 2台目")) &&
           issueDirect(f, login, QStringLiteral("ios-app"), QStringLiteral("私物 iPhone"));
}

} // namespace

class TstScreenFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void fittedGeometryStaysOnScreen();
    void windowOpensWithinSmallScreen();
    void emptyUsersScreenDoesNotScroll();
    void remembersPlaceOnlyOnAScreen();
    void slotTableFitsWithoutScrolling_data();
    void slotTableFitsWithoutScrolling();
    void datesReadTheSameInBothLanguages();
    void slotRowsKeepHeightAfterLanguageSwitch();
    void policyColumnsFitAfterLanguageSwitch();
};

void TstScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings "mainWindow/…" go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("CertDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ScreenFit"));
    qputenv("CERTDESK_NO_MAIL_SENDER", "1");
    qputenv("CERTDESK_NO_CRL_SCHEDULE", "1");
    installTranslators(QStringLiteral("en"));
    QVERIFY2(screenOfSize(1366) && screenOfSize(1920), "the offscreen screens of main() are missing");
    QCOMPARE(QGuiApplication::primaryScreen()->geometry(), QRect(0, 0, 1366, 768));
}

void TstScreenFit::init()
{
    QSettings().remove(QStringLiteral("mainWindow"));
    installTranslators(QStringLiteral("en"));
}

void TstScreenFit::fittedGeometryStaysOnScreen()
{
    const QMargins frame(4, 30, 4, 4);
    const QRect small = MainWindow::fittedGeometry(QRect(0, 0, 1366, 740), frame);
    QVERIFY(QRect(0, 0, 1366, 740).contains(small.marginsAdded(frame)));
    QVERIFY(small.height() <= 740 - 34);
    const QRect large = MainWindow::fittedGeometry(QRect(0, 0, 1920, 1040), frame);
    QCOMPARE(large.size(), QSize(1440, 900));
    QVERIFY(QRect(0, 0, 1920, 1040).contains(large.marginsAdded(frame)));
}

void TstScreenFit::windowOpensWithinSmallScreen()
{
    CERTDESK_GUI_FIXTURE(f, true);
    MainWindow window(*f.session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("window %1,%2 %3×%4")
                            .arg(window.frameGeometry().x())
                            .arg(window.frameGeometry().y())
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())));
    const QRect status(window.statusBar()->mapToGlobal(QPoint(0, 0)), window.statusBar()->size());
    QVERIFY(available.contains(status));
    // The users count stays on one line.
    QVERIFY(!child<QLabel>(window.usersPage(), "usersCountLabel")->wordWrap());
}

// The empty users screen (every new administrator's first sight) needs no scroll bar while the tall CA
// screen, hidden, would not fit (QStackedWidget's height for width is the tallest screen's): at a window
// height where the CA screen scrolls when it is the one shown.
void TstScreenFit::emptyUsersScreenDoesNotScroll()
{
    CERTDESK_GUI_FIXTURE(f, true); // a CA, no users
    MainWindow window(*f.session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(1364, 600);
    QTest::qWait(50);
    auto* scroll = child<QScrollArea>(&window, "pageScroll");
    QVERIFY(child<QWidget>(window.usersPage(), "usersEmptyState")->isVisible());
    QVERIFY2(!scroll->verticalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("viewport %1 px, screen %2 px high")
                            .arg(scroll->viewport()->height())
                            .arg(scroll->widget()->height())));
    window.showPage(MainWindow::CaIndex);
    QTest::qWait(50);
    QVERIFY(scroll->verticalScrollBar()->isVisible()); // the CA screen is taller: it scrolls, nothing is cut
    QVERIFY(scroll->widget()->height() > scroll->viewport()->height());
}

void TstScreenFit::remembersPlaceOnlyOnAScreen()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QScreen* large = screenOfSize(1920);
    const QRect place(large->geometry().x() + 100, 120, 1500, 820);
    {
        MainWindow window(*f.session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(place);
        QTest::qWait(50);
        window.close();
    }
    {
        MainWindow window(*f.session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        QCOMPARE(window.geometry(), place);
    }
    // That screen is gone: a place off every screen is not used.
    QSettings prefs;
    {
        MainWindow window(*f.session);
        window.show();
        window.setGeometry(QRect(9000, 5000, 900, 600));
        window.close();
    }
    MainWindow window(*f.session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    const QScreen* screen = QGuiApplication::screenAt(window.frameGeometry().center());
    QVERIFY2(screen && screen->availableGeometry().contains(window.frameGeometry()),
             qPrintable(QStringLiteral("window at %1,%2").arg(window.x()).arg(window.y())));
}

void TstScreenFit::slotTableFitsWithoutScrolling_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("ja") << QStringLiteral("ja");
    QTest::newRow("en") << QStringLiteral("en");
}

void TstScreenFit::slotTableFitsWithoutScrolling()
{
    QFETCH(QString, lang);
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(addLongMailUser(f, QStringLiteral("a.hara2")));
    installTranslators(lang);
    MainWindow window(*f.session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    UsersPage* page = window.usersPage();
    page->selectUser(QStringLiteral("a.hara2"));
    QTest::qWait(100);
    auto* table = child<QTableView>(page, "slotsTable");
    QCOMPARE(table->model()->rowCount(), 5);
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    QVERIFY(!child<QScrollArea>(page, "certificatePanelScroll")->horizontalScrollBar()->isVisible());
    const QHeaderView* header = table->horizontalHeader();
    QVERIFY(header->length() <= table->viewport()->width());
    // Status, expiry and the buttons whole; the address and the remarks get readable room.
    for (int c :
         {int(SlotsModel::StatusColumn), int(SlotsModel::ExpiryColumn), int(SlotsModel::OperationColumn)})
        QVERIFY2(header->sectionSize(c) >= static_cast<QAbstractItemView*>(table)->sizeHintForColumn(c),
                 qPrintable(QString::number(c)));
    const QFontMetrics fm = table->fontMetrics();
    const QString widths = QStringLiteral("%1: device %2, mail %3, remarks %4")
                               .arg(lang)
                               .arg(header->sectionSize(SlotsModel::DeviceColumn))
                               .arg(header->sectionSize(SlotsModel::MailColumn))
                               .arg(header->sectionSize(SlotsModel::RemarksColumn));
    qInfo("%s", qPrintable(widths));
    // At least the start and the domain of an address, and about ten characters of remarks.
    QVERIFY2(header->sectionSize(SlotsModel::MailColumn) >=
                 fm.horizontalAdvance(QStringLiteral("a.hara2…@example.jp")),
             qPrintable(widths));
    QVERIFY2(header->sectionSize(SlotsModel::RemarksColumn) >=
                 fm.horizontalAdvance(QStringLiteral("営業部 貸与ノートPC")),
             qPrintable(widths));
    // Every device name readable: on one line, or wrapped onto a row tall enough for its lines.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString device = table->model()->index(row, SlotsModel::DeviceColumn).data().toString();
        if (device.isEmpty())
            continue;
        const int width = header->sectionSize(SlotsModel::DeviceColumn);
        const QRect needed = fm.boundingRect(QRect(0, 0, width - 12, 10000), Qt::TextWordWrap, device);
        QVERIFY2(needed.width() <= width - 8 && table->rowHeight(row) >= needed.height(),
                 qPrintable(QStringLiteral("%1: \"%2\" needs %3×%4, has %5×%6")
                                .arg(widths, device)
                                .arg(needed.width())
                                .arg(needed.height())
                                .arg(width)
                                .arg(table->rowHeight(row))));
    }
    // The address elided in the middle, with the whole address as the tooltip.
    const QModelIndex mail = table->model()->index(0, SlotsModel::MailColumn);
    QCOMPARE(mail.data(Qt::ToolTipRole).toString(), mail.data().toString());
    QVERIFY(table->itemDelegateForColumn(SlotsModel::MailColumn) != table->itemDelegate());
    // The users table shows every column whole ("Issued" / 証明書発行枚数 included).
    auto* users = child<QTableView>(page, "usersTable");
    for (int c = 0; c < users->model()->columnCount(); ++c) {
        if (c == UsersModel::NameColumn)
            continue;
        QVERIFY2(users->horizontalHeader()->sectionSize(c) >= users->horizontalHeader()->sectionSizeHint(c),
                 qPrintable(QString::number(c)));
    }
    QVERIFY(users->horizontalHeader()->length() <= users->viewport()->width());
}

void TstScreenFit::datesReadTheSameInBothLanguages()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(addLongMailUser(f, QStringLiteral("a.hara2")));
    SlotsModel model(f.session->db(), f.session->clock());
    model.setUser(QStringLiteral("a.hara2"));
    const std::optional<CertificateRecord> c = model.certificateAt(0);
    QVERIFY(c);
    const QString expected = c->notAfter.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm"));
    for (const QString& lang : {QStringLiteral("ja"), QStringLiteral("en")}) {
        installTranslators(lang);
        QCOMPARE(model.index(0, SlotsModel::ExpiryColumn).data().toString(), expected);
    }
    const QDateTime morning(QDate(2027, 11, 6), QTime(1, 43), Qt::UTC);
    QCOMPARE(dateformat::dateTime(morning),
             morning.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm")));
    QVERIFY(dateformat::dateTime(morning).startsWith(QStringLiteral("2027/11/0")));
    QCOMPARE(dateformat::dateTime({}), QString());
}

void TstScreenFit::slotRowsKeepHeightAfterLanguageSwitch()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(addLongMailUser(f, QStringLiteral("a.hara2")));
    CertificatePanel panel(*f.session);
    panel.resize(900, 700);
    panel.setUser(QStringLiteral("a.hara2"));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* table = child<QTableView>(&panel, "slotsTable");
    for (const QString& lang : {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("ja")}) {
        installTranslators(lang);
        QTest::qWait(50);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            QWidget* cell = table->indexWidget(table->model()->index(row, SlotsModel::OperationColumn));
            QVERIFY(cell);
            QVERIFY2(table->rowHeight(row) >= cell->sizeHint().height(),
                     qPrintable(QStringLiteral("%1: row %2 is %3 high, its buttons %4")
                                    .arg(lang)
                                    .arg(row)
                                    .arg(table->rowHeight(row))
                                    .arg(cell->sizeHint().height())));
            QVERIFY(table->columnWidth(SlotsModel::OperationColumn) >= cell->sizeHint().width());
        }
    }
}

void TstScreenFit::policyColumnsFitAfterLanguageSwitch()
{
    CERTDESK_GUI_FIXTURE(f, true);
    SettingsPage page(*f.session);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = child<DevicePolicyTable>(&page, "devicePolicyTable");
    for (const QString& lang : {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("ja")}) {
        installTranslators(lang);
        QTest::qWait(50);
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column :
                 {int(DevicePolicyTable::ProfileColumn), int(DevicePolicyTable::KeyTypeColumn)}) {
                auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, column));
                QVERIFY(combo);
                int widest = 0;
                for (int i = 0; i < combo->count(); ++i)
                    widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
                QVERIFY2(table->columnWidth(column) >= combo->sizeHint().width() &&
                             combo->width() >= combo->sizeHint().width() &&
                             combo->sizeHint().width() > widest,
                         qPrintable(QStringLiteral("%1 row %2 column %3: column %4, combo %5, needs %6")
                                        .arg(lang)
                                        .arg(row)
                                        .arg(column)
                                        .arg(table->columnWidth(column))
                                        .arg(combo->width())
                                        .arg(combo->sizeHint().width())));
            }
            QVERIFY(table->rowHeight(row) >=
                    table->cellWidget(row, DevicePolicyTable::KeyTypeColumn)->sizeHint().height());
        }
        QVERIFY(table->columnWidth(DevicePolicyTable::DeviceColumn) >=
                static_cast<QAbstractItemView*>(table)->sizeHintForColumn(DevicePolicyTable::DeviceColumn));
    }
}

// Two screens for the offscreen platform: a 1366×768 laptop (primary) and a 1920×1080 monitor right of it.
int main(int argc, char** argv)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [
  {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
  {"name": "monitor", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TstScreenFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ScreenFit.moc"
