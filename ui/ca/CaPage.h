#pragma once
// CA & revocation: the active CA's details, create / import (replacing it after a warning), export
// of the CA certificate, the CRL status and "publish now" (the publish folder is this computer's, kept in
// its local crl-publish.conf, never in the database), the remembered passphrase, and the certificate URLs
// (read-only here; they are set on the Settings screen).
#include "CaSetupWidget.h"
#include "Page.h"
#include "workflows/CaWorkflows.h"

class QGroupBox;
class QLabel;
class QPushButton;

namespace certdesk {

class CaPage : public Page
{
    Q_OBJECT
public:
    explicit CaPage(AppSession& session, QWidget* parent = nullptr);
    QString title() const override;
    void refresh() override;

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    QLabel* addValue(QWidget* box, const char* objectName);
    void buildUi();
    void showDetails();
    void showCrlStatus();
    void crlStatusChanged(); // now when shown, else when shown next
    void showUrls();
    void checkKeychain();
    void setUpCa(CaSetupWidget::Mode mode);
    void publishCrl();
    void exportCertificate();
    void forgetPassphrase();

    std::optional<CaRecord> m_ca;
    std::optional<CrlPublication> m_lastCrl; // published in this session: exact next update
    bool m_passphraseStored = false;
    bool m_crlStatusStale = false; // certificates changed while the page was hidden

    QGroupBox* m_caBox;
    QList<QLabel*> m_caKeys;
    QLabel* m_name;
    QLabel* m_subject;
    QLabel* m_serial;
    QLabel* m_validity;
    QLabel* m_keyType;
    QLabel* m_fingerprint;
    QLabel* m_crlNumber;
    QPushButton* m_create;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_forget;
    QGroupBox* m_crlBox;
    QList<QLabel*> m_crlKeys;
    QLabel* m_revoked;
    QLabel* m_lastPublished;
    QLabel* m_nextUpdate;
    QLabel* m_publishDir;
    QLabel* m_publishNote; // where the folder lives; an ignored value of an older version in the database
    QPushButton* m_publish;
    QLabel* m_crlResult;
    QGroupBox* m_urlBox;
    QList<QLabel*> m_urlKeys;
    QLabel* m_crlUrl;
    QLabel* m_ocspUrl;
    QLabel* m_caIssuersUrl;
    QLabel* m_portalUrl;
    QLabel* m_urlHint;
    QLabel* m_status;
};

} // namespace certdesk
