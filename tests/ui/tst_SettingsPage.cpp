// 設定: an invalid value shows an error and saves nothing; a valid change persists with one history
// row per changed key in one go; the language switches live (LanguageChange reaches retranslateUi).
#include "GuiFixture.h"
#include "Screenshot.h"
#include "policy/DeviceTypes.h"
#include "settings/DevicePolicyTable.h"
#include "settings/SettingsPage.h"
#include "store/Settings.h"
#include "util/AppTranslator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

using namespace certdesk;

namespace {

QList<HistoryEntry> settingsRows(Database& db)
{
    HistoryFilter filter;
    filter.operation = Op::SettingsChanged;
    auto rows = HistoryLog::list(db, filter);
    return rows ? rows.value() : QList<HistoryEntry>();
}

} // namespace

class TstSettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsCurrentValues();
    void invalidValueSavesNothing();
    void validChangePersists();
    void languageSwitchesLive();
};

void TstSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings "language" goes to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("CertDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_SettingsPage"));
    installTranslators(QStringLiteral("en"));
}

void TstSettingsPage::showsCurrentValues()
{
    CERTDESK_GUI_FIXTURE(f, true);
    SettingsPage page(*f.session);
    QCOMPARE(page.title(), QStringLiteral("Settings"));
    QCOMPARE(test::child<QSpinBox>(&page, "maxCertsSpin")->value(), 5);
    QCOMPARE(test::child<QSpinBox>(&page, "validityDaysSpin")->value(), 365);
    QCOMPARE(test::child<QSpinBox>(&page, "deadlineDaysSpin")->value(), 14);
    QCOMPARE(test::child<QSpinBox>(&page, "downloadLimitSpin")->value(), 3);
    QCOMPARE(test::child<QSpinBox>(&page, "crlNextUpdateSpin")->value(), 7);
    for (const QString& id : DeviceTypes::ids()) {
        const DevicePolicy p = DeviceTypes::defaultPolicy(id);
        auto* profile = page.findChild<QComboBox*>(QStringLiteral("profileCombo_") + id);
        auto* key = page.findChild<QComboBox*>(QStringLiteral("keyTypeCombo_") + id);
        auto* attach = page.findChild<QCheckBox*>(QStringLiteral("attachCheck_") + id);
        QVERIFY(profile && key && attach);
        QCOMPARE(profile->currentData().toString(), pkcs12ProfileId(p.profile));
        QCOMPARE(key->currentData().toString(), keyTypeId(p.keyType));
        QCOMPARE(attach->isChecked(), p.attachToMail);
    }
    QVERIFY(test::child<QLabel>(&page, "databaseLabel")->text().contains(f.wf.db->url().display()));
    QVERIFY(!test::child<QPushButton>(&page, "saveSettingsButton")->isEnabled());
    QVERIFY(!page.hasUnsavedChanges());
}

void TstSettingsPage::invalidValueSavesNothing()
{
    CERTDESK_GUI_FIXTURE(f, true);
    SettingsPage page(*f.session);
    const QString before = test::dumpContent(*f.wf.db);
    test::child<QSpinBox>(&page, "maxCertsSpin")->setValue(0);
    QTest::keyClicks(test::child<QLineEdit>(&page, "orgNameEdit"), QStringLiteral("Valid Org"));
    QTest::keyClicks(test::child<QLineEdit>(&page, "crlUrlEdit"), QStringLiteral("ftp://example.jp/crl"));
    auto* save = test::child<QPushButton>(&page, "saveSettingsButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    const QString error = test::child<QLabel>(&page, "settingsErrorLabel")->text();
    QVERIFY2(error.contains(QLatin1String("Maximum certificates per user")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("CRL distribution point URL")), qPrintable(error));
    page.resize(900, 900);
    test::screenshot(&page, QStringLiteral("settings-invalid"));
    QCOMPARE(test::dumpContent(*f.wf.db), before);
    QVERIFY(page.hasUnsavedChanges()); // the form keeps what was typed
    QVERIFY(!Prompts::hasQueuedAnswers());
}

void TstSettingsPage::validChangePersists()
{
    CERTDESK_GUI_FIXTURE(f, true);
    SettingsPage page(*f.session);
    QSignalSpy settingsChanged(f.session.get(), &AppSession::settingsChanged);
    test::child<QSpinBox>(&page, "maxCertsSpin")->setValue(7);
    QTest::keyClicks(test::child<QLineEdit>(&page, "orgNameEdit"), QStringLiteral("Example KK"));
    auto* profile = page.findChild<QComboBox*>(QStringLiteral("profileCombo_windows"));
    profile->setCurrentIndex(profile->findData(pkcs12ProfileId(Pkcs12Profile::Compatible)));
    QTest::mouseClick(test::child<QPushButton>(&page, "saveSettingsButton"), Qt::LeftButton);
    QCOMPARE(test::child<QLabel>(&page, "settingsErrorLabel")->text(), QString());
    QCOMPARE(settingsChanged.count(), 1);

    const Settings settings(*f.wf.db);
    QCOMPARE(settings.intValue(SettingKey::MaxCertsPerUser), 7);
    QCOMPARE(settings.value(SettingKey::OrgName), QStringLiteral("Example KK"));
    QCOMPARE(DeviceTypes::policy(settings, QStringLiteral("windows")).profile, Pkcs12Profile::Compatible);
    QStringList details;
    for (const HistoryEntry& e : settingsRows(*f.wf.db)) {
        details << e.details;
        QCOMPARE(e.operatorName, QStringLiteral("tester"));
    }
    details.sort();
    QCOMPARE(details, (QStringList{QStringLiteral("device.windows.profile=compatible"),
                                   QStringLiteral("limits.max_certs_per_user=7"),
                                   QStringLiteral("org.name=Example KK")}));
    QVERIFY(!page.hasUnsavedChanges());
    QVERIFY(!test::child<QPushButton>(&page, "saveSettingsButton")->isEnabled());

    // Discard changes brings back the stored values.
    test::child<QSpinBox>(&page, "maxCertsSpin")->setValue(9);
    QTest::mouseClick(test::child<QPushButton>(&page, "revertSettingsButton"), Qt::LeftButton);
    QCOMPARE(test::child<QSpinBox>(&page, "maxCertsSpin")->value(), 7);
    QCOMPARE(settingsRows(*f.wf.db).size(), 3);
}

void TstSettingsPage::languageSwitchesLive()
{
    CERTDESK_GUI_FIXTURE(f, true);
    SettingsPage page(*f.session);
    page.show();
    auto* combo = test::child<QComboBox>(&page, "languageCombo");
    auto* save = test::child<QPushButton>(&page, "saveSettingsButton");
    auto* dbLabel = test::child<QLabel>(&page, "databaseLabel");
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
    // Mark texts as stale: only retranslateUi() can set them again.
    save->setText(QStringLiteral("stale"));
    dbLabel->setText(QStringLiteral("stale"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
    QCoreApplication::processEvents();
    QCOMPARE(currentLanguage(), QStringLiteral("ja"));
    QTRY_VERIFY(save->text() != QStringLiteral("stale"));
    QCOMPARE(save->text(), QCoreApplication::translate("certdesk::SettingsPage", "Save"));
    QCOMPARE(dbLabel->text(), f.wf.db->url().display());
    QCOMPARE(page.title(), QCoreApplication::translate("certdesk::SettingsPage", "Settings"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
    page.resize(900, 900);
    test::screenshot(&page, QStringLiteral("settings-ja"));
    if (QCoreApplication::translate("certdesk::SettingsPage", "Settings") != QLatin1String("Settings"))
        QCOMPARE(page.title(), QStringLiteral("設定"));

    save->setText(QStringLiteral("stale"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QTRY_COMPARE(save->text(), QStringLiteral("Save"));
    QCOMPARE(page.title(), QStringLiteral("Settings"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

QTEST_MAIN(TstSettingsPage)
#include "tst_SettingsPage.moc"
