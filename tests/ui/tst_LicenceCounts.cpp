// Issue 17 §7 on the desktop: Settings → General has the contracted number (0 shows "No limit"); the
// dashboard shows contracted / issued / remaining (契約数 / 発行数 / 追加発行可能数) only when it is set, and
// follows issuing and settings changes.
#include "GuiFixture.h"
#include "Screenshot.h"
#include "settings/SettingsPage.h"
#include "shell/DashboardStrip.h"
#include "store/Settings.h"
#include "util/AppTranslator.h"

#include <QLabel>
#include <QSpinBox>
#include <QStandardPaths>

using namespace certdesk;

class TstLicenceCounts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void settingsField();
    void dashboardShowsCounts();
};

void TstLicenceCounts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CertDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_LicenceCounts"));
    installTranslators(QStringLiteral("en"));
}

void TstLicenceCounts::settingsField()
{
    CERTDESK_GUI_FIXTURE(f, true);
    SettingsPage page(*f.session);
    auto* spin = test::child<QSpinBox>(&page, "licenceContractedSpin");
    QCOMPARE(spin->value(), 0);
    QCOMPARE(spin->text(), QStringLiteral("No limit"));
    spin->setValue(120);
    QTest::mouseClick(test::child<QPushButton>(&page, "saveSettingsButton"), Qt::LeftButton);
    QCOMPARE(test::child<QLabel>(&page, "settingsErrorLabel")->text(), QString());
    QCOMPARE(Settings(*f.wf.db).intValue(SettingKey::LicenceContracted), 120);
    HistoryFilter filter;
    filter.operation = Op::SettingsChanged;
    auto rows = HistoryLog::list(*f.wf.db, filter);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().details, QStringLiteral("licence.contracted=120"));
    page.resize(900, 900);
    page.show();
    test::screenshot(&page, QStringLiteral("settings-licence"));
}

void TstLicenceCounts::dashboardShowsCounts()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    DashboardStrip strip(*f.session);
    strip.resize(1200, 80);
    strip.show();
    auto* licence = test::child<QWidget>(&strip, "dashLicence");
    QVERIFY(!licence->isVisible()); // no contracted number: nothing to show

    QVERIFY(Settings(*f.wf.db).set(SettingKey::LicenceContracted, QStringLiteral("3")).ok());
    f.session->notifySettingsChanged();
    QVERIFY(licence->isVisible());
    QCOMPARE(test::child<QLabel>(&strip, "dashContracted")->text(),
             QStringLiteral("Contracted <b>3</b>&nbsp;&nbsp;"));
    QCOMPARE(test::child<QLabel>(&strip, "dashIssued")->text(),
             QStringLiteral("Issued <b>0</b>&nbsp;&nbsp;"));
    QCOMPARE(test::child<QLabel>(&strip, "dashRemaining")->text(),
             QStringLiteral("Remaining <b>3</b>&nbsp;&nbsp;"));

    IssueRequest r;
    r.loginId = QStringLiteral("taro");
    r.device = QStringLiteral("windows");
    auto issued = CertificateWorkflows(*f.wf.ctx).issue(r);
    QVERIFY2(issued.ok(), qPrintable(issued.error().message));
    f.session->notifyCertificatesChanged(QStringLiteral("taro"));
    QCOMPARE(test::child<QLabel>(&strip, "dashIssued")->text(),
             QStringLiteral("Issued <b>1</b>&nbsp;&nbsp;"));
    QCOMPARE(test::child<QLabel>(&strip, "dashRemaining")->text(),
             QStringLiteral("Remaining <b>2</b>&nbsp;&nbsp;"));
    test::screenshot(&strip, QStringLiteral("dashboard-licence"));

    // Back to no limit: hidden again.
    QVERIFY(Settings(*f.wf.db).set(SettingKey::LicenceContracted, QStringLiteral("0")).ok());
    f.session->notifySettingsChanged();
    QVERIFY(!licence->isVisible());
}

QTEST_MAIN(TstLicenceCounts)
#include "tst_LicenceCounts.moc"
