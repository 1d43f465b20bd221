#pragma once
// Settings → Portal and CRL → "Run the download portal on this computer": listen address and port, the
// TLS certificate and key files (needed for any address other than this computer's), Start / Stop, the state
// ("Listening on http://…; OCSP on") and the last requests. The portal itself lives in PortalService (owned
// by the session), so it keeps running when this tab is closed.
#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace certdesk {
class AppSession;
class PortalService;

class PortalServerBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit PortalServerBox(AppSession& session, QWidget* parent = nullptr);
    void retranslateUi();

    void startPortal();
    void stopPortal();

private:
    void updateState();
    void offerPortalUrl();
    void browse(QLineEdit* edit, bool key);

    AppSession& m_session;
    PortalService& m_service;
    QLabel* m_intro;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_certLabel;
    QLineEdit* m_cert;
    QPushButton* m_certBrowse;
    QLabel* m_keyLabel;
    QLineEdit* m_key;
    QPushButton* m_keyBrowse;
    QPushButton* m_start;
    QPushButton* m_stop;
    QLabel* m_status;
    QLabel* m_logLabel;
    QPlainTextEdit* m_log;
};

} // namespace certdesk
