#include "IssueDialog.h"
#include "Prompts.h"
#include "UiHelpers.h"
#include "mail/MailQueue.h"
#include "policy/DeviceTypes.h"
#include "text/PasswordGenerator.h"
#include "workflows/UserWorkflows.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMetaObject>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>

namespace certdesk {

IssueDialog::IssueDialog(AppSession& session, const QString& loginId, int slot, QWidget* parent)
    : QDialog(parent), m_session(session), m_loginId(loginId), m_slot(slot)
{
    init();
}

IssueDialog::IssueDialog(AppSession& session, const CertificateRecord& revoked, QWidget* parent)
    : QDialog(parent), m_session(session), m_loginId(revoked.loginId), m_slot(revoked.slot),
      m_previous(revoked)
{
    init();
    m_ui.notifyEdit->setText(revoked.notifyEmail);
    m_ui.deviceCombo->setCurrentIndex(std::max(0, m_ui.deviceCombo->findData(revoked.device)));
    m_ui.remarksEdit->setText(revoked.remarks);
    validateForm();
}

IssueDialog::~IssueDialog()
{
    wipe();
}

void IssueDialog::init()
{
    setObjectName(QStringLiteral("issueDialog"));
    m_ui.setupUi(this);
    if (auto user = UserWorkflows(m_session.context()).get(m_loginId)) {
        m_userEmail = user->email;
        m_certAuth = user->certAuth;
        m_userName = tr("%1 <%2>").arg(user->displayName, user->email);
    } else {
        m_userName = m_loginId;
    }
    m_ui.notifyEdit->setText(m_userEmail);
    m_ui.passwordAutoRadio->setChecked(true);

    connect(m_ui.notifyEdit, &QLineEdit::textEdited, this, [this] { m_notifyTouched = true; });
    connect(m_ui.passwordEdit, &QLineEdit::textEdited, this, [this] { m_passwordTouched = true; });
    connect(m_ui.passwordConfirmEdit, &QLineEdit::textEdited, this, [this] { m_confirmTouched = true; });
    for (QLineEdit* e : {m_ui.notifyEdit, m_ui.passwordEdit, m_ui.passwordConfirmEdit})
        connect(e, &QLineEdit::textChanged, this, &IssueDialog::validateForm);
    connect(m_ui.passwordManualRadio, &QRadioButton::toggled, this, [this](bool manual) {
        validateForm();
        if (manual)
            m_ui.passwordEdit->setFocus();
    });
    connect(m_ui.showPasswordCheck, &QCheckBox::toggled, this, [this](bool show) {
        for (QLineEdit* e : {m_ui.passwordEdit, m_ui.passwordConfirmEdit})
            e->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui.aboutDeviceButton, &QPushButton::clicked, this, &IssueDialog::showAboutDevice);
    connect(m_ui.nextButton, &QPushButton::clicked, this, &IssueDialog::goToConfirm);
    connect(m_ui.backButton, &QPushButton::clicked, this, [this] { showPage(IssueDialogUi::FormPage); });
    connect(m_ui.issueConfirmButton, &QPushButton::clicked, this, &IssueDialog::issue);
    connect(m_ui.cancelButton, &QPushButton::clicked, this, &IssueDialog::reject);
    connect(m_ui.closeButton, &QPushButton::clicked, this, &IssueDialog::finish);
    connect(m_ui.copyPasswordButton, &QPushButton::clicked, this, &IssueDialog::copyPassword);
    connect(m_ui.copyLinkButton, &QPushButton::clicked, this, &IssueDialog::copyLink);
    connect(m_ui.saveP12Button, &QPushButton::clicked, this, &IssueDialog::savePkcs12);
    connect(m_ui.mailSettingsButton, &QPushButton::clicked, this, &IssueDialog::openMailSettings);
    connect(m_ui.resultMailButton, &QPushButton::clicked, this, &IssueDialog::openMailSettings);
    connect(m_ui.certAuthButton, &QPushButton::clicked, this, &IssueDialog::useCertAuth);

    showPage(IssueDialogUi::FormPage);
    retranslateUi();
    resize(560, sizeHint().height());
}

int IssueDialog::currentPage() const
{
    return m_ui.pages->currentIndex();
}

void IssueDialog::validateForm()
{
    const QString notify = m_ui.notifyEdit->text().trimmed();
    QString notifyError =
        notify.isEmpty() ? tr("The notification address is required.") : UserWorkflows::emailError(notify);
    const bool manual = m_ui.passwordManualRadio->isChecked();
    const QByteArray password = m_ui.passwordEdit->text().toUtf8();
    const QString passwordError = manual ? keyPasswordError(password) : QString();
    const QString confirmError = manual && m_ui.passwordConfirmEdit->text() != m_ui.passwordEdit->text()
                                     ? tr("The two passwords do not match.")
                                     : QString();
    uihelpers::setError(m_ui.notifyError, m_notifyTouched || !notify.isEmpty() ? notifyError : QString());
    uihelpers::setError(m_ui.passwordError, m_passwordTouched ? passwordError : QString());
    uihelpers::setError(m_ui.passwordConfirmError, m_confirmTouched ? confirmError : QString());
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui.passwordEdit), static_cast<QWidget*>(m_ui.passwordConfirmEdit),
          static_cast<QWidget*>(m_ui.showPasswordCheck)})
        w->setEnabled(manual);
    m_ui.nextButton->setEnabled(notifyError.isEmpty() && passwordError.isEmpty() && confirmError.isEmpty());
    uihelpers::growToFit(this);
}

void IssueDialog::showPage(IssueDialogUi::PageIndex page)
{
    m_ui.pages->setCurrentIndex(page);
    m_ui.backButton->setVisible(page == IssueDialogUi::ConfirmPage);
    m_ui.nextButton->setVisible(page == IssueDialogUi::FormPage);
    m_ui.issueConfirmButton->setVisible(page == IssueDialogUi::ConfirmPage);
    m_ui.cancelButton->setVisible(page != IssueDialogUi::ResultPage);
    m_ui.closeButton->setVisible(page == IssueDialogUi::ResultPage);
    switch (page) {
    case IssueDialogUi::FormPage:
        m_ui.nextButton->setDefault(true);
        m_ui.notifyEdit->setFocus();
        break;
    case IssueDialogUi::ConfirmPage:
        m_ui.issueConfirmButton->setDefault(true);
        m_ui.issueConfirmButton->setFocus();
        break;
    case IssueDialogUi::ResultPage:
        m_ui.closeButton->setDefault(true);
        m_ui.closeButton->setFocus();
        break;
    }
}

void IssueDialog::goToConfirm()
{
    m_notifyTouched = m_passwordTouched = m_confirmTouched = true;
    validateForm();
    if (!m_ui.nextButton->isEnabled())
        return;
    uihelpers::setError(m_ui.confirmError, QString());
    showPage(IssueDialogUi::ConfirmPage);
    retranslateUi();
}

void IssueDialog::issue()
{
    if (m_result || currentPage() != IssueDialogUi::ConfirmPage)
        return;
    uihelpers::setError(m_ui.confirmError, QString());
    const PasswordMode mode =
        m_ui.passwordManualRadio->isChecked() ? PasswordMode::Manual : PasswordMode::Auto;
    const QByteArray password =
        mode == PasswordMode::Manual ? m_ui.passwordEdit->text().toUtf8() : QByteArray();
    IssueRequest request;
    request.loginId = m_loginId;
    request.device = m_ui.deviceCombo->currentData().toString();
    request.notifyEmail = m_ui.notifyEdit->text().trimmed();
    request.passwordMode = mode;
    request.password = password;
    request.remarks = m_ui.remarksEdit->text().trimmed();
    request.slot = m_slot;
    // Re-issue when the previous values are kept (history: re-issue); otherwise a new issue into the slot.
    const bool unchanged = m_previous && request.device == m_previous->device &&
                           request.notifyEmail == m_previous->notifyEmail &&
                           request.remarks == m_previous->remarks;
    m_ui.issueConfirmButton->setEnabled(false);
    m_ui.backButton->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    CertificateWorkflows workflows(m_session.context());
    auto result = unchanged ? workflows.reissue(m_loginId, m_slot, mode, password) : workflows.issue(request);
    QGuiApplication::restoreOverrideCursor();
    m_ui.issueConfirmButton->setEnabled(true);
    m_ui.backButton->setEnabled(true);
    if (!result) {
        uihelpers::setError(m_ui.confirmError, result.error().message);
        uihelpers::growToFit(this);
        Prompts::error(this, tr("Issue certificate"), result.error());
        return;
    }
    m_result = std::move(result.value());
    m_ui.passwordEdit->clear();
    m_ui.passwordConfirmEdit->clear();
    m_session.notifyCertificatesChanged(m_loginId);
    const bool generated = !m_result->generatedPassword.isEmpty();
    m_ui.generatedPasswordEdit->setText(QString::fromLatin1(m_result->generatedPassword));
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui.generatedPasswordEdit), static_cast<QWidget*>(m_ui.copyPasswordButton),
          static_cast<QWidget*>(m_ui.passwordOnceNote), static_cast<QWidget*>(m_ui.resultPasswordLabel)})
        w->setVisible(generated);
    m_ui.manualPasswordNote->setVisible(!generated);
    // The portal link (only with a portal URL in the settings); its token is kept only hashed.
    const bool link = !m_result->downloadUrl.isEmpty();
    m_ui.downloadLinkEdit->setText(m_result->downloadUrl);
    m_ui.downloadLinkEdit->setCursorPosition(0); // the host first
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui.downloadLinkLabel), static_cast<QWidget*>(m_ui.downloadLinkEdit),
          static_cast<QWidget*>(m_ui.copyLinkButton), static_cast<QWidget*>(m_ui.downloadLinkNote)})
        w->setVisible(link);
    showPage(IssueDialogUi::ResultPage);
    retranslateUi();
}

void IssueDialog::showAboutDevice()
{
    const QString id = m_ui.deviceCombo->currentData().toString();
    Prompts::inform(this, tr("About this device: %1").arg(DeviceTypes::displayName(id)),
                    DeviceTypes::about(id));
}

void IssueDialog::openMailSettings()
{
    QPointer<QWidget> window = m_session.dialogParent();
    reject(); // after issuing: asks first when the generated password was not copied
    if (isVisible())
        return; // the operator chose to stay
    if (window)
        QMetaObject::invokeMethod(window, "openScreen", Q_ARG(QString, QStringLiteral("mail")));
}

void IssueDialog::useCertAuth()
{
    if (m_certAuth || !m_session.may(Permission::ManageUsers))
        return;
    if (Prompts::ask(this, tr("Certificate authentication"),
                     tr("Change the certificate authentication of %1 to \"Use\"?\n\nThe user can then no "
                        "longer use the service from devices on which no certificate is installed.")
                         .arg(m_userName)) != QMessageBox::Yes)
        return;
    if (auto s = UserWorkflows(m_session.context()).setCertAuth(m_loginId, true); !s) {
        uihelpers::setError(m_ui.confirmError, s.error().message);
        return;
    }
    m_certAuth = true;
    m_session.notifyUsersChanged();
    retranslateUi();
    m_ui.certAuthNote->setText(tr("Certificate authentication of this user is now \"Use\"."));
    m_ui.certAuthNote->show();
}

void IssueDialog::copyPassword()
{
    if (!m_result || m_result->generatedPassword.isEmpty())
        return;
    const QString password = QString::fromLatin1(m_result->generatedPassword);
    QGuiApplication::clipboard()->setText(password);
    m_passwordCopied = true;
    // Clear the clipboard after a minute unless something else was copied meanwhile.
    const QByteArray digest = QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256);
    QTimer::singleShot(ClipboardClearMs, QGuiApplication::instance(), [digest] {
        QClipboard* clipboard = QGuiApplication::clipboard();
        if (QCryptographicHash::hash(clipboard->text().toUtf8(), QCryptographicHash::Sha256) == digest)
            clipboard->clear();
    });
    retranslateUi();
}

void IssueDialog::copyLink()
{
    if (!m_result || m_result->downloadUrl.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_result->downloadUrl);
}

Status IssueDialog::writePrivateFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            ErrorCode::Io,
            tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    file.setPermissions(ownerOnly); // before any byte is written
    if (file.write(data) != data.size() || !file.commit())
        return makeError(
            ErrorCode::Io,
            tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QFile::setPermissions(path, ownerOnly);
    return {};
}

void IssueDialog::savePkcs12()
{
    if (!m_result)
        return;
    QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (start.isEmpty())
        start = QDir::homePath();
    const QString path =
        Prompts::saveFileName(this, tr("Save the certificate"), QDir(start).filePath(m_result->fileName),
                              tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto s = writePrivateFile(path, m_result->pkcs12); !s) {
        Prompts::error(this, tr("Save the certificate"), s.error());
        return;
    }
    m_savedPath = path;
    retranslateUi();
}

void IssueDialog::reject()
{
    if (m_result)
        finish();
    else
        QDialog::reject(); // nothing was issued
}

void IssueDialog::finish()
{
    if (m_result && !m_result->generatedPassword.isEmpty() && !m_passwordCopied) {
        const auto answer =
            Prompts::ask(this, tr("Close"),
                         tr("The generated key password is shown only now; CertDesk keeps it only encrypted, "
                            "bound to this certificate, until delivery. Without it the certificate cannot be "
                            "installed. Close without copying it?"),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No, QMessageBox::Warning);
        if (answer != QMessageBox::Yes)
            return;
    }
    wipe();
    QDialog::accept();
}

void IssueDialog::wipe()
{
    if (!m_result)
        return;
    m_result->generatedPassword.fill('\0');
    m_result->pkcs12.fill('\0');
    m_ui.generatedPasswordEdit->clear();
    m_result->downloadUrl.clear();
    m_ui.downloadLinkEdit->clear();
}

QString IssueDialog::slotText() const
{
    return m_slot > 0 ? QString::number(m_slot) : tr("The lowest free slot");
}

void IssueDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void IssueDialog::retranslateUi()
{
    m_ui.retranslateUi();
    setWindowTitle(isReissue() ? tr("Re-issue certificate") : tr("Issue certificate"));
    if (m_previous)
        m_ui.formIntro->setText(
            tr("Re-issue slot %1 of %2. The device, address and remarks of the revoked certificate "
               "are filled in; change them if needed.")
                .arg(m_slot)
                .arg(m_userName));
    else if (m_slot > 0)
        m_ui.formIntro->setText(tr("Issue a certificate for %1 in slot %2.").arg(m_userName).arg(m_slot));
    else
        m_ui.formIntro->setText(tr("Issue a certificate for %1.").arg(m_userName));
    m_ui.notifyEdit->setPlaceholderText(m_userEmail);

    m_ui.confirmIntro->setText(
        tr("The certificate will be issued with these values. Check them, then choose Issue."));
    m_ui.confirmUser->setText(m_userName);
    m_ui.confirmSlot->setText(slotText());
    m_ui.confirmNotify->setText(m_ui.notifyEdit->text().trimmed());
    m_ui.confirmDevice->setText(m_ui.deviceCombo->currentText());
    m_ui.confirmPassword->setText(m_ui.passwordManualRadio->isChecked()
                                      ? tr("Set by you")
                                      : tr("Generated automatically; shown once after issuing"));
    // Seed 000: 証明書認証 利用しない — the certificate is issued, but the service does not ask for it.
    m_ui.certAuthNote->setVisible(!m_certAuth);
    m_ui.certAuthButton->setVisible(!m_certAuth && m_session.may(Permission::ManageUsers));
    if (!m_certAuth)
        m_ui.certAuthNote->setText(
            m_session.may(Permission::ManageUsers)
                ? tr("Certificate authentication of this user is \"Don't use\": the service does not ask "
                     "for this certificate until it is changed to \"Use\" (here or on the Certificate "
                     "authentication screen), usually once the certificate is installed.")
                : tr("Certificate authentication of this user is \"Don't use\": the service does not ask "
                     "for this certificate until an administrator changes it to \"Use\" on the "
                     "Certificate authentication screen."));
    m_ui.confirmRemarks->setText(
        m_ui.remarksEdit->text().trimmed().isEmpty() ? tr("(none)") : m_ui.remarksEdit->text().trimmed());
    const bool mailOn = MailQueue::mailConfigured(Settings(m_session.context().db()));
    // Settings → Mail is for administrators, and reachable from the main window that opened the dialog.
    const bool canOpenMail =
        m_session.may(Permission::Administer) && m_session.dialogParent() &&
        m_session.dialogParent()->metaObject()->indexOfMethod("openScreen(QString)") >= 0;
    m_ui.mailSettingsButton->setVisible(!mailOn && canOpenMail);
    if (!mailOn)
        m_ui.confirmMail->setText(
            canOpenMail ? tr("Not sent — mail is not configured. Set it up in Settings → Mail.")
                        : tr("Not sent — mail is not configured. An administrator sets it up in Settings "
                             "→ Mail."));
    else if (m_ui.passwordManualRadio->isChecked())
        m_ui.confirmMail->setText(tr("A download request to %1 is queued.")
                                      .arg(m_ui.notifyEdit->text().trimmed().isEmpty()
                                               ? m_userEmail
                                               : m_ui.notifyEdit->text().trimmed()));
    else
        m_ui.confirmMail->setText(
            tr("A download request to %1 is queued, and the key password in a separate mail.")
                .arg(m_ui.notifyEdit->text().trimmed().isEmpty() ? m_userEmail
                                                                 : m_ui.notifyEdit->text().trimmed()));

    if (m_result) {
        const CertificateRecord& c = m_result->certificate;
        m_ui.resultTitle->setText(
            tr("The certificate was issued to %1 in slot %2.").arg(m_userName).arg(c.slot));
        m_ui.resultStatus->setText(certStatusDisplayName(c.status));
        m_ui.resultSerial->setText(c.serialHex);
        m_ui.resultValidUntil->setText(uihelpers::localDateTime(c.notAfter));
        m_ui.resultDeadline->setText(uihelpers::localDateTime(c.downloadDeadline));
        if (m_passwordCopied)
            m_ui.passwordOnceNote->setText(
                tr("Copied to the clipboard, which is cleared again after one minute. The "
                   "password is shown only once; CertDesk keeps it only encrypted until the "
                   "certificate is downloaded."));
        // The desktop's mail sender (and a running portal) sends the outbox in the background: say so,
        // and where to see each mail's state, never a command line.
        m_ui.resultMailButton->setVisible(m_result->mailConfigured && canOpenMail);
        if (m_result->mailConfigured)
            m_ui.mailState->setText(
                (canOpenMail
                     ? tr("Mail: %n mail(s) queued to %1. CertDesk sends them in the background while "
                          "it is open; Settings → Mail shows in the outbox whether each was sent.",
                          nullptr, m_result->mailsQueued)
                     : tr("Mail: %n mail(s) queued to %1. CertDesk sends them in the background while "
                          "it is open; an administrator sees in Settings → Mail whether each was sent.",
                          nullptr, m_result->mailsQueued))
                    .arg(c.notifyEmail));
        m_ui.saveState->setText(
            m_savedPath.isEmpty()
                ? tr("Not saved yet. Suggested file name: %1").arg(m_result->fileName)
                : tr("Saved to %1 (readable only by you).").arg(QDir::toNativeSeparators(m_savedPath)));
    }
}

} // namespace certdesk
