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
class RevocationCrlPanel;
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
    // Whether another operator revoked the certificate while the dialog was open (the Revoke button is
    // then disabled and the dialog says who and when).
    bool revokedMeanwhile() const { return !m_meanwhile.isEmpty(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void revoke();
    // Re-reads the certificate (after a change anywhere); true while it can still be revoked.
    bool checkStillRevocable();
    void retranslateUi();
    AppSession& m_session;
    CertificateRecord m_cert;
    QString m_userName;
    std::optional<CertificateRecord> m_revoked;
    // Revoked by someone else meanwhile: the operator and the local time from the history, if found.
    QString m_meanwhile;
    QString m_meanwhileBy;
    QDateTime m_meanwhileAt;
    QStackedWidget* m_pages;
    RevokeForm* m_form;
    QLabel* m_resultLabel;
    RevocationCrlPanel* m_crlPanel; // which servers refuse the device now, and the CRL's next step
    QPushButton* m_revokeButton;
    QPushButton* m_cancelButton;
    QPushButton* m_closeButton;
    QLabel* m_conflictLabel;
};

// "name <e-mail>" of a user for the confirmation texts (the login ID when the user cannot be read).
QString userDisplayText(AppSession& session, const QString& loginId);

} // namespace certdesk
