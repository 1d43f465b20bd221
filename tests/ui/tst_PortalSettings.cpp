// Settings → Portal and CRL: the settings save with their history rows and refuse an invalid
// URL with the message; the CRL folder and command are saved to this computer's crl-publish.conf, not the
// database, and the panel says so; "Publish CRL now" writes certdesk.crl + certdesk-crl.pem (checked with
// openssl) and shows a failing publish command's problem; the in-process portal serves /ca.pem; the dashboard
// warns after a revocation the CRL does not have yet (CA locked) until "Publish now"; the revoke dialog
// says what happened to the CRL; the issue result shows the download link once; the CRL schedule
// publishes only when the CA unlocks without a prompt.
#include "GuiFixture.h"
#include "OpensslCli.h"
#include "Screenshot.h"
#include "UsersTestHelpers.h"
#include "ca/Certificate.h"
#include "portal/PortalServerBox.h"
#include "portal/PortalService.h"
#include "portal/PortalSettingsPanel.h"
#include "revocation/CrlPublisher.h"
#include "revocation/CrlSchedule.h"
#include "revocation/PublishTarget.h"
#include "settings/SettingsPage.h"
#include "shell/DashboardStrip.h"
#include "store/CaStore.h"
#include "store/Settings.h"
#include "users/IssueDialog.h"
#include "users/RevokeDialog.h"
#include "util/AppTranslator.h"
#include "workflows/SettingsWorkflows.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>

using namespace certdesk;
using namespace certdesk::test;

namespace {

QStringList settingsDetails(Database& db)
{
    HistoryFilter filter;
    filter.operation = Op::SettingsChanged;
    filter.limit = 1000;
    auto rows = HistoryLog::list(db, filter);
    QStringList details;
    if (rows) {
        for (const HistoryEntry& e : rows.value())
            details << e.details;
    }
    details.sort();
    return details;
}

void setText(QWidget* root, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(root, name);
    QVERIFY(edit);
    edit->setText(text);
}

void click(QWidget* root, const char* name)
{
    auto* button = child<QPushButton>(root, name);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

QString labelText(QWidget* root, const char* name)
{
    auto* label = child<QLabel>(root, name);
    return label ? label->text() : QString();
}

} // namespace

class TstPortalSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabOnSettingsPage();
    void savesAndReadsBack();
    void invalidUrlIsRefused();
    void publishCrlNowWritesFiles();
    void failingPublishCommandShowsProblem();
    void inProcessPortalServesCaCertificate();
    void dashboardWarnsUntilPublished();
    void revokeDialogShowsPublishedCrl();
    void issueResultShowsDownloadLink();
    void scheduleNeverPrompts();

private:
    std::unique_ptr<QTemporaryDir> m_localConfig;
};

void TstPortalSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings "portal/…" go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("CertDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_PortalSettings"));
    QSettings().remove(QStringLiteral("portal"));
    installTranslators(QStringLiteral("en"));
}

void TstPortalSettings::init()
{
    Prompts::clearShownMessages();
    // This computer's CRL publish configuration: a fresh file per test, never the user's own.
    m_localConfig = std::make_unique<QTemporaryDir>();
    PublishTarget::useConfigFile(m_localConfig->filePath(QStringLiteral("crl-publish.conf")));
}

void TstPortalSettings::cleanup()
{
    PublishTarget::useConfigFile(QString());
    m_localConfig.reset();
    qputenv("CERTDESK_CA_PASSPHRASE", QByteArray());
    QVERIFY2(!Prompts::hasQueuedAnswers(), "a queued prompt answer was not used");
}

void TstPortalSettings::tabOnSettingsPage()
{
    CERTDESK_GUI_FIXTURE(f, true);
    SettingsPage page(*f.session);
    auto* tabs = child<QTabWidget>(&page, "settingsTabs");
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(2), QStringLiteral("Portal and CRL"));
    QVERIFY(qobject_cast<PortalSettingsPanel*>(tabs->widget(2)));
    QVERIFY(labelText(tabs->widget(2), "crlStatusLabel").contains(QStringLiteral("No CRL yet")));
}

void TstPortalSettings::savesAndReadsBack()
{
    CERTDESK_GUI_FIXTURE(f, true);
    {
        PortalSettingsPanel panel(*f.session);
        QVERIFY(!child<QPushButton>(&panel, "savePortalSettingsButton")->isEnabled());
        setText(&panel, "portalBaseUrlEdit", QStringLiteral("https://certs.example.jp"));
        child<QSpinBox>(&panel, "portalDeadlineDaysSpin")->setValue(10);
        child<QSpinBox>(&panel, "portalDownloadLimitSpin")->setValue(2);
        setText(&panel, "crlFolderEdit", f.wf.dir.filePath(QStringLiteral("crl")));
        setText(&panel, "crlCommandEdit", QStringLiteral("nginx -s reload"));
        child<QSpinBox>(&panel, "portalCrlNextUpdateSpin")->setValue(3);
        setText(&panel, "portalCrlUrlEdit", QStringLiteral("http://pki.example.jp/certdesk.crl"));
        setText(&panel, "portalOcspUrlEdit", QStringLiteral("http://ocsp.example.jp/ocsp"));
        setText(&panel, "portalCaIssuersUrlEdit", QStringLiteral("http://pki.example.jp/ca.crt"));
        QVERIFY(panel.hasUnsavedChanges());
        click(&panel, "savePortalSettingsButton");
        QCOMPARE(labelText(&panel, "portalSettingsErrorLabel"), QString());
        QCOMPARE(labelText(&panel, "portalSettingsStatusLabel"), QStringLiteral("Saved 9 settings."));
        QVERIFY(!panel.hasUnsavedChanges());
    }
    const Settings settings(*f.wf.db);
    QCOMPARE(settings.value(SettingKey::PortalBaseUrl), QStringLiteral("https://certs.example.jp"));
    QCOMPARE(settings.intValue(SettingKey::DownloadDeadlineDays), 10);
    QCOMPARE(settings.intValue(SettingKey::DownloadLimit), 2);
    QCOMPARE(settings.intValue(SettingKey::CrlNextUpdateDays), 3);
    QCOMPARE(settings.value(SettingKey::CaIssuersUrl), QStringLiteral("http://pki.example.jp/ca.crt"));
    // The folder and the command went to this computer's file, not to the database.
    auto local = PublishTarget::load(PublishTarget::configPath());
    QVERIFY(local.ok());
    QCOMPARE(local->folder, f.wf.dir.filePath(QStringLiteral("crl")));
    QCOMPARE(local->command, QStringLiteral("nginx -s reload"));
    QVERIFY(!PublishTarget::databaseHasIgnoredValues(*f.wf.db));
    const QStringList details = settingsDetails(*f.wf.db);
    QCOMPARE(details.size(), 7);
    QVERIFY(details.contains(QStringLiteral("urls.portal=https://certs.example.jp")));
    QVERIFY(!details.join(QLatin1Char('\n')).contains(QStringLiteral("crl.publish")));
    QVERIFY(details.contains(QStringLiteral("urls.ocsp=http://ocsp.example.jp/ocsp")));

    // A new panel shows the stored values.
    PortalSettingsPanel again(*f.session);
    QCOMPARE(child<QLineEdit>(&again, "portalBaseUrlEdit")->text(),
             QStringLiteral("https://certs.example.jp"));
    QCOMPARE(child<QSpinBox>(&again, "portalCrlNextUpdateSpin")->value(), 3);
    QCOMPARE(child<QLineEdit>(&again, "crlCommandEdit")->text(), QStringLiteral("nginx -s reload"));
    const QString hint = labelText(&again, "crlLocalHintLabel");
    QVERIFY2(hint.contains(QDir::toNativeSeparators(PublishTarget::configPath())) &&
                 hint.contains(QLatin1String("not in the database")),
             qPrintable(hint));
    QCOMPARE(child<QLineEdit>(&again, "portalCrlUrlEdit")->text(),
             QStringLiteral("http://pki.example.jp/certdesk.crl"));
    QVERIFY(!again.hasUnsavedChanges());
}

void TstPortalSettings::invalidUrlIsRefused()
{
    CERTDESK_GUI_FIXTURE(f, true);
    PortalSettingsPanel panel(*f.session);
    const QString before = dumpContent(*f.wf.db);
    setText(&panel, "portalOcspUrlEdit", QStringLiteral("ftp://ocsp.example.jp"));
    child<QSpinBox>(&panel, "portalDownloadLimitSpin")->setValue(0);
    click(&panel, "savePortalSettingsButton");
    const QString error = labelText(&panel, "portalSettingsErrorLabel");
    QVERIFY2(error.startsWith(QLatin1String("Nothing was saved.")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("OCSP responder URL must be an http:// or https:// address.")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Downloads allowed per certificate")), qPrintable(error));
    QCOMPARE(dumpContent(*f.wf.db), before);
    QVERIFY(panel.hasUnsavedChanges());
}

void TstPortalSettings::publishCrlNowWritesFiles()
{
    CERTDESK_GUI_FIXTURE(f, true);
    PortalSettingsPanel panel(*f.session);
    const QString folder = f.wf.dir.filePath(QStringLiteral("published"));
    setText(&panel, "crlFolderEdit", folder); // saved by Publish
    Prompts::setNextPassphrase(kPassphrase);
    click(&panel, "publishCrlNowButton");
    const QString result = labelText(&panel, "crlPublishResultLabel");
    QVERIFY2(result.startsWith(QLatin1String("Published CRL number 1 with 0 revoked certificates to ")),
             qPrintable(result));
    QVERIFY(result.contains(QDir::toNativeSeparators(folder)));
    QCOMPARE(PublishTarget::current().folder, folder);
    QVERIFY(
        labelText(&panel, "crlStatusLabel").startsWith(QLatin1String("Current CRL: number 1, next update ")));

    const QString der = QDir(folder).filePath(CrlPublisher::DerFileName);
    const QString pem = QDir(folder).filePath(CrlPublisher::PemFileName);
    QVERIFY(QFile::exists(der) && QFile::exists(pem));
    const ProcessResult derCheck = runOpenssl(
        {QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), der,
         QStringLiteral("-CAfile"), f.wf.caPem(), QStringLiteral("-noout"), QStringLiteral("-crlnumber")});
    QVERIFY2(derCheck.exitCode == 0, qPrintable(derCheck.all()));
    QVERIFY2(derCheck.all().contains(QLatin1String("verify OK")), qPrintable(derCheck.all()));
    QVERIFY2(derCheck.all().contains(QLatin1String("crlNumber=0x01")), qPrintable(derCheck.all()));
    const ProcessResult pemCheck =
        runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"), pem, QStringLiteral("-CAfile"),
                    f.wf.caPem(), QStringLiteral("-noout")});
    QVERIFY2(pemCheck.exitCode == 0 && pemCheck.all().contains(QLatin1String("verify OK")),
             qPrintable(pemCheck.all()));
    panel.resize(900, 1100);
    screenshot(&panel, QStringLiteral("settings-portal-published"));
}

void TstPortalSettings::failingPublishCommandShowsProblem()
{
    CERTDESK_GUI_FIXTURE(f, true);
    PortalSettingsPanel panel(*f.session);
    setText(&panel, "crlFolderEdit", f.wf.dir.filePath(QStringLiteral("published")));
    setText(&panel, "crlCommandEdit", QStringLiteral("sh -c \"echo reload refused; exit 3\""));
    click(&panel, "savePortalSettingsButton");
    Prompts::setNextPassphrase(kPassphrase);
    click(&panel, "publishCrlNowButton");
    const QString result = labelText(&panel, "crlPublishResultLabel");
    QVERIFY2(
        result.startsWith(QLatin1String("CRL number 1 was signed (the download portal serves it), but: ")),
        qPrintable(result));
    QVERIFY2(result.contains(
                 QLatin1String("The CRL publish command \"sh\" failed (exit status 3): reload refused")),
             qPrintable(result));
    // The files were written before the command ran.
    QVERIFY(QFile::exists(f.wf.dir.filePath(QStringLiteral("published/certdesk.crl"))));
}

void TstPortalSettings::inProcessPortalServesCaCertificate()
{
    CERTDESK_GUI_FIXTURE(f, true);
    PortalSettingsPanel panel(*f.session);
    PortalServerBox* box = panel.serverBox();
    setText(box, "portalAddressEdit", QStringLiteral("127.0.0.1"));
    child<QSpinBox>(box, "portalPortSpin")->setValue(0); // any free port
    Prompts::setNextAnswer(QMessageBox::Yes);            // "use this server's URL as the portal URL?"
    click(box, "startPortalButton");
    PortalService& service = PortalService::of(*f.session);
    QVERIFY(service.isRunning());
    const QString base = service.baseUrl();
    QCOMPARE(base, QStringLiteral("http://127.0.0.1:%1").arg(service.port()));
    const QString status = labelText(box, "portalStatusLabel");
    QVERIFY2(status.startsWith(QStringLiteral("Listening on %1; OCSP off: ").arg(base)), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("The CA is locked")), qPrintable(status));
    QCOMPARE(Settings(*f.wf.db).value(SettingKey::PortalBaseUrl), base);
    QCOMPARE(child<QLineEdit>(&panel, "portalBaseUrlEdit")->text(), base); // the form followed
    QVERIFY(PortalService::preferences().enabled);
    QVERIFY(!child<QPushButton>(box, "startPortalButton")->isEnabled());

    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(base + QStringLiteral("/ca.pem"))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    auto ca = CaStore(*f.wf.db).active();
    QVERIFY(ca && ca.value());
    QCOMPARE(body, pemEncode(ca.value()->certDer, "CERTIFICATE"));
    QFile caFile(f.wf.caPem());
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    QVERIFY(caFile.readAll().contains(body.trimmed()));
    QTRY_VERIFY(child<QPlainTextEdit>(box, "portalLogView")
                    ->toPlainText()
                    .contains(QLatin1String("GET /ca.pem 200")));
    panel.resize(900, 1200);
    screenshot(&panel, QStringLiteral("settings-portal-running"));

    click(box, "stopPortalButton");
    QVERIFY(!service.isRunning());
    QCOMPARE(labelText(box, "portalStatusLabel"), QStringLiteral("Not running."));
    QVERIFY(!PortalService::preferences().enabled);

    // With the passphrase in the environment, the portal answers OCSP too.
    qputenv("CERTDESK_CA_PASSPHRASE", kPassphrase);
    QVERIFY(service.start(QStringLiteral("localhost"), 0));
    QVERIFY2(labelText(box, "portalStatusLabel").endsWith(QLatin1String("; OCSP on.")),
             qPrintable(labelText(box, "portalStatusLabel")));
    service.stop();
    QVERIFY(!service.start(QStringLiteral("not an address"), 0));

    // App start: runs again when it was left running (the main window calls startIfEnabled).
    PortalService::savePreferences({true, QStringLiteral("127.0.0.1"), 0, {}, {}});
    QVERIFY(service.startIfEnabled());
    QVERIFY(service.isRunning());
    QVERIFY(!child<QPushButton>(box, "startPortalButton")->isEnabled());
    service.stop();
    QVERIFY(!PortalService::preferences().enabled);
    QVERIFY(service.startIfEnabled()); // disabled: nothing to do
    QVERIFY(!service.isRunning());
}

void TstPortalSettings::dashboardWarnsUntilPublished()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert = issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows"));
    QVERIFY(cert);
    DashboardStrip strip(*f.session);
    strip.show();
    auto* row = child<QWidget>(&strip, "dashCrlRow");
    QVERIFY(row && !row->isVisible());

    // The CA is locked (nothing in the environment or the keychain): revoking cannot re-sign the CRL.
    RevokeDialog d(*f.session, *cert);
    d.show();
    click(&d, "revokeConfirmButton");
    QVERIFY(d.revoked());
    const QString hint = labelText(&d, "crlHintLabel");
    QVERIFY2(hint.contains(QLatin1String("Waiting for the portal to re-sign the CRL")), qPrintable(hint));
    const QString refusal = labelText(&d, "crlRefusalLabel");
    QVERIFY2(refusal.contains(QLatin1String("refused now by servers that check OCSP")), qPrintable(refusal));
    QVERIFY(Prompts::shownMessages().isEmpty()); // nobody was asked for the passphrase
    d.close();

    QVERIFY(row->isVisible());
    QVERIFY(
        labelText(&strip, "dashCrlWarning").startsWith(QLatin1String("A revocation is not in the CRL yet")));
    strip.resize(1000, strip.sizeHint().height());
    screenshot(&strip, QStringLiteral("dashboard-crl-warning"));

    Prompts::setNextPassphrase(kPassphrase); // "Publish now" may ask
    click(&strip, "dashPublishCrlButton");
    QVERIFY(!row->isVisible());
    QCOMPARE(historyCount(f, Op::CrlPublished), 1);
}

void TstPortalSettings::revokeDialogShowsPublishedCrl()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert = issueDirect(f, QStringLiteral("taro"), QStringLiteral("android"));
    QVERIFY(cert);
    const QString folder = f.wf.dir.filePath(QStringLiteral("crl"));
    PublishTarget target;
    target.folder = folder;
    QVERIFY(target.save(PublishTarget::configPath()));
    qputenv("CERTDESK_CA_PASSPHRASE", kPassphrase); // unlocks quietly
    RevokeDialog d(*f.session, *cert);
    d.show();
    click(&d, "revokeConfirmButton");
    const QString hint = labelText(&d, "crlHintLabel");
    QVERIFY2(hint.startsWith(QStringLiteral("Published CRL number 1 with 1 revoked certificate to %1.")
                                 .arg(QDir::toNativeSeparators(folder))),
             qPrintable(hint));
    const ProcessResult check = runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"),
                                            QDir(folder).filePath(CrlPublisher::PemFileName),
                                            QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(check.exitCode == 0 && check.all().toUpper().contains(cert->serialHex.toUpper()),
             qPrintable(check.all()));
}

void TstPortalSettings::issueResultShowsDownloadLink()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    for (const bool withPortal : {false, true}) {
        if (withPortal)
            QVERIFY(SettingsWorkflows(f.session->context())
                        .set(SettingKey::PortalBaseUrl, QStringLiteral("https://certs.example.jp")));
        IssueDialog d(*f.session, QStringLiteral("taro"), withPortal ? 2 : 1);
        d.show();
        click(&d, "nextButton");
        if (!withPortal)
            Prompts::setNextPassphrase(kPassphrase);
        click(&d, "issueConfirmButton");
        QCOMPARE(d.currentPage(), int(IssueDialogUi::ResultPage));
        auto* link = child<QLineEdit>(&d, "downloadLinkEdit");
        QCOMPARE(link->isVisible(), withPortal);
        QCOMPARE(child<QPushButton>(&d, "copyLinkButton")->isVisible(), withPortal);
        if (withPortal) {
            QVERIFY2(link->text().startsWith(QLatin1String("https://certs.example.jp/download/")),
                     qPrintable(link->text()));
            QVERIFY(link->isReadOnly());
            QVERIFY(child<QLabel>(&d, "downloadLinkNote")->text().contains(QLatin1String("shown only once")));
            click(&d, "copyLinkButton");
            QCOMPARE(QGuiApplication::clipboard()->text(), link->text());
            d.resize(640, d.sizeHint().height());
            screenshot(&d, QStringLiteral("issue-result-link"));
        }
        Prompts::setNextAnswer(QMessageBox::Yes); // close without copying the key password
        click(&d, "closeButton");
        QVERIFY(link->text().isEmpty()); // wiped
    }
}

void TstPortalSettings::scheduleNeverPrompts()
{
    CERTDESK_GUI_FIXTURE(f, true);
    CrlSchedule& schedule = *f.session->createCrlSchedule(f.session.get());
    // No CRL yet: due, but the CA is locked and nobody may be asked.
    QCOMPARE(schedule.runNow(), CrlSchedule::Outcome::Locked);
    QVERIFY(Prompts::shownMessages().isEmpty());
    QCOMPARE(historyCount(f, Op::CrlPublished), 0);
    qputenv("CERTDESK_CA_PASSPHRASE", kPassphrase);
    QSignalSpy published(f.session.get(), &AppSession::crlPublished);
    QCOMPARE(schedule.runNow(), CrlSchedule::Outcome::Published);
    QCOMPARE(published.count(), 1);
    QCOMPARE(schedule.runNow(), CrlSchedule::Outcome::NotDue);
    auto history = HistoryLog::list(*f.wf.db, [] {
        HistoryFilter filter;
        filter.operation = Op::CrlPublished;
        return filter;
    }());
    QVERIFY(history && history->size() == 1);
    QCOMPARE(history->first().operatorName, Actor::system().operatorName);
}

QTEST_MAIN(TstPortalSettings)
#include "tst_PortalSettings.moc"
