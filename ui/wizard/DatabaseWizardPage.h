#pragma once
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace certdesk {

struct DatabaseUrl;

// First-run step 2: a local database file (default, in the user's data folder) or a PostgreSQL server
// shared by several desktops, with its TLS mode and root certificate and "Test connection". Leaving the
// page opens and migrates the database; an unencrypted PostgreSQL connection is shown as a warning and
// needs a confirmation.
class DatabaseWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    DatabaseWizardPage(const QString& presetUrl, QWidget* parent = nullptr);
    static QString defaultPath();
    // "sqlite:PATH" or the PostgreSQL URL with the chosen TLS mode and root certificate (parameters typed
    // into the address win over the fields).
    QString url() const;

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateEnabled();
    void browse();
    void browseRootCert();
    void testConnection();
    void showStatus(const QString& text, bool error);
    // Moves sslmode/sslrootcert from the address into the TLS fields.
    void takeTlsFromAddress();
    void setTlsFields(const DatabaseUrl& url);
    void rootCertEdited();
    QString failureText(const DatabaseUrl& url, const QString& message) const;
    QString plainWarning() const;

    QLabel* m_intro;
    QRadioButton* m_local;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QRadioButton* m_postgres;
    QLineEdit* m_pgUrl;
    QPushButton* m_test;
    QLabel* m_sslModeLabel;
    QComboBox* m_sslMode;
    QLabel* m_rootCertLabel;
    QLineEdit* m_rootCert;
    QPushButton* m_rootCertBrowse;
    QLabel* m_pgHint;
    QLabel* m_tlsWarning;
    QLabel* m_status;
    bool m_modeChosen = false; // the administrator picked the TLS mode: a root certificate no longer sets it
};

} // namespace certdesk
