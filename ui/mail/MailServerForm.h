#pragma once
// Settings → Mail → Server: host, port, security, user, password (to the OS keychain only, one entry per
// user, host and port), "Allow password over an unencrypted connection" (with a warning), sender
// address (通知メール送信者アドレス), sender name, reply-to, CA file; Save (one transaction with a
// "settings-changed" history row per changed key) and "Send test mail" (off the GUI thread).
#include "mail/SmtpSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace certdesk {
class AppSession;

class MailServerForm : public QWidget
{
    Q_OBJECT
public:
    explicit MailServerForm(AppSession& session, QWidget* parent = nullptr);
    void load();
    SmtpSettings formSettings() const;
    void retranslateUi();
    bool testMailRunning() const { return m_testRunning; }

signals:
    void testMailFinished(bool ok);

private:
    void save();
    void sendTestMail();
    void updateKeychainNote();
    void updatePlainAuthWarning();

    AppSession& m_session;
    QFormLayout* m_form;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_keychainNote;
    QCheckBox* m_allowPlainAuth;
    QLabel* m_plainAuthWarning;
    QLineEdit* m_sender;
    QLineEdit* m_senderName;
    QLineEdit* m_replyTo;
    QLineEdit* m_caFile;
    QLineEdit* m_admin;
    QLabel* m_error;
    QLabel* m_status;
    QPushButton* m_save;
    QLineEdit* m_testTo;
    QPushButton* m_test;
    QLabel* m_testResult;
    bool m_testRunning = false;
};

} // namespace certdesk
