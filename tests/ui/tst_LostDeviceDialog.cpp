// LostDeviceDialog: the helpdesk path (find user → pick device → revoke), keyboard only.
#include "GuiFixture.h"
#include "UsersTestHelpers.h"
#include "users/LostDeviceDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace certdesk;
using namespace certdesk::test;

class tst_LostDeviceDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::clearShownMessages(); }
    void cleanup() { QVERIFY2(!Prompts::hasQueuedAnswers(), "a queued prompt answer was not used"); }

    void keyboardOnlyRevokesTheRightCertificate();
    void downThenEnterAndAltR();
    void enterOnConfirmationCancels();
    void backGoesToThePreviousStep();
    void userWithoutLiveCertificates();

private:
    // taro: slot 1 windows "laptop", slot 2 ios-app "iPhone"; hanako: slot 1 android.
    bool makeScene(GuiFixture& f, QList<CertificateRecord>* certs);
    static void keyToFocus(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key, modifiers);
    }
};

bool tst_LostDeviceDialog::makeScene(GuiFixture& f, QList<CertificateRecord>* certs)
{
    if (!addPerson(f, QStringLiteral("taro"), QStringLiteral("山田"), QStringLiteral("太郎"),
                   QStringLiteral("ヤマダ"), QStringLiteral("タロウ")) ||
        !addPerson(f, QStringLiteral("hanako"), QStringLiteral("佐藤"), QStringLiteral("花子"),
                   QStringLiteral("サトウ"), QStringLiteral("ハナコ")))
        return false;
    for (auto [login, device, remarks] :
         {std::tuple{"taro", "windows", "laptop"}, std::tuple{"taro", "ios-app", "iPhone"},
          std::tuple{"hanako", "android", "Pixel"}}) {
        auto c = issueDirect(f, QString::fromLatin1(login), QString::fromLatin1(device),
                             QString::fromLatin1(remarks));
        if (!c)
            return false;
        *certs << *c;
    }
    return true;
}

void tst_LostDeviceDialog::keyboardOnlyRevokesTheRightCertificate()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QList<CertificateRecord> certs;
    QVERIFY(makeScene(f, &certs));
    LostDeviceDialog d(*f.session);
    d.show();
    d.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&d));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&d, "lostSearchEdit"));

    // 1. Type and Enter: the first match is chosen.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("taro"));
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::DeviceStep);
    auto* devices = child<QListWidget>(&d, "lostDevicesList");
    QCOMPARE(devices->count(), 2);
    QCOMPARE(QApplication::focusWidget(), devices);
    QVERIFY(devices->item(1)->text().contains(QStringLiteral("iPhone")));

    // 2. Down to the iPhone, Enter.
    keyToFocus(Qt::Key_Down);
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::ConfirmStep);
    QCOMPARE(RevocationReason(child<QComboBox>(&d, "reasonCombo")->currentData().toInt()),
             RevocationReason::KeyCompromise);
    QVERIFY(child<QLabel>(&d, "consequenceLabel")
                ->text()
                .contains(QStringLiteral("can no longer use the service")));
    QCOMPARE(child<QLabel>(&d, "revokeSerialValue")->text(), certs.at(1).serialHex);

    // 3. Tab past the reason and remarks to Revoke, Enter.
    keyToFocus(Qt::Key_Tab);
    keyToFocus(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&d, "revokeConfirmButton"));
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::ResultStep);
    QVERIFY(d.revokedCertificate());
    QCOMPARE(d.revokedCertificate()->serialHex, certs.at(1).serialHex);
    QVERIFY(child<QLabel>(&d, "resultLabel")->text().contains(certs.at(1).serialHex));
    QVERIFY(child<QLabel>(&d, "crlHintLabel")->text().contains(QStringLiteral("CRL")));

    // Enter closes.
    keyToFocus(Qt::Key_Return);
    QVERIFY(!d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Accepted));

    CertificateWorkflows wf(*f.wf.ctx);
    QCOMPARE(wf.find(CertificateRef{certs.at(1).serialHex, {}, 0})->status, CertStatus::Revoked);
    QCOMPARE(wf.find(CertificateRef{certs.at(0).serialHex, {}, 0})->status, CertStatus::AwaitingDownload);
    QCOMPARE(wf.find(CertificateRef{certs.at(2).serialHex, {}, 0})->status, CertStatus::AwaitingDownload);
    QCOMPARE(historyCount(f, Op::Revoke), 1);
}

void tst_LostDeviceDialog::downThenEnterAndAltR()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QList<CertificateRecord> certs;
    QVERIFY(makeScene(f, &certs));
    LostDeviceDialog d(*f.session);
    d.show();
    d.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&d));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("hanako"));
    auto* users = child<QListWidget>(&d, "lostUsersList");
    QTRY_COMPARE(users->count(), 1); // live search
    keyToFocus(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), users);
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::DeviceStep);
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::ConfirmStep);
    keyToFocus(Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(d.step(), LostDeviceDialog::ResultStep); // mnemonics animate the click
    QCOMPARE(d.revokedCertificate()->serialHex, certs.at(2).serialHex);
    QCOMPARE(d.revokedCertificate()->revocationReason, revocationReasonId(RevocationReason::KeyCompromise));
}

void tst_LostDeviceDialog::enterOnConfirmationCancels()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QList<CertificateRecord> certs;
    QVERIFY(makeScene(f, &certs));
    const QString before = dumpContent(*f.wf.db);
    LostDeviceDialog d(*f.session);
    d.show();
    d.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&d));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("taro"));
    keyToFocus(Qt::Key_Return);
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::ConfirmStep);
    QVERIFY(child<QPushButton>(&d, "cancelButton")->isDefault());
    keyToFocus(Qt::Key_Return); // a stray Enter cancels
    QVERIFY(!d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QCOMPARE(dumpContent(*f.wf.db), before);

    LostDeviceDialog again(*f.session);
    again.show();
    again.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&again));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("taro"));
    keyToFocus(Qt::Key_Return);
    keyToFocus(Qt::Key_Return);
    keyToFocus(Qt::Key_Escape);
    QVERIFY(!again.isVisible());
    QCOMPARE(dumpContent(*f.wf.db), before);
}

void tst_LostDeviceDialog::backGoesToThePreviousStep()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QList<CertificateRecord> certs;
    QVERIFY(makeScene(f, &certs));
    LostDeviceDialog d(*f.session);
    d.show();
    d.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&d));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("taro"));
    keyToFocus(Qt::Key_Return);
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::ConfirmStep);
    keyToFocus(Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(d.step(), LostDeviceDialog::DeviceStep);
    keyToFocus(Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(d.step(), LostDeviceDialog::SearchStep);
    QCOMPARE(child<QLineEdit>(&d, "lostSearchEdit")->text(), QStringLiteral("taro")); // nothing lost
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&d, "lostSearchEdit"));
}

void tst_LostDeviceDialog::userWithoutLiveCertificates()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("jiro")), QString());
    LostDeviceDialog d(*f.session);
    d.show();
    d.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&d));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("nobody-here"));
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::SearchStep);
    QVERIFY(child<QLabel>(&d, "lostSearchHint")->text().contains(QStringLiteral("No user matches")));
    QLineEdit* search = child<QLineEdit>(&d, "lostSearchEdit");
    search->clear();
    QTest::keyClicks(search, QStringLiteral("jiro"));
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::DeviceStep);
    QCOMPARE(child<QListWidget>(&d, "lostDevicesList")->count(), 0);
    QVERIFY(child<QLabel>(&d, "lostDevicesHint")->text().contains(QStringLiteral("no certificate")));
    QVERIFY(!child<QPushButton>(&d, "nextButton")->isEnabled());
}

QTEST_MAIN(tst_LostDeviceDialog)
#include "tst_LostDeviceDialog.moc"
