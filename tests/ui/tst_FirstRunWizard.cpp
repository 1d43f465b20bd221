// First-run wizard on an empty folder: local file → create a CA with a passphrase → finish; the
// database then exists, is migrated, has the active CA and the organisation name (with history rows).
// Also: page validation, a preset database, an existing CA kept, and a failing PostgreSQL test.
#include "AppSession.h"
#include "GuiFixture.h"
#include "Screenshot.h"
#include "ca/CaSetupWidget.h"
#include "store/CaStore.h"
#include "store/Settings.h"
#include "util/AppTranslator.h"
#include "wizard/DatabaseWizardPage.h"
#include "wizard/FirstRunWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

using namespace certdesk;

namespace {

const QString kCaPass = QStringLiteral("wizard passphrase 1");

void fillCa(QWizard& wizard, const QString& confirm)
{
    QTest::keyClicks(test::child<QLineEdit>(&wizard, "caNameEdit"), QStringLiteral("Wizard Device CA"));
    QTest::keyClicks(test::child<QLineEdit>(&wizard, "caOrgEdit"), QStringLiteral("Example KK"));
    QTest::keyClicks(test::child<QLineEdit>(&wizard, "caPassphraseEdit"), kCaPass);
    QTest::keyClicks(test::child<QLineEdit>(&wizard, "caPassphraseConfirmEdit"), confirm);
}

const QString kAdminPass = QStringLiteral("Wizard-Setup-Pass1");

// The administrator page: the first administrator of a new database; the wizard signs in as it.
void createAdministrator(QWizard& wizard)
{
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
    QVERIFY(!test::child<QLabel>(&wizard, "passwordRulesLabel")->text().isEmpty());
    QTest::keyClicks(test::child<QLineEdit>(&wizard, "operatorLoginEdit"), QStringLiteral("admin"));
    test::child<QLineEdit>(&wizard, "operatorNameEdit")->setText(QStringLiteral("大塚 太郎"));
    test::child<QLineEdit>(&wizard, "newPasswordEdit")->setText(kAdminPass);
    test::child<QLineEdit>(&wizard, "repeatPasswordEdit")->setText(kAdminPass);
    wizard.next();
}

} // namespace

class TstFirstRunWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createsLocalDatabaseWithCa();
    void validatesPages();
    void importsCaWithSeparateKey();
    void presetDatabaseAndExistingCa();
    void languageAppliesLive();
    void postgresConnectionError();
    void defaultPathHasNoRepeatedFolder();
};

void TstFirstRunWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    installTranslators(QStringLiteral("en"));
}

void TstFirstRunWizard::createsLocalDatabaseWithCa()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new folder/certdesk.db"));
    FirstRunWizard wizard{QString()};
    wizard.show();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::LanguagePageId));
    QVERIFY(test::child<QRadioButton>(&wizard, "langEnRadio")->isChecked());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::DatabasePageId));
    test::screenshot(&wizard, QStringLiteral("wizard-database"));
    QVERIFY(test::child<QRadioButton>(&wizard, "dbLocalRadio")->isChecked());
    auto* pathEdit = test::child<QLineEdit>(&wizard, "dbPathEdit");
    QCOMPARE(QDir::fromNativeSeparators(pathEdit->text()), DatabaseWizardPage::defaultPath());
    pathEdit->setText(QDir::toNativeSeparators(path));
    wizard.next();
    QVERIFY(QFile::exists(path)); // opened and migrated when leaving the database page
    // The first administrator: a weak password or two different ones keep the wizard on the page.
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
    QTest::keyClicks(test::child<QLineEdit>(&wizard, "operatorLoginEdit"), QStringLiteral("admin"));
    test::child<QLineEdit>(&wizard, "newPasswordEdit")->setText(QStringLiteral("short"));
    test::child<QLineEdit>(&wizard, "repeatPasswordEdit")->setText(QStringLiteral("short"));
    QVERIFY(!test::child<QLabel>(&wizard, "passwordProblemLabel")->text().isEmpty());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
    QVERIFY(!test::child<QLabel>(&wizard, "administratorErrorLabel")->text().isEmpty());
    test::child<QLineEdit>(&wizard, "newPasswordEdit")->setText(kAdminPass);
    test::child<QLineEdit>(&wizard, "repeatPasswordEdit")->setText(kAdminPass + QLatin1Char('x'));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
    QVERIFY(
        test::child<QLabel>(&wizard, "administratorErrorLabel")->text().contains(QLatin1String("differ")));
    test::child<QLineEdit>(&wizard, "operatorLoginEdit")->clear();
    createAdministrator(wizard);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::CaPageId));
    QVERIFY(wizard.signedIn());
    QCOMPARE(wizard.actor().operatorName, QStringLiteral("admin"));
    QCOMPARE(wizard.actor().role, std::optional<Role>(Role::Admin));
    QVERIFY(test::child<QRadioButton>(&wizard, "caCreateRadio")->isChecked());
    QVERIFY(test::child<QRadioButton>(&wizard, "caKeepRadio")->isHidden());
    QCOMPARE(test::child<QComboBox>(&wizard, "caKeyCombo")->currentData().toString(),
             keyTypeId(KeyType::EcP384));
    fillCa(wizard, kCaPass);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    test::screenshot(&wizard, QStringLiteral("wizard-ca"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::SummaryPageId));
    test::screenshot(&wizard, QStringLiteral("wizard-summary"));
    QVERIFY(test::child<QLabel>(&wizard, "summaryLabel")->text().contains(QLatin1String("Wizard Device CA")));
    // Issue 17 §5: set up is done — nothing left to cancel; what next: users or a CSV file, mail, portal.
    QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
    const QString next = test::child<QLabel>(&wizard, "nextStepsLabel")->text();
    for (const char* word : {"users", "CSV", "mail", "portal"})
        QVERIFY2(next.contains(QLatin1String(word)), qPrintable(next));
    for (const char* button :
         {"nextAddUsersButton", "nextImportButton", "nextMailButton", "nextPortalButton"})
        QVERIFY2(test::child<QPushButton>(&wizard, button)->isVisible(), button);
    // Escape (or closing the window) finishes like Finish: the set-up is not thrown away.
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(wizard.firstScreen().isEmpty());
    // The passphrase typed here is handed over once, so that the first session starts with the CA unlocked.
    const QByteArray passphrase = wizard.takeCaPassphrase();
    QCOMPARE(passphrase, kCaPass.toUtf8());
    QVERIFY(wizard.takeCaPassphrase().isEmpty());
    {
        AppSession session(wizard.signedIn()->db);
        session.setSignedIn(wizard.signedIn()->result.actor, wizard.signedIn()->result.op.displayName);
        QVERIFY(!session.caUnlocked());
        QVERIFY(session.context().unlockCa(passphrase));
        QVERIFY(session.caUnlocked());
    }
    QCOMPARE(wizard.databaseUrl(), QStringLiteral("sqlite:") + path);

    auto db = Database::open(wizard.databaseUrl());
    QVERIFY(db);
    auto ca = CaStore(*db.value()).active();
    QVERIFY(ca && ca.value());
    QCOMPARE(ca.value()->name, QStringLiteral("Wizard Device CA"));
    QVERIFY(ca.value()->subject.contains(QLatin1String("O=Example KK")));
    QCOMPARE(ca.value()->keyType, keyTypeId(KeyType::EcP384));
    QVERIFY(ca.value()->notAfter > QDateTime::currentDateTimeUtc().addYears(9));
    QVERIFY(CertificateAuthority::load(ca.value()->certDer, ca.value()->chainPem, ca.value()->encryptedKeyPem,
                                       kCaPass.toUtf8()));
    QCOMPARE(Settings(*db.value()).value(SettingKey::OrgName), QStringLiteral("Example KK"));
    HistoryFilter filter;
    auto rows = HistoryLog::list(*db.value(), filter);
    QVERIFY(rows);
    QStringList ops;
    for (const HistoryEntry& e : rows.value())
        ops << e.operation + QLatin1Char(' ') + e.details.section(QLatin1Char(' '), 0, 0);
    QVERIFY2(ops.contains(QStringLiteral("settings-changed org.name=Example")),
             qPrintable(ops.join(QLatin1Char('|'))));
    QVERIFY(ops.contains(Op::CaCreated + QStringLiteral(" subject=CN=Wizard")));
    // The CA was created by the administrator, who signed in on the wizard's administrator page.
    bool signedIn = false;
    for (const HistoryEntry& e : rows.value()) {
        if (e.operation == Op::CaCreated)
            QCOMPARE(e.operatorName, QStringLiteral("admin"));
        signedIn = signedIn || (e.operation == Op::Login && e.operatorName == QLatin1String("admin"));
    }
    QVERIFY(signedIn);
    auto verify = HistoryLog::verify(*db.value());
    QVERIFY(verify && verify->intact);
}

void TstFirstRunWizard::validatesPages()
{
    QTemporaryDir dir;
    FirstRunWizard wizard{QString()};
    wizard.show();
    wizard.next();
    auto* pathEdit = test::child<QLineEdit>(&wizard, "dbPathEdit");
    pathEdit->clear();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    pathEdit->setText(dir.path()); // a folder, not a file
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::DatabasePageId));
    QVERIFY(!test::child<QLabel>(&wizard, "dbStatusLabel")->text().isEmpty());
    pathEdit->setText(dir.filePath(QStringLiteral("v.db")));
    wizard.next();
    createAdministrator(wizard);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::CaPageId));

    auto* hint = test::child<QLabel>(&wizard, "caSetupHintLabel");
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QVERIFY(!hint->text().isEmpty());
    QTest::keyClicks(test::child<QLineEdit>(&wizard, "caNameEdit"), QStringLiteral("CA"));
    QTest::keyClicks(test::child<QLineEdit>(&wizard, "caPassphraseEdit"), QStringLiteral("short"));
    QCOMPARE(hint->text(), CaWorkflows::passphraseError("short"));
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    test::child<QLineEdit>(&wizard, "caPassphraseEdit")->setText(kCaPass);
    QTest::keyClicks(test::child<QLineEdit>(&wizard, "caPassphraseConfirmEdit"),
                     QStringLiteral("something else"));
    QCOMPARE(hint->text(), QStringLiteral("The passphrase and its confirmation differ."));
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::CaPageId));
    // Import mode needs a file that exists.
    test::child<QRadioButton>(&wizard, "caImportRadio")->setChecked(true);
    test::child<QLineEdit>(&wizard, "caPassphraseConfirmEdit")->setText(kCaPass);
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    test::child<QLineEdit>(&wizard, "caImportFileEdit")->setText(dir.filePath(QStringLiteral("missing.p12")));
    QVERIFY(hint->text().contains(QLatin1String("missing.p12")));
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    auto ca = CaStore(*wizard.database()).active();
    QVERIFY(ca && !ca.value()); // nothing created
}

void TstFirstRunWizard::importsCaWithSeparateKey()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("ca.pem"));
    const QString key = dir.filePath(QStringLiteral("ca-key.pem"));
    auto made = test::runOpenssl(
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
         QStringLiteral("365"), QStringLiteral("-subj"),
         QStringLiteral("/CN=Imported Device CA/O=Example KK"), QStringLiteral("-addext"),
         QStringLiteral("basicConstraints=critical,CA:TRUE,pathlen:0"), QStringLiteral("-addext"),
         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.all()));

    FirstRunWizard wizard{QString()};
    wizard.show();
    wizard.next();
    test::child<QLineEdit>(&wizard, "dbPathEdit")->setText(dir.filePath(QStringLiteral("imported.db")));
    wizard.next();
    createAdministrator(wizard);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::CaPageId));
    test::child<QRadioButton>(&wizard, "caImportRadio")->setChecked(true);
    QVERIFY(test::child<QLineEdit>(&wizard, "caNameEdit")->isHidden());
    QVERIFY(!test::child<QLineEdit>(&wizard, "caImportFileEdit")->isHidden());
    Prompts::setNextFileName(cert);
    QTest::mouseClick(test::child<QPushButton>(&wizard, "caImportBrowseButton"), Qt::LeftButton);
    QCOMPARE(test::child<QLineEdit>(&wizard, "caImportFileEdit")->text(), cert);
    test::child<QLineEdit>(&wizard, "caKeyFileEdit")->setText(key);
    test::child<QLineEdit>(&wizard, "caOrgEdit")->setText(QStringLiteral("Example KK"));
    test::child<QLineEdit>(&wizard, "caPassphraseEdit")->setText(kCaPass);
    test::child<QLineEdit>(&wizard, "caPassphraseConfirmEdit")->setText(kCaPass);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::SummaryPageId));
    auto ca = CaStore(*wizard.database()).active();
    QVERIFY(ca && ca.value());
    QVERIFY(ca.value()->subject.contains(QLatin1String("CN=Imported Device CA")));
    QCOMPARE(ca.value()->keyType, keyTypeId(KeyType::EcP256));
    HistoryFilter filter;
    filter.operation = Op::CaImported;
    QCOMPARE(HistoryLog::count(*wizard.database(), filter).value(), 1);
    QCOMPARE(Settings(*wizard.database()).value(SettingKey::OrgName), QStringLiteral("Example KK"));
}

void TstFirstRunWizard::presetDatabaseAndExistingCa()
{
    CERTDESK_GUI_FIXTURE(f, true); // a database that already has a CA
    FirstRunWizard wizard(f.tdb->url());
    wizard.show();
    wizard.next();
    auto parsed = DatabaseUrl::parse(f.tdb->url());
    QVERIFY(parsed);
    if (parsed->kind == DatabaseUrl::Kind::Sqlite)
        QCOMPARE(QDir::fromNativeSeparators(test::child<QLineEdit>(&wizard, "dbPathEdit")->text()),
                 parsed->path);
    else
        QVERIFY(test::child<QRadioButton>(&wizard, "dbPostgresRadio")->isChecked());
    wizard.next();
    // The database has operators: an administrator signs in instead of creating one.
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
    QVERIFY(!test::child<QLineEdit>(&wizard, "operatorLoginEdit")->isVisible());
    QVERIFY(test::child<QLineEdit>(&wizard, "signInLoginEdit")->isVisible());
    test::child<QLineEdit>(&wizard, "signInLoginEdit")->setText(test::kAdminLogin);
    test::child<QLineEdit>(&wizard, "signInPasswordEdit")->setText(QStringLiteral("wrong password"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
    QVERIFY(!test::child<QLabel>(&wizard, "signInErrorLabel")->text().isEmpty());
    test::child<QLineEdit>(&wizard, "signInPasswordEdit")->setText(test::kOperatorPassword);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::CaPageId));
    QCOMPARE(wizard.actor().operatorName, test::kAdminLogin);
    const QString before = test::dumpContent(*f.wf.db);
    auto* keep = test::child<QRadioButton>(&wizard, "caKeepRadio");
    QVERIFY(!keep->isHidden());
    QVERIFY(keep->isChecked());
    QVERIFY(keep->text().contains(QLatin1String("Test Device CA")));
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::SummaryPageId));
    QCOMPARE(test::dumpContent(*f.wf.db), before); // nothing replaced
    QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
    QVERIFY(wizard.takeCaPassphrase().isEmpty()); // kept CA: no passphrase was typed
    // "What next" → Set up mail: finishes the wizard, and the main window opens Settings → Mail.
    QTest::mouseClick(test::child<QPushButton>(&wizard, "nextMailButton"), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.firstScreen(), QStringLiteral("mail"));
}

// Issue 17 §5: organisation and application are both "CertDesk" on the desktop; the default database
// path must not repeat the folder (…/CertDesk/CertDesk/certdesk.db).
void TstFirstRunWizard::defaultPathHasNoRepeatedFolder()
{
    const QString org = QCoreApplication::organizationName();
    const QString app = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("CertDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CertDesk"));
    const QString path = DatabaseWizardPage::defaultPath();
    QCoreApplication::setOrganizationName(org);
    QCoreApplication::setApplicationName(app);
    QVERIFY2(!path.contains(QLatin1String("CertDesk/CertDesk")), qPrintable(path));
    QVERIFY2(path.endsWith(QLatin1String("/CertDesk/certdesk.db")), qPrintable(path));
}

void TstFirstRunWizard::languageAppliesLive()
{
    FirstRunWizard wizard{QString()};
    wizard.show();
    wizard.setButtonText(QWizard::NextButton, QStringLiteral("stale"));
    test::child<QRadioButton>(&wizard, "langJaRadio")->setChecked(true);
    QCOMPARE(currentLanguage(), QStringLiteral("ja"));
    QTRY_VERIFY(wizard.buttonText(QWizard::NextButton) != QStringLiteral("stale"));
    test::child<QRadioButton>(&wizard, "langEnRadio")->setChecked(true);
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QTRY_COMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Next >"));
}

void TstFirstRunWizard::postgresConnectionError()
{
    FirstRunWizard wizard{QString()};
    wizard.show();
    wizard.next();
    auto* button = test::child<QAbstractButton>(&wizard, "testConnectionButton");
    QVERIFY(!button->isEnabled());
    test::child<QRadioButton>(&wizard, "dbPostgresRadio")->setChecked(true);
    QVERIFY(button->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    test::child<QLineEdit>(&wizard, "pgUrlEdit")
        ->setText(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!test::child<QLabel>(&wizard, "dbStatusLabel")->text().isEmpty());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::DatabasePageId));
}

QTEST_MAIN(TstFirstRunWizard)
#include "tst_FirstRunWizard.moc"
