#pragma once
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace certdesk {

// First-run step 2: a local database file (default, in the user's data folder) or a PostgreSQL server
// shared by several desktops, with "Test connection". Leaving the page opens and migrates the database.
class DatabaseWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    DatabaseWizardPage(const QString& presetUrl, QWidget* parent = nullptr);
    static QString defaultPath();
    QString url() const; // "sqlite:PATH" or the PostgreSQL URL

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateEnabled();
    void browse();
    void testConnection();
    void showStatus(const QString& text, bool error);

    QLabel* m_intro;
    QRadioButton* m_local;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QRadioButton* m_postgres;
    QLineEdit* m_pgUrl;
    QPushButton* m_test;
    QLabel* m_pgHint;
    QLabel* m_status;
};

} // namespace certdesk
