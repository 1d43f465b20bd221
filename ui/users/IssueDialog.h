#pragma once
// 証明書発行: form (notification address, device, key password, remarks) → confirmation → result
// (status, serial, the generated key password shown once with Copy, Save .p12…, mail state).
// Cancel before the result page changes nothing. A revoked slot is re-issued with its previous
// device, address and remarks prefilled. The confirmation says when mail is not configured (with a button
// to Settings → Mail) and when the user's 証明書認証 is 利用しない (with a button to change it).
#include "AppSession.h"
#include "IssueDialogUi.h"
#include "workflows/CertificateWorkflows.h"
#include <QDialog>

namespace certdesk {

class IssueDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int ClipboardClearMs = 60000;

    // A new certificate for `loginId`; slot 0 = the lowest free slot.
    IssueDialog(AppSession& session, const QString& loginId, int slot = 0, QWidget* parent = nullptr);
    // Re-issue of the revoked certificate's slot, prefilled with its device, address and remarks.
    IssueDialog(AppSession& session, const CertificateRecord& revoked, QWidget* parent = nullptr);
    ~IssueDialog() override;

    bool isReissue() const { return m_previous.has_value(); }
    int currentPage() const; // IssueDialogUi::PageIndex
    bool issued() const { return m_result.has_value(); }
    const CertificateRecord* issuedCertificate() const { return m_result ? &m_result->certificate : nullptr; }
    QString savedPath() const { return m_savedPath; }
    const IssueDialogUi& ui() const { return m_ui; }

    void reject() override; // Escape / Cancel; on the result page: Close

    // Writes `data` with owner-only permissions through QSaveFile (all or nothing).
    static Status writePrivateFile(const QString& path, const QByteArray& data);

protected:
    void changeEvent(QEvent* event) override;

private:
    void init();
    void validateForm();
    void showPage(IssueDialogUi::PageIndex page);
    void goToConfirm();
    void issue();
    void showAboutDevice();
    void openMailSettings(); // closes the dialog (nothing issued) and opens Settings → Mail
    void useCertAuth();      // 証明書認証 利用しない → 利用する, after a confirmation
    void copyPassword();
    void copyLink();
    void savePkcs12();
    void finish();
    void wipe();
    QString slotText() const;
    void retranslateUi();
    AppSession& m_session;
    IssueDialogUi m_ui;
    QString m_loginId;
    QString m_userName;
    QString m_userEmail;
    bool m_certAuth = true; // the user's 証明書認証 (利用する)
    int m_slot = 0;
    std::optional<CertificateRecord> m_previous; // the revoked certificate being re-issued
    std::optional<IssueResult> m_result;
    QString m_savedPath;
    bool m_notifyTouched = false;
    bool m_passwordTouched = false;
    bool m_confirmTouched = false;
    bool m_passwordCopied = false;
};

} // namespace certdesk
