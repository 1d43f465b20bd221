// IssueDialog (証明書発行): form → confirmation → result, driven through its widgets.
#include "GuiFixture.h"
#include "OpensslCli.h"
#include "SlotsModel.h"
#include "UsersTestHelpers.h"
#include "mail/MailSettingsPanel.h"
#include "shell/MainWindow.h"
#include "users/CertificatePanel.h"
#include "users/IssueDialog.h"
#include "users/UsersPage.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>

using namespace certdesk;
using namespace certdesk::test;

class tst_IssueDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::clearShownMessages(); }
    void cleanup() { QVERIFY2(!Prompts::hasQueuedAnswers(), "a queued prompt answer was not used"); }

    void autoPasswordIssueSaveAndCopy();
    void manualPasswordMismatchBlocksNext();
    void manualPasswordIssues();
    void wrongPassphraseIssuesNothing();
    void cancelOnConfirmationChangesNothing();
    void escapeOnConfirmationChangesNothing();
    void enterActivatesDefaultButtons();
    void reissueOfRevokedSlotIsPrefilled();
    void closingWithoutCopyingAsks();
    void mailNotConfiguredOpensMailSettings();
    void certAuthDontUseNoteAndChange();
};

void tst_IssueDialog::autoPasswordIssueSaveAndCopy()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    UsersPage page(*f.session);
    page.show();
    page.selectUser(QStringLiteral("taro"));
    auto* issueButton = child<QPushButton>(&page, "issueButton_1");
    QVERIFY(issueButton && issueButton->isEnabled());

    const QString p12Path = f.wf.dir.filePath(QStringLiteral("taro.p12"));
    QString password;
    bool sawResult = false;
    later([&] {
        auto* d = visibleDialog<IssueDialog>();
        QVERIFY(d);
        QCOMPARE(d->currentPage(), int(IssueDialogUi::FormPage));
        QCOMPARE(child<QLineEdit>(d, "notifyEdit")->text(), QStringLiteral("taro@example.jp"));
        QVERIFY(child<QRadioButton>(d, "passwordAutoRadio")->isChecked());
        auto* device = child<QComboBox>(d, "deviceCombo");
        device->setCurrentIndex(device->findData(QStringLiteral("windows")));
        QTest::keyClicks(child<QLineEdit>(d, "remarksEdit"), QStringLiteral("laptop 1"));
        QTest::mouseClick(child<QPushButton>(d, "nextButton"), Qt::LeftButton);
        QCOMPARE(d->currentPage(), int(IssueDialogUi::ConfirmPage));
        QCOMPARE(child<QLabel>(d, "confirmNotifyValue")->text(), QStringLiteral("taro@example.jp"));
        QCOMPARE(child<QLabel>(d, "confirmRemarksValue")->text(), QStringLiteral("laptop 1"));

        Prompts::setNextPassphrase(kPassphrase);
        QTest::mouseClick(child<QPushButton>(d, "issueConfirmButton"), Qt::LeftButton);
        QCOMPARE(d->currentPage(), int(IssueDialogUi::ResultPage));
        password = child<QLineEdit>(d, "generatedPasswordEdit")->text();
        QVERIFY(password.size() >= 12);
        QVERIFY(child<QLineEdit>(d, "generatedPasswordEdit")->isReadOnly());
        QVERIFY(child<QLabel>(d, "mailStateLabel")->text().contains(QStringLiteral("not configured")));
        QCOMPARE(child<QLabel>(d, "resultStatusValue")->text(), QStringLiteral("Awaiting download"));

        // The slot table behind the dialog is already up to date.
        const QModelIndex status = page.certificatePanel()->slotsModel()->index(0, SlotsModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Awaiting download"));

        Prompts::setNextFileName(p12Path);
        QTest::mouseClick(child<QPushButton>(d, "saveP12Button"), Qt::LeftButton);
        QCOMPARE(d->savedPath(), p12Path);
        QTest::mouseClick(child<QPushButton>(d, "copyPasswordButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        sawResult = true;
        QTest::mouseClick(child<QPushButton>(d, "closeButton"), Qt::LeftButton); // copied: no question
    });
    QTest::mouseClick(issueButton, Qt::LeftButton);
    QVERIFY(sawResult);
    QVERIFY(!visibleDialog<IssueDialog>());

    // The .p12 opens with the password shown once, and only the owner may read it.
    const ProcessResult info = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-info"),
                                           QStringLiteral("-noout"), QStringLiteral("-in"), p12Path,
                                           QStringLiteral("-passin"), QStringLiteral("pass:") + password});
    QVERIFY2(info.exitCode == 0, qPrintable(info.all()));
    const QFileDevice::Permissions perms = QFileInfo(p12Path).permissions();
    QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                       QFileDevice::WriteOther)));

    // The slot row shows the new certificate and its buttons follow.
    auto* table = child<QTableView>(&page, "slotsTable");
    QCOMPARE(table->model()->index(0, SlotsModel::StatusColumn).data().toString(),
             QStringLiteral("Awaiting download"));
    QCOMPARE(table->model()->index(0, SlotsModel::RemarksColumn).data().toString(),
             QStringLiteral("laptop 1"));
    QVERIFY(!child<QPushButton>(&page, "issueButton_1")->isEnabled());
    QVERIFY(child<QPushButton>(&page, "revokeButton_1")->isEnabled());
    QCOMPARE(historyCount(f, Op::Issue), 1);
}

void tst_IssueDialog::manualPasswordMismatchBlocksNext()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    const QString before = dumpContent(*f.wf.db);
    IssueDialog d(*f.session, QStringLiteral("taro"), 1);
    d.show();
    auto* manualRadio = child<QRadioButton>(&d, "passwordManualRadio");
    QTest::mouseClick(manualRadio, Qt::LeftButton, {}, QPoint(8, manualRadio->height() / 2));
    QVERIFY(child<QRadioButton>(&d, "passwordManualRadio")->isChecked());
    auto* next = child<QPushButton>(&d, "nextButton");
    QVERIFY(!next->isEnabled()); // no password yet

    QTest::keyClicks(child<QLineEdit>(&d, "passwordEdit"), QStringLiteral("abc"));
    auto* passwordError = child<QLabel>(&d, "passwordErrorLabel");
    QVERIFY(passwordError->isVisible());
    QVERIFY(!passwordError->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(&d, "passwordEdit"), QStringLiteral("12345"));
    QVERIFY(!passwordError->isVisible());
    QTest::keyClicks(child<QLineEdit>(&d, "passwordConfirmEdit"), QStringLiteral("abc12346"));
    auto* confirmError = child<QLabel>(&d, "passwordConfirmErrorLabel");
    QVERIFY(confirmError->isVisible());
    QVERIFY(confirmError->text().contains(QStringLiteral("do not match")));
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::keyClick(child<QLineEdit>(&d, "passwordConfirmEdit"), Qt::Key_Return);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::FormPage));

    // Fixing the confirmation unblocks Next; nothing was typed in vain.
    QTest::keyClick(child<QLineEdit>(&d, "passwordConfirmEdit"), Qt::Key_Backspace);
    QTest::keyClicks(child<QLineEdit>(&d, "passwordConfirmEdit"), QStringLiteral("5"));
    QVERIFY(!confirmError->isVisible());
    QVERIFY(next->isEnabled());
    QCOMPARE(child<QLineEdit>(&d, "passwordEdit")->text(), QStringLiteral("abc12345"));
    QCOMPARE(dumpContent(*f.wf.db), before);

    // Back to "generate automatically": the manual fields no longer block.
    QTest::keyClick(child<QLineEdit>(&d, "passwordConfirmEdit"), Qt::Key_Backspace);
    QVERIFY(!next->isEnabled());
    child<QRadioButton>(&d, "passwordAutoRadio")->setChecked(true);
    QVERIFY(next->isEnabled());
    QVERIFY(!child<QLineEdit>(&d, "passwordEdit")->isEnabled());
}

void tst_IssueDialog::manualPasswordIssues()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    IssueDialog d(*f.session, QStringLiteral("taro"), 2);
    d.show();
    child<QRadioButton>(&d, "passwordManualRadio")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(&d, "passwordEdit"), QStringLiteral("Secret123"));
    QTest::keyClicks(child<QLineEdit>(&d, "passwordConfirmEdit"), QStringLiteral("Secret123"));
    QTest::mouseClick(child<QPushButton>(&d, "nextButton"), Qt::LeftButton);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::ConfirmPage));
    QVERIFY(!child<QLabel>(&d, "confirmPasswordValue")->text().contains(QStringLiteral("Secret123")));
    Prompts::setNextPassphrase(kPassphrase);
    QTest::mouseClick(child<QPushButton>(&d, "issueConfirmButton"), Qt::LeftButton);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::ResultPage));
    QVERIFY(d.issuedCertificate());
    QCOMPARE(d.issuedCertificate()->slot, 2);
    QVERIFY(!child<QLineEdit>(&d, "generatedPasswordEdit")->isVisible());
    QVERIFY(child<QLabel>(&d, "manualPasswordNote")->isVisible());

    const QString path = f.wf.dir.filePath(QStringLiteral("manual.p12"));
    Prompts::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(&d, "saveP12Button"), Qt::LeftButton);
    const ProcessResult info = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-info"),
                                           QStringLiteral("-noout"), QStringLiteral("-in"), path,
                                           QStringLiteral("-passin"), QStringLiteral("pass:Secret123")});
    QVERIFY2(info.exitCode == 0, qPrintable(info.all()));
    QTest::mouseClick(child<QPushButton>(&d, "closeButton"), Qt::LeftButton); // nothing to copy: no question
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void tst_IssueDialog::wrongPassphraseIssuesNothing()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    const QString before = dumpContent(*f.wf.db);
    IssueDialog d(*f.session, QStringLiteral("taro"), 1);
    d.show();
    QTest::mouseClick(child<QPushButton>(&d, "nextButton"), Qt::LeftButton);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::ConfirmPage));

    Prompts::setNextPassphrase(QByteArray("not the passphrase"));
    Prompts::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(&d, "issueConfirmButton"), Qt::LeftButton);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::ConfirmPage));
    QVERIFY(!d.issued());
    QVERIFY(shownMessageContains(QStringLiteral("passphrase is wrong")));
    QVERIFY(child<QLabel>(&d, "confirmErrorLabel")->isVisible());
    QCOMPARE(dumpContent(*f.wf.db), before);

    // Cancelling the passphrase prompt issues nothing either, and says so in the dialog.
    Prompts::setNextPassphrase(std::nullopt);
    QTest::mouseClick(child<QPushButton>(&d, "issueConfirmButton"), Qt::LeftButton);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::ConfirmPage));
    QVERIFY(child<QLabel>(&d, "confirmErrorLabel")->text().contains(QStringLiteral("cancelled")));
    QCOMPARE(dumpContent(*f.wf.db), before);

    // The right passphrase then works from the same page.
    Prompts::setNextPassphrase(kPassphrase);
    QTest::mouseClick(child<QPushButton>(&d, "issueConfirmButton"), Qt::LeftButton);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::ResultPage));
    QVERIFY(!child<QLabel>(&d, "confirmErrorLabel")->isVisible());
    Prompts::setNextAnswer(QMessageBox::Yes); // close without copying
    d.reject();
}

void tst_IssueDialog::cancelOnConfirmationChangesNothing()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    const QString before = dumpContent(*f.wf.db);
    IssueDialog d(*f.session, QStringLiteral("taro"), 1);
    d.show();
    QTest::keyClicks(child<QLineEdit>(&d, "remarksEdit"), QStringLiteral("phone"));
    QTest::mouseClick(child<QPushButton>(&d, "nextButton"), Qt::LeftButton);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::ConfirmPage));
    QTest::mouseClick(child<QPushButton>(&d, "cancelButton"), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QVERIFY(!d.isVisible());
    QVERIFY(!d.issued());
    QCOMPARE(dumpContent(*f.wf.db), before);
    QVERIFY(!shownMessageContains(QStringLiteral("passphrase")));
}

void tst_IssueDialog::escapeOnConfirmationChangesNothing()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    const QString before = dumpContent(*f.wf.db);
    IssueDialog d(*f.session, QStringLiteral("taro"), 1);
    d.show();
    QTest::mouseClick(child<QPushButton>(&d, "nextButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&d, "backButton"), Qt::LeftButton);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::FormPage));
    QTest::mouseClick(child<QPushButton>(&d, "nextButton"), Qt::LeftButton);
    QTest::keyClick(&d, Qt::Key_Escape);
    QVERIFY(!d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QCOMPARE(dumpContent(*f.wf.db), before);
}

void tst_IssueDialog::enterActivatesDefaultButtons()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    IssueDialog d(*f.session, QStringLiteral("taro"), 1);
    d.show();
    QVERIFY(child<QPushButton>(&d, "nextButton")->isDefault());
    QTest::keyClick(child<QLineEdit>(&d, "notifyEdit"), Qt::Key_Return);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::ConfirmPage));
    QVERIFY(child<QPushButton>(&d, "issueConfirmButton")->isDefault());
    Prompts::setNextPassphrase(kPassphrase);
    QTest::keyClick(&d, Qt::Key_Return);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::ResultPage));
    QVERIFY(child<QPushButton>(&d, "closeButton")->isDefault());
    QTest::mouseClick(child<QPushButton>(&d, "copyPasswordButton"), Qt::LeftButton);
    QTest::keyClick(&d, Qt::Key_Return);
    QVERIFY(!d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void tst_IssueDialog::reissueOfRevokedSlotIsPrefilled()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto first = issueDirect(f, QStringLiteral("taro"), QStringLiteral("mac"), QStringLiteral("MacBook"));
    QVERIFY(first);
    CertificateRef ref;
    ref.serialHex = first->serialHex;
    QVERIFY(RevocationWorkflows(*f.wf.ctx).revoke(ref, RevocationReason::KeyCompromise));

    UsersPage page(*f.session);
    page.show();
    page.selectUser(QStringLiteral("taro"));
    auto* issueButton = child<QPushButton>(&page, "issueButton_1");
    QVERIFY(issueButton->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "revokeButton_1")->isEnabled());
    QCOMPARE(page.certificatePanel()->slotsModel()->index(0, SlotsModel::StatusColumn).data().toString(),
             QStringLiteral("Revoked"));

    bool checked = false;
    later([&] {
        auto* d = visibleDialog<IssueDialog>();
        QVERIFY(d);
        QVERIFY(d->isReissue());
        QCOMPARE(child<QComboBox>(d, "deviceCombo")->currentData().toString(), QStringLiteral("mac"));
        QCOMPARE(child<QLineEdit>(d, "remarksEdit")->text(), QStringLiteral("MacBook"));
        QCOMPARE(child<QLineEdit>(d, "notifyEdit")->text(), first->notifyEmail);
        QTest::mouseClick(child<QPushButton>(d, "nextButton"), Qt::LeftButton);
        Prompts::setNextPassphrase(kPassphrase);
        QTest::mouseClick(child<QPushButton>(d, "issueConfirmButton"), Qt::LeftButton);
        QCOMPARE(d->currentPage(), int(IssueDialogUi::ResultPage));
        QCOMPARE(d->issuedCertificate()->slot, 1);
        checked = true;
        Prompts::setNextAnswer(QMessageBox::Yes); // close without copying the password
        QTest::mouseClick(child<QPushButton>(d, "closeButton"), Qt::LeftButton);
    });
    QTest::mouseClick(issueButton, Qt::LeftButton);
    QVERIFY(checked);
    QCOMPARE(historyCount(f, Op::Reissue), 1);
    const QModelIndex status = page.certificatePanel()->slotsModel()->index(0, SlotsModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Awaiting download"));
    QCOMPARE(page.certificatePanel()->slotsModel()->index(0, SlotsModel::RemarksColumn).data().toString(),
             QStringLiteral("MacBook"));
}

void tst_IssueDialog::closingWithoutCopyingAsks()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    IssueDialog d(*f.session, QStringLiteral("taro"), 1);
    d.show();
    QTest::mouseClick(child<QPushButton>(&d, "nextButton"), Qt::LeftButton);
    Prompts::setNextPassphrase(kPassphrase);
    QTest::mouseClick(child<QPushButton>(&d, "issueConfirmButton"), Qt::LeftButton);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::ResultPage));
    Prompts::setNextAnswer(QMessageBox::No);
    QTest::keyClick(&d, Qt::Key_Escape);
    QVERIFY(d.isVisible()); // the password is still there to copy
    QVERIFY(shownMessageContains(QStringLiteral("shown only now")));
    QVERIFY(!child<QLineEdit>(&d, "generatedPasswordEdit")->text().isEmpty());
    Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(&d, Qt::Key_Escape);
    QVERIFY(!d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

// Issue 17 §3: mail not configured → the confirmation points to Settings → Mail with a button that
// opens it in the main window (no CLI command in the GUI).
void tst_IssueDialog::mailNotConfiguredOpensMailSettings()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    MainWindow window(*f.session);
    window.show();
    window.showPage(MainWindow::UsersIndex);
    const QString before = dumpContent(*f.wf.db);
    IssueDialog d(*f.session, QStringLiteral("taro"), 1, &window);
    d.show();
    QTest::mouseClick(child<QPushButton>(&d, "nextButton"), Qt::LeftButton);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::ConfirmPage));
    const QString mail = child<QLabel>(&d, "confirmMailValue")->text();
    QVERIFY2(mail.contains(QStringLiteral("Settings → Mail")), qPrintable(mail));
    QVERIFY2(!mail.contains(QLatin1String("certdesk-cli")), qPrintable(mail));
    auto* open = child<QPushButton>(&d, "openMailSettingsButton");
    QVERIFY(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(!d.isVisible());
    QVERIFY(!d.issued());
    QCOMPARE(dumpContent(*f.wf.db), before);
    Page* settings = window.page(MainWindow::SettingsIndex);
    QVERIFY(settings->isVisible());
    auto* tabs = child<QTabWidget>(settings, "settingsTabs");
    QVERIFY(qobject_cast<MailSettingsPanel*>(tabs->currentWidget()));
}

// Issue 17 §3 (seed 000): issuing for a user whose 証明書認証 is 利用しない says so on the confirmation,
// with a button that changes it (after a confirmation) through the workflow.
void tst_IssueDialog::certAuthDontUseNoteAndChange()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("hanako")), QString());
    QVERIFY(UserWorkflows(*f.wf.ctx).setCertAuth(QStringLiteral("taro"), false));
    QVERIFY(UserWorkflows(*f.wf.ctx).setCertAuth(QStringLiteral("hanako"), true));
    {
        IssueDialog d(*f.session, QStringLiteral("hanako"), 1);
        d.show();
        QTest::mouseClick(child<QPushButton>(&d, "nextButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(&d, "certAuthNoteLabel")->isVisible());
        QVERIFY(!child<QPushButton>(&d, "useCertAuthButton")->isVisible());
    }
    IssueDialog d(*f.session, QStringLiteral("taro"), 1);
    d.show();
    QTest::mouseClick(child<QPushButton>(&d, "nextButton"), Qt::LeftButton);
    QCOMPARE(d.currentPage(), int(IssueDialogUi::ConfirmPage));
    auto* note = child<QLabel>(&d, "certAuthNoteLabel");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("\"Don't use\"")), qPrintable(note->text()));
    auto* change = child<QPushButton>(&d, "useCertAuthButton");
    QVERIFY(change->isVisible());
    // No: nothing changes.
    Prompts::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(change, Qt::LeftButton);
    QVERIFY(!UserWorkflows(*f.wf.ctx).get(QStringLiteral("taro"))->certAuth);
    QSignalSpy usersChanged(f.session.get(), &AppSession::usersChanged);
    const qint64 onBefore = historyCount(f, Op::CertAuthOn);
    Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(change, Qt::LeftButton);
    QVERIFY(UserWorkflows(*f.wf.ctx).get(QStringLiteral("taro"))->certAuth);
    QCOMPARE(usersChanged.count(), 1);
    QCOMPARE(historyCount(f, Op::CertAuthOn), onBefore + 1);
    QVERIFY(!change->isVisible());
    QVERIFY(note->text().contains(QLatin1String("now")));
    QCOMPARE(d.currentPage(), int(IssueDialogUi::ConfirmPage)); // still ready to issue
}

QTEST_MAIN(tst_IssueDialog)
#include "tst_IssueDialog.moc"
