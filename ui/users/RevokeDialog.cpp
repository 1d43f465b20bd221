#include "RevokeDialog.h"
#include "Prompts.h"
#include "RevokeForm.h"
#include "policy/DeviceTypes.h"
#include "portal/CrlPublicationText.h"
#include "revocation/RevocationWorkflows.h"
#include "workflows/UserWorkflows.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
      m_form(new RevokeForm(this)), m_resultLabel(new QLabel(this)), m_crlLabel(new QLabel(this)),
      m_revokeButton(new QPushButton(this)), m_cancelButton(new QPushButton(this)),
      m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("revokeDialog"));
    m_userName = userDisplayText(session, certificate.loginId);
    m_form->setCertificate(certificate, m_userName);

    auto* confirmPage = new QWidget(m_pages);
    confirmPage->setObjectName(QStringLiteral("confirmPage"));
    auto* confirmLayout = new QVBoxLayout(confirmPage);
    confirmLayout->addWidget(m_form);
    confirmLayout->addStretch(1);
    auto* resultPage = new QWidget(m_pages);
    resultPage->setObjectName(QStringLiteral("resultPage"));
    auto* resultLayout = new QVBoxLayout(resultPage);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_crlLabel->setObjectName(QStringLiteral("crlHintLabel"));
    m_crlLabel->setWordWrap(true);
    resultLayout->addWidget(m_resultLabel);
    resultLayout->addWidget(m_crlLabel);
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
    retranslateUi();
    resize(520, sizeHint().height());
}

void RevokeDialog::revoke()
{
    if (m_revoked)
        return;
    CertificateRef ref;
    ref.serialHex = m_cert.serialHex;
    auto result = RevocationWorkflows(m_session.context()).revoke(ref, m_form->reason(), m_form->remarks());
    if (!result) {
        Prompts::error(this, tr("Revoke certificate"), result.error());
        return;
    }
    m_revoked = result->certificate;
    m_crl = result->crl;
    if (m_crl.published())
        m_session.notifyCrlPublished();
    m_session.notifyCertificatesChanged(m_cert.loginId);
    m_pages->setCurrentIndex(1);
    m_revokeButton->setVisible(false);
    m_cancelButton->setVisible(false);
    m_closeButton->setVisible(true);
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    retranslateUi();
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
    if (m_revoked) {
        m_resultLabel->setText(
            tr("The certificate in slot %1 of %2 (%3, serial number %4) was revoked.")
                .arg(m_revoked->slot)
                .arg(m_userName, DeviceTypes::displayName(m_revoked->device), m_revoked->serialHex));
        m_crlLabel->setText(CrlPublicationText::afterRevocation(m_crl));
    }
}

} // namespace certdesk
