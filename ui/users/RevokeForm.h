#pragma once
// The revocation confirmation shared by RevokeDialog and the lost-device path: the reason (default
// "device lost"), the consequence of revoking, which certificate it is, and optional remarks.
#include "ca/CryptoTypes.h"
#include "store/Records.h"
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace certdesk {

class RevokeForm : public QWidget
{
    Q_OBJECT
public:
    explicit RevokeForm(QWidget* parent = nullptr);

    // userName: "name <e-mail>" of the certificate's user.
    void setCertificate(const CertificateRecord& certificate, const QString& userName);
    const CertificateRecord& certificate() const { return m_cert; }
    RevocationReason reason() const;
    QString remarks() const;
    void reset(); // reason back to "device lost", remarks cleared
    QComboBox* reasonCombo() const { return m_reason; }
    QLineEdit* remarksEdit() const { return m_remarks; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    CertificateRecord m_cert;
    QString m_userName;
    QLabel* m_consequence;
    QLabel* m_details;
    QFormLayout* m_form;
    QLabel* m_userValue;
    QLabel* m_deviceValue;
    QLabel* m_slotValue;
    QLabel* m_serialValue;
    QLabel* m_statusValue;
    QLabel* m_issuedValue;
    QLabel* m_certRemarksValue;
    QLabel* m_reasonLabel;
    QComboBox* m_reason;
    QLabel* m_remarksLabel;
    QLineEdit* m_remarks;
};

} // namespace certdesk
