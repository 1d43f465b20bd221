// LostDeviceDialog: the helpdesk path (find user → pick device → revoke), keyboard only; step 2's device
// table; the result's CRL follow-up (issue 17 §1): which servers refuse the device now, never an
// environment variable, the portal's CRL seen through the change feed, and the next step per role.
#include "GuiFixture.h"
#include "UsersTestHelpers.h"
#include "policy/DeviceTypes.h"
#include "revocation/CrlPublisher.h"
#include "store/CrlStore.h"
#include "users/LostDeviceDialog.h"
#include "users/RevocationCrlPanel.h"
#include "users/UiHelpers.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>

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
    void deviceTableShowsStatusDeviceExpiryRemarks();
    void lockedCaNeverNamesAnEnvironmentVariable();
    void portalResignsDuringTheWait();
    void noCrlOffersTheNextStepPerRole_data();
    void noCrlOffersTheNextStepPerRole();

private:
    // taro: slot 1 windows "laptop", slot 2 ios-app "iPhone"; hanako: slot 1 android.
    bool makeScene(GuiFixture& f, QList<CertificateRecord>* certs);
    static void keyToFocus(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key, modifiers);
    }
    // Opens nothing: drives a shown dialog from step 1 to the result, revoking `login`'s first device.
    static void revokeFirstDevice(LostDeviceDialog& d, const QString& login);
};

void tst_LostDeviceDialog::revokeFirstDevice(LostDeviceDialog& d, const QString& login)
{
    QTest::keyClicks(child<QLineEdit>(&d, "lostSearchEdit"), login);
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::DeviceStep);
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::ConfirmStep);
    QTest::mouseClick(child<QPushButton>(&d, "revokeConfirmButton"), Qt::LeftButton);
    QCOMPARE(d.step(), LostDeviceDialog::ResultStep);
}

namespace {

// Every text the dialog shows or offers: labels, buttons, edits, headers, table cells and tooltips.
QStringList everyText(QWidget* root)
{
    QStringList texts{root->windowTitle(), root->toolTip()};
    for (QWidget* w : root->findChildren<QWidget*>()) {
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto* l = qobject_cast<QLabel*>(w))
            texts << l->text();
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts << b->text();
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            texts << e->text() << e->placeholderText();
        else if (auto* t = qobject_cast<QTableWidget*>(w)) {
            for (int c = 0; c < t->columnCount(); ++c) {
                if (QTableWidgetItem* h = t->horizontalHeaderItem(c))
                    texts << h->text();
                for (int r = 0; r < t->rowCount(); ++r) {
                    if (QTableWidgetItem* i = t->item(r, c))
                        texts << i->text() << i->toolTip();
                }
            }
        }
    }
    return texts;
}

// The newest CRL of the CA, checked with `openssl crl`: it must list `serialHex`.
bool opensslCrlLists(GuiFixture& f, qint64 caId, const QString& serialHex, qint64* number)
{
    auto latest = CrlStore(*f.wf.db).latest(caId);
    if (!latest || !latest.value())
        return false;
    *number = latest.value()->number;
    const ProcessResult check =
        runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                    QStringLiteral("-noout"), QStringLiteral("-text")},
                   latest.value()->der);
    if (check.exitCode != 0)
        qWarning("openssl crl: %s", qPrintable(check.all()));
    return check.exitCode == 0 && check.all().toUpper().contains(serialHex.toUpper());
}

} // namespace

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

// Shows the dialog and waits until it has the keyboard focus (the tests type into it).
static bool shownActive(QWidget& d)
{
    d.show();
    d.activateWindow();
    return QTest::qWaitForWindowActive(&d);
}

void tst_LostDeviceDialog::keyboardOnlyRevokesTheRightCertificate()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QList<CertificateRecord> certs;
    QVERIFY(makeScene(f, &certs));
    LostDeviceDialog d(*f.session);
    QVERIFY(shownActive(d));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&d, "lostSearchEdit"));

    // 1. Type and Enter: the first match is chosen.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("taro"));
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::DeviceStep);
    auto* devices = child<QTableWidget>(&d, "lostDevicesList");
    QCOMPARE(devices->rowCount(), 2);
    QCOMPARE(QApplication::focusWidget(), devices);
    QCOMPARE(devices->item(1, LostDeviceDialog::RemarksColumn)->text(), QStringLiteral("iPhone"));

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
    QVERIFY(shownActive(d));
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
    QVERIFY(shownActive(d));
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
    QVERIFY(shownActive(d));
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
    QVERIFY(shownActive(d));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("nobody-here"));
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::SearchStep);
    QVERIFY(child<QLabel>(&d, "lostSearchHint")->text().contains(QStringLiteral("No user matches")));
    QLineEdit* search = child<QLineEdit>(&d, "lostSearchEdit");
    search->clear();
    QTest::keyClicks(search, QStringLiteral("jiro"));
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::DeviceStep);
    QCOMPARE(child<QTableWidget>(&d, "lostDevicesList")->rowCount(), 0);
    QVERIFY(child<QLabel>(&d, "lostDevicesHint")->text().contains(QStringLiteral("no certificate")));
    QVERIFY(!child<QPushButton>(&d, "nextButton")->isEnabled());
}

void tst_LostDeviceDialog::deviceTableShowsStatusDeviceExpiryRemarks()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QList<CertificateRecord> certs;
    QVERIFY(makeScene(f, &certs));
    LostDeviceDialog d(*f.session);
    QVERIFY(shownActive(d));
    // Fits a 1366×768 laptop screen.
    QVERIFY2(d.frameGeometry().width() <= 1366 && d.frameGeometry().height() <= 768,
             qPrintable(QStringLiteral("%1×%2").arg(d.width()).arg(d.height())));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("taro"));
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::DeviceStep);
    auto* table = child<QTableWidget>(&d, "lostDevicesList");
    QCOMPARE(table->columnCount(), int(LostDeviceDialog::DeviceColumnCount));
    QStringList headers;
    for (int c = 0; c < table->columnCount(); ++c)
        headers << table->horizontalHeaderItem(c)->text();
    QCOMPARE(headers, (QStringList{QStringLiteral("Status"), QStringLiteral("Device"),
                                   QStringLiteral("Expires"), QStringLiteral("Remarks")}));
    QCOMPARE(table->rowCount(), 2);
    for (int r = 0; r < 2; ++r) {
        const CertificateRecord& c = certs.at(r);
        QCOMPARE(table->item(r, LostDeviceDialog::StatusColumn)->text(), certStatusDisplayName(c.status));
        QCOMPARE(table->item(r, LostDeviceDialog::DeviceColumn)->text(), DeviceTypes::displayName(c.device));
        QCOMPARE(table->item(r, LostDeviceDialog::ExpiryColumn)->text(),
                 uihelpers::localDateTime(c.notAfter));
        QCOMPARE(table->item(r, LostDeviceDialog::RemarksColumn)->text(), c.remarks);
        QVERIFY(table->item(r, LostDeviceDialog::DeviceColumn)->toolTip().contains(c.serialHex));
    }
    // Every column readable without horizontal scrolling: status, device and expiry at full width.
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    int total = 0;
    for (int c = 0; c < table->columnCount(); ++c) {
        total += table->columnWidth(c);
        for (int r = 0; r < table->rowCount(); ++r) {
            if (c == LostDeviceDialog::RemarksColumn)
                continue;
            const QString text = table->item(r, c)->text();
            QVERIFY2(table->columnWidth(c) >= table->fontMetrics().horizontalAdvance(text), qPrintable(text));
        }
    }
    QVERIFY2(total <= table->viewport()->width() + 1,
             qPrintable(QStringLiteral("%1 > %2").arg(total).arg(table->viewport()->width())));
    // Down, Enter picks the second row.
    keyToFocus(Qt::Key_Down);
    keyToFocus(Qt::Key_Return);
    QCOMPARE(d.step(), LostDeviceDialog::ConfirmStep);
    QCOMPARE(child<QLabel>(&d, "revokeSerialValue")->text(), certs.at(1).serialHex);
}

void tst_LostDeviceDialog::lockedCaNeverNamesAnEnvironmentVariable()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QList<CertificateRecord> certs;
    QVERIFY(makeScene(f, &certs));
    LostDeviceDialog d(*f.session);
    d.crlPanel()->setWaitMs(400);
    QVERIFY(shownActive(d));
    revokeFirstDevice(d, QStringLiteral("taro"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(d.revokedCertificate()->serialHex, certs.at(0).serialHex);

    // No environment variable anywhere in the dialog (the helpdesk cannot set one for a running app).
    for (const QString& text : everyText(&d)) {
        QVERIFY2(!text.contains(QStringLiteral("CERTDESK_")) && !text.contains(QStringLiteral("environment")),
                 qPrintable(text));
    }
    // Waiting: OCSP refuses now, CRL-only servers do not yet; a busy indicator.
    QCOMPARE(d.crlPanel()->state(), RevocationCrlPanel::State::Waiting);
    const QString refusal = child<QLabel>(&d, "crlRefusalLabel")->text();
    QVERIFY2(refusal.contains(QStringLiteral("refused now by servers that check OCSP")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("still accept it")), qPrintable(refusal));
    QVERIFY(child<QLabel>(&d, "crlHintLabel")
                ->text()
                .contains(QStringLiteral("Waiting for the portal to re-sign the CRL")));
    QVERIFY(child<QWidget>(&d, "crlBusyIndicator")->isVisible());

    // Nothing comes: the next step, still without any environment variable.
    QTRY_COMPARE(d.crlPanel()->state(), RevocationCrlPanel::State::NeedsPublishing);
    QVERIFY(!child<QWidget>(&d, "crlBusyIndicator")->isVisible());
    for (const QString& text : everyText(&d)) {
        QVERIFY2(!text.contains(QStringLiteral("CERTDESK_")) && !text.contains(QStringLiteral("environment")),
                 qPrintable(text));
    }
    QVERIFY(Prompts::shownMessages().isEmpty()); // nobody was asked for the passphrase
}

void tst_LostDeviceDialog::portalResignsDuringTheWait()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QList<CertificateRecord> certs;
    QVERIFY(makeScene(f, &certs));
    QVERIFY(f.session->startChangeFeed()); // the dialog follows the session's feed
    QVERIFY(f.session->isLive());
    LostDeviceDialog d(*f.session);
    QVERIFY(shownActive(d));
    revokeFirstDevice(d, QStringLiteral("taro"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(d.crlPanel()->state(), RevocationCrlPanel::State::Waiting);

    // The portal (its own connection and context, holding the passphrase) re-signs the CRL.
    WorkflowContext portal(f.tdb->open(), Actor::system());
    const auto holdsPassphrase = [](const CaRecord&) -> Result<QByteArray> { return kPassphrase; };
    portal.setPassphraseProvider(holdsPassphrase);
    portal.setQuietPassphraseProvider(holdsPassphrase);
    auto signed_ = CrlPublisher(portal).publishScheduled();
    QVERIFY2(signed_, signed_ ? "" : qPrintable(signed_.error().message));
    QVERIFY(signed_->published);
    qint64 number = 0;
    QVERIFY(opensslCrlLists(f, certs.at(0).caId, certs.at(0).serialHex, &number));
    QCOMPARE(number, signed_->number);

    QTRY_COMPARE_WITH_TIMEOUT(d.crlPanel()->state(), RevocationCrlPanel::State::SignedElsewhere, 4000);
    const QString hint = child<QLabel>(&d, "crlHintLabel")->text();
    QVERIFY2(hint.startsWith(QStringLiteral("The portal re-signed the CRL (number %1) at ").arg(number)),
             qPrintable(hint));
    QVERIFY2(
        hint.contains(QStringLiteral("servers that check the CRL refuse the device after their next reload")),
        qPrintable(hint));
    QVERIFY(child<QLabel>(&d, "crlRefusalLabel")->text().contains(QStringLiteral("after their next reload")));
    QVERIFY(!child<QWidget>(&d, "crlBusyIndicator")->isVisible());
    QVERIFY(!child<QWidget>(&d, "crlUnlockPublishButton")->isVisible());
    QVERIFY(!child<QWidget>(&d, "crlAskAdminLabel")->isVisible());
}

void tst_LostDeviceDialog::noCrlOffersTheNextStepPerRole_data()
{
    QTest::addColumn<bool>("admin");
    QTest::newRow("administrator") << true;
    QTest::newRow("helpdesk") << false;
}

void tst_LostDeviceDialog::noCrlOffersTheNextStepPerRole()
{
    QFETCH(bool, admin);
    CERTDESK_GUI_FIXTURE(f, true);
    QList<CertificateRecord> certs;
    QVERIFY(makeScene(f, &certs));
    if (!admin)
        f.session->setSignedIn(f.wf.actorFor(Role::Helpdesk), QStringLiteral("Help Desk"));
    LostDeviceDialog d(*f.session);
    d.crlPanel()->setWaitMs(300);
    QVERIFY(shownActive(d));
    revokeFirstDevice(d, QStringLiteral("hanako"));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(d.crlPanel()->state(), RevocationCrlPanel::State::NeedsPublishing);
    auto* publish = child<QPushButton>(&d, "crlUnlockPublishButton");
    auto* ask = child<QLabel>(&d, "crlAskAdminLabel");
    QVERIFY(publish->isVisible()); // both may unlock the CA (IssueAndRevoke)
    QCOMPARE(publish->text(), QStringLiteral("Unlock the CA and publish the CRL…"));
    QCOMPARE(ask->isVisible(), !admin);
    if (!admin) {
        // Names the administrators (the fixture's one), never the helpdesk operator.
        QVERIFY2(ask->text().startsWith(QStringLiteral("Ask an administrator to publish the CRL")),
                 qPrintable(ask->text()));
        QVERIFY2(ask->text().contains(kAdminLogin), qPrintable(ask->text()));
        QVERIFY2(!ask->text().contains(QStringLiteral("test-helpdesk")), qPrintable(ask->text()));
    }

    // Cancelling the passphrase changes nothing.
    Prompts::setNextPassphrase(std::nullopt);
    QTest::mouseClick(publish, Qt::LeftButton);
    QCOMPARE(d.crlPanel()->state(), RevocationCrlPanel::State::NeedsPublishing);
    QCOMPARE(historyCount(f, Op::CrlPublished), 0);

    // With the passphrase: the CRL is signed here and lists the device.
    Prompts::setNextPassphrase(kPassphrase);
    QTest::mouseClick(publish, Qt::LeftButton);
    QCOMPARE(d.crlPanel()->state(), RevocationCrlPanel::State::Published);
    QVERIFY(!publish->isVisible());
    QVERIFY(!ask->isVisible());
    QCOMPARE(historyCount(f, Op::CrlPublished), 1);
    qint64 number = 0;
    QVERIFY(opensslCrlLists(f, certs.at(2).caId, certs.at(2).serialHex, &number));
    const QString hint = child<QLabel>(&d, "crlHintLabel")->text();
    QVERIFY2(hint.contains(QStringLiteral("CRL number %1").arg(number)), qPrintable(hint));
    QVERIFY(child<QLabel>(&d, "crlRefusalLabel")->text().contains(QStringLiteral("after their next reload")));
}

QTEST_MAIN(tst_LostDeviceDialog)
#include "tst_LostDeviceDialog.moc"
