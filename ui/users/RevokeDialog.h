#pragma once
// 失効: revokes one certificate after an explicit confirmation. Cancel is the default button, so a
// stray Enter never revokes; Escape cancels. Revocation needs no CA passphrase.
#include "AppSession.h"
#include "revocation/CrlPublisher.h"
#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace certdesk {
class RevokeForm;

class RevokeDialog : public QDialog
{
    Q_OBJECT
public:
    RevokeDialog(AppSession& session, const CertificateRecord& certificate, QWidget* parent = nullptr);

    bool revoked() const { return m_revoked.has_value(); }
    const std::optional<CertificateRecord>& revokedCertificate() const { return m_revoked; }
    RevokeForm* form() const { return m_form; }

    void reject() override; // after revoking, closing is "done", not "cancelled"

protected:
    void changeEvent(QEvent* event) override;

private:
    void revoke();
    void retranslateUi();
    AppSession& m_session;
    CertificateRecord m_cert;
    QString m_userName;
    std::optional<CertificateRecord> m_revoked;
    CrlOutcome m_crl; // what re-signing the CRL after the revocation did
    QStackedWidget* m_pages;
    RevokeForm* m_form;
    QLabel* m_resultLabel;
    QLabel* m_crlLabel;
    QPushButton* m_revokeButton;
    QPushButton* m_cancelButton;
    QPushButton* m_closeButton;
};

// "name <e-mail>" of a user for the confirmation texts (the login ID when the user cannot be read).
QString userDisplayText(AppSession& session, const QString& loginId);

} // namespace certdesk
