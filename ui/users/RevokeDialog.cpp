#include "RevokeDialog.h"
#include "DateFormat.h"
#include "Prompts.h"
#include "RevocationCrlPanel.h"
#include "RevokeForm.h"
#include "policy/DeviceTypes.h"
#include "revocation/RevocationWorkflows.h"
#include "store/CertificateStore.h"
#include "store/HistoryLog.h"
#include "workflows/UserWorkflows.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace certdesk {

QString userDisplayText(AppSession& session, const QString& loginId)
{
    auto user = UserWorkflows(session.context()).get(loginId);
    if (!user)
        return loginId;
    return QCoreApplication::translate("RevokeDialog", "%1 <%2> (login ID %3)")
        .arg(user->displayName, user->email, loginId);
}

RevokeDialog::RevokeDialog(AppSession& session, const CertificateRecord& certificate, QWidget* parent)
    : QDialog(parent), m_session(session), m_cert(certificate), m_pages(new QStackedWidget(this)),
      m_form(new RevokeForm(this)), m_resultLabel(new QLabel(this)),
      m_crlPanel(new RevocationCrlPanel(session, this)), m_revokeButton(new QPushButton(this)),
      m_cancelButton(new QPushButton(this)), m_closeButton(new QPushButton(this)),
      m_conflictLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("revokeDialog"));
    m_conflictLabel->setObjectName(QStringLiteral("conflictLabel"));
    m_conflictLabel->setWordWrap(true);
    m_conflictLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_conflictLabel->setVisible(false);
    m_userName = userDisplayText(session, certificate.loginId);
    m_form->setCertificate(certificate, m_userName);

    auto* confirmPage = new QWidget(m_pages);
    confirmPage->setObjectName(QStringLiteral("confirmPage"));
    auto* confirmLayout = new QVBoxLayout(confirmPage);
    confirmLayout->addWidget(m_form);
    confirmLayout->addWidget(m_conflictLabel);
    confirmLayout->addStretch(1);
    auto* resultPage = new QWidget(m_pages);
    resultPage->setObjectName(QStringLiteral("resultPage"));
    auto* resultLayout = new QVBoxLayout(resultPage);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_resultLabel);
    resultLayout->addWidget(m_crlPanel);
    resultLayout->addStretch(1);
    m_pages->addWidget(confirmPage);
    m_pages->addWidget(resultPage);

    m_revokeButton->setObjectName(QStringLiteral("revokeConfirmButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setVisible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revokeButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_revokeButton, &QPushButton::clicked, this, &RevokeDialog::revoke);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    m_cancelButton->setDefault(true); // Enter cancels; revoking takes a deliberate click or Alt+R
    setTabOrder(m_form->reasonCombo(), m_form->remarksEdit());
    setTabOrder(m_form->remarksEdit(), m_revokeButton);
    setTabOrder(m_revokeButton, m_cancelButton);
    m_form->reasonCombo()->setFocus();
    // Another desktop may revoke it while this dialog is open: say so rather than fail on Revoke.
    connect(&session, &AppSession::databaseChanged, this, [this] {
        if (!m_revoked)
            checkStillRevocable();
    });
    retranslateUi();
    resize(520, sizeHint().height());
}

bool RevokeDialog::checkStillRevocable()
{
    auto now = CertificateStore(*m_session.db()).findById(m_cert.id);
    if (!now || !now.value())
        return true;
    if (now.value()->status != m_cert.status) {
        // The details above (status) show what the certificate is now, not what it was when opened.
        m_cert = *now.value();
        m_form->setCertificate(m_cert, m_userName);
    }
    if (m_cert.status != CertStatus::Revoked)
        return true;
    m_meanwhile = now.value()->serialHex;
    m_meanwhileBy.clear();
    m_meanwhileAt = now.value()->revokedAt;
    // Who did it, when the history says so cheaply (the newest revocation naming this serial number).
    HistoryFilter f;
    f.operation = Op::Revoke;
    f.text = QStringLiteral("serial=%1 ").arg(m_meanwhile);
    f.limit = 1;
    if (auto rows = HistoryLog::list(*m_session.db(), f); rows && !rows->isEmpty()) {
        m_meanwhileBy = rows->constFirst().operatorName;
        m_meanwhileAt = rows->constFirst().at;
    }
    m_revokeButton->setEnabled(false);
    m_form->reasonCombo()->setEnabled(false); // nothing left to choose for
    m_form->remarksEdit()->setEnabled(false);
    m_conflictLabel->setVisible(true);
    retranslateUi();
    // Room for the explanation: the details above it keep their height.
    resize(width(), qMax(height(), sizeHint().height()));
    return false;
}

void RevokeDialog::revoke()
{
    if (m_revoked)
        return;
    CertificateRef ref;
    ref.serialHex = m_cert.serialHex;
    m_crlPanel->prepare(m_cert.caId);
    auto result = RevocationWorkflows(m_session.context()).revoke(ref, m_form->reason(), m_form->remarks());
    if (!result && result.error().code == ErrorCode::Conflict && !checkStillRevocable()) {
        // Revoked by someone else just now: the dialog says who and when, and Revoke is disabled.
        Error conflict = result.error();
        conflict.message = tr("%1\n\n%2").arg(m_conflictLabel->text(), conflict.message);
        Prompts::error(this, tr("Revoke certificate"), conflict);
        return;
    }
    if (!result) {
        Prompts::error(this, tr("Revoke certificate"), result.error());
        return;
    }
    m_revoked = result->certificate;
    if (result->crl.published())
        m_session.notifyCrlPublished();
    m_session.notifyCertificatesChanged(m_cert.loginId);
    m_pages->setCurrentIndex(1);
    m_revokeButton->setVisible(false);
    m_cancelButton->setVisible(false);
    m_closeButton->setVisible(true);
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    m_crlPanel->showOutcome(*m_revoked, result->crl);
    retranslateUi();
    resize(width(), qMax(height(), sizeHint().height())); // room for the CRL follow-up
}

void RevokeDialog::reject()
{
    if (m_revoked)
        accept();
    else
        QDialog::reject();
}

void RevokeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RevokeDialog::retranslateUi()
{
    setWindowTitle(tr("Revoke certificate"));
    m_revokeButton->setText(tr("&Revoke certificate"));
    m_revokeButton->setToolTip(tr("Revoke now (Alt+R). Enter alone cancels."));
    m_cancelButton->setText(tr("Cancel"));
    m_closeButton->setText(tr("Close"));
    if (!m_meanwhile.isEmpty()) {
        const QString when = m_meanwhileAt.isValid() ? dateformat::dateTime(m_meanwhileAt) : QString();
        m_conflictLabel->setText(!m_meanwhileBy.isEmpty()
                                     ? tr("This certificate (serial number %1) was revoked meanwhile by %2 "
                                          "at %3. There is nothing "
                                          "left to revoke; close this dialog.")
                                           .arg(m_meanwhile, m_meanwhileBy, when)
                                     : tr("This certificate (serial number %1) was revoked meanwhile by "
                                          "another operator. There is "
                                          "nothing left to revoke; close this dialog.")
                                           .arg(m_meanwhile));
    }
    if (m_revoked) {
        m_resultLabel->setText(
            tr("The certificate in slot %1 of %2 (%3, serial number %4) was revoked.")
                .arg(m_revoked->slot)
                .arg(m_userName, DeviceTypes::displayName(m_revoked->device), m_revoked->serialHex));
    }
}

} // namespace certdesk
