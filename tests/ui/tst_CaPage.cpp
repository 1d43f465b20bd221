// CA & revocation: details of the active CA, "Publish CRL now" (passphrase asked through the session,
// DER + PEM written atomically, verified by `openssl crl`; the folder is kept in this computer's
// crl-publish.conf and the page says so, an older database value is ignored), a wrong passphrase writes
// nothing, export of the CA certificate, and creating a replacement CA through the dialog.
#include "GuiFixture.h"
#include "Screenshot.h"
#include "ca/CaPage.h"
#include "ca/CaSetupDialog.h"
#include "revocation/CrlPublisher.h"
#include "revocation/PublishTarget.h"
#include "store/CaStore.h"
#include "store/Settings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace certdesk;

class TstCaPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsDetails();
    void publishCrl();
    void wrongPassphraseWritesNothing();
    void exportCertificate();
    void replaceCaThroughDialog();

private:
    std::unique_ptr<QTemporaryDir> m_localConfig;
};

// This computer's CRL publish configuration: a fresh file per test, never the user's own.
void TstCaPage::init()
{
    m_localConfig = std::make_unique<QTemporaryDir>();
    PublishTarget::useConfigFile(m_localConfig->filePath(QStringLiteral("crl-publish.conf")));
}

void TstCaPage::cleanup()
{
    PublishTarget::useConfigFile(QString());
    m_localConfig.reset();
}

void TstCaPage::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the passphrase is always asked through Prompts
}

void TstCaPage::showsDetails()
{
    CERTDESK_GUI_FIXTURE(f, true);
    auto ca = CaStore(*f.wf.db).active();
    QVERIFY(ca && ca.value());
    CaPage page(*f.session);
    QCOMPARE(page.title(), QStringLiteral("CA & revocation"));
    QVERIFY(test::child<QLabel>(&page, "caSubjectLabel")->text().contains(QLatin1String("Test Device CA")));
    QCOMPARE(test::child<QLabel>(&page, "caFingerprintLabel")->text(), ca.value()->fingerprint);
    QCOMPARE(test::child<QLabel>(&page, "caSerialLabel")->text(), ca.value()->serialHex);
    QCOMPARE(test::child<QLabel>(&page, "caKeyTypeLabel")->text(), keyTypeDisplayName(KeyType::EcP384));
    QVERIFY(!test::child<QLabel>(&page, "caValidityLabel")->text().isEmpty());
    QCOMPARE(test::child<QLabel>(&page, "crlLastPublishedLabel")->text(), QStringLiteral("Never"));
    QCOMPARE(test::child<QLabel>(&page, "crlUrlLabel")->text(), QStringLiteral("Not set"));
    QVERIFY(test::child<QPushButton>(&page, "publishCrlButton")->isEnabled());
    QVERIFY(test::child<QPushButton>(&page, "forgetPassphraseButton")->isHidden());
}

void TstCaPage::publishCrl()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    IssueRequest req;
    req.loginId = QStringLiteral("taro");
    req.device = QStringLiteral("windows");
    auto issued = CertificateWorkflows(*f.wf.ctx).issue(req);
    QVERIFY(issued);
    QVERIFY(RevocationWorkflows(*f.wf.ctx).revoke(CertificateRef{issued->certificate.serialHex, {}, 0},
                                                  RevocationReason::KeyCompromise));
    // A folder an older version kept in the database is ignored, and the page says so.
    const QString dbFolder = f.wf.dir.filePath(QStringLiteral("db-folder"));
    QVERIFY(f.wf.db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                          {SettingKey::CrlPublishDir, dbFolder}));
    CaPage page(*f.session);
    QVERIFY(test::child<QLabel>(&page, "crlRevokedLabel")->text().contains(QLatin1String("1")));
    QCOMPARE(test::child<QLabel>(&page, "crlPublishDirLabel")->text(), QStringLiteral("Not chosen yet"));
    const QString note = test::child<QLabel>(&page, "crlPublishNoteLabel")->text();
    QVERIFY2(note.contains(QDir::toNativeSeparators(PublishTarget::configPath())) &&
                 note.contains(QLatin1String("ignored")),
             qPrintable(note));

    QTemporaryDir out;
    Prompts::setNextFileName(out.path());
    Prompts::setNextPassphrase(test::kPassphrase);
    QTest::mouseClick(test::child<QPushButton>(&page, "publishCrlButton"), Qt::LeftButton);
    QVERIFY2(!Prompts::hasQueuedAnswers(), qPrintable(Prompts::shownMessages().join(QLatin1Char('\n'))));
    QVERIFY(f.session->caUnlocked());

    const QString der = out.filePath(CrlPublisher::DerFileName);
    const QString pem = out.filePath(CrlPublisher::PemFileName);
    QVERIFY(QFile::exists(der));
    QVERIFY(QFile::exists(pem));
    auto verified = test::runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                      QStringLiteral("-in"), der, QStringLiteral("-noout"),
                                      QStringLiteral("-verify"), QStringLiteral("-CAfile"), f.wf.caPem()});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.all()));
    QVERIFY2(verified.all().contains(QLatin1String("verify OK")), qPrintable(verified.all()));
    auto text = test::runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"), pem, QStringLiteral("-noout"),
                                  QStringLiteral("-text")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.all()));
    QVERIFY2(text.all().contains(issued->certificate.serialHex, Qt::CaseInsensitive), qPrintable(text.all()));
    QVERIFY(text.all().contains(QLatin1String("Key Compromise")));

    QCOMPARE(PublishTarget::current().folder, out.path());                   // this computer's file
    QCOMPARE(Settings(*f.wf.db).value(SettingKey::CrlPublishDir), dbFolder); // untouched, unused
    QVERIFY(!QFile::exists(dbFolder));
    QCOMPARE(test::child<QLabel>(&page, "crlPublishDirLabel")->text(), QDir::toNativeSeparators(out.path()));
    HistoryFilter filter;
    filter.operation = Op::CrlPublished;
    QCOMPARE(HistoryLog::count(*f.wf.db, filter).value(), 2); // the revocation re-signed it once already
    QVERIFY(
        test::child<QLabel>(&page, "crlResultLabel")->text().contains(QDir::toNativeSeparators(out.path())));
    QVERIFY(test::child<QLabel>(&page, "crlLastPublishedLabel")->text() != QStringLiteral("Never"));
    QVERIFY(!test::child<QLabel>(&page, "crlNextUpdateLabel")->text().isEmpty());
    QCOMPARE(test::child<QLabel>(&page, "caCrlNumberLabel")->text(), QStringLiteral("2"));
    page.resize(900, 700);
    test::screenshot(&page, QStringLiteral("ca-page"));

    // Publishing again re-uses the remembered folder and the unlocked CA: no passphrase asked.
    Prompts::setNextFileName(out.path());
    QTest::mouseClick(test::child<QPushButton>(&page, "publishCrlButton"), Qt::LeftButton);
    QVERIFY(!Prompts::hasQueuedAnswers());
    QCOMPARE(test::child<QLabel>(&page, "caCrlNumberLabel")->text(), QStringLiteral("3"));
}

void TstCaPage::wrongPassphraseWritesNothing()
{
    CERTDESK_GUI_FIXTURE(f, true);
    CaPage page(*f.session);
    QTemporaryDir out;
    const QString before = test::dumpContent(*f.wf.db);
    Prompts::setNextFileName(out.path());
    Prompts::setNextPassphrase(QByteArray("not the passphrase"));
    Prompts::setNextAnswer(QMessageBox::Ok); // the error message
    QTest::mouseClick(test::child<QPushButton>(&page, "publishCrlButton"), Qt::LeftButton);
    QVERIFY(!Prompts::hasQueuedAnswers());
    QVERIFY(QDir(out.path()).isEmpty());
    QCOMPARE(test::dumpContent(*f.wf.db), before);
    QVERIFY(!f.session->caUnlocked());
}

void TstCaPage::exportCertificate()
{
    CERTDESK_GUI_FIXTURE(f, true);
    CaPage page(*f.session);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("ca.pem"));
    Prompts::setNextFileName(path);
    QTest::mouseClick(test::child<QPushButton>(&page, "exportCaButton"), Qt::LeftButton);
    QVERIFY(!Prompts::hasQueuedAnswers());
    auto subject = test::runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), path,
                                     QStringLiteral("-noout"), QStringLiteral("-subject")});
    QVERIFY2(subject.exitCode == 0, qPrintable(subject.all()));
    QVERIFY(subject.all().contains(QLatin1String("Test Device CA")));
    QFile exported(path), fixture(f.wf.caPem());
    QVERIFY(exported.open(QIODevice::ReadOnly) && fixture.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), fixture.readAll());
}

void TstCaPage::replaceCaThroughDialog()
{
    CERTDESK_GUI_FIXTURE(f, true);
    CaPage page(*f.session);
    const QString oldFingerprint = test::child<QLabel>(&page, "caFingerprintLabel")->text();
    bool filled = false;
    test::later([&filled] {
        auto* dialog = test::visibleDialog<CaSetupDialog>();
        if (!dialog)
            return;
        auto* ok = test::child<QPushButton>(dialog, "caSetupOkButton");
        const bool disabledWhenEmpty = !ok->isEnabled();
        QTest::keyClicks(test::child<QLineEdit>(dialog, "caNameEdit"), QStringLiteral("Second CA"));
        QTest::keyClicks(test::child<QLineEdit>(dialog, "caPassphraseEdit"),
                         QStringLiteral("second passphrase"));
        QTest::keyClicks(test::child<QLineEdit>(dialog, "caPassphraseConfirmEdit"),
                         QStringLiteral("second passphras"));
        const bool disabledWhenDifferent = !ok->isEnabled();
        QTest::keyClicks(test::child<QLineEdit>(dialog, "caPassphraseConfirmEdit"), QStringLiteral("e"));
        filled = disabledWhenEmpty && disabledWhenDifferent && ok->isEnabled();
        test::screenshot(dialog, QStringLiteral("ca-setup-dialog"));
        QTest::mouseClick(ok, Qt::LeftButton);
        if (dialog->isVisible())
            dialog->reject();
    });
    Prompts::setNextAnswer(QMessageBox::Yes); // replace the existing CA
    QTest::mouseClick(test::child<QPushButton>(&page, "createCaButton"), Qt::LeftButton);
    QVERIFY(filled);
    QVERIFY(!Prompts::hasQueuedAnswers());
    auto ca = CaStore(*f.wf.db).active();
    QVERIFY(ca && ca.value());
    QCOMPARE(ca.value()->name, QStringLiteral("Second CA"));
    QCOMPARE(test::child<QLabel>(&page, "caFingerprintLabel")->text(), ca.value()->fingerprint);
    QVERIFY(ca.value()->fingerprint != oldFingerprint);
    QVERIFY(CaWorkflows::passphraseError("second passphrase").isEmpty());
    QVERIFY(CertificateAuthority::load(ca.value()->certDer, ca.value()->chainPem, ca.value()->encryptedKeyPem,
                                       "second passphrase"));
}

QTEST_MAIN(TstCaPage)
#include "tst_CaPage.moc"
