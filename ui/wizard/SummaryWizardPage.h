#pragma once
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace certdesk {

// First-run step 4: what was set up, and what next (add users or import a CSV file, set up mail, start
// the download portal), each with a button that finishes the wizard on that screen.
class SummaryWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryWizardPage(QWidget* parent = nullptr);
    void initializePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QPushButton* addNextStep(const char* name, const QString& screen);
    void retranslateUi();
    QLabel* m_summary;
    QLabel* m_nextTitle;
    QLabel* m_nextText;
    QPushButton* m_users;
    QPushButton* m_import;
    QPushButton* m_mail;
    QPushButton* m_portal;
};

} // namespace certdesk
