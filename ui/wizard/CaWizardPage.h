#pragma once
#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace certdesk {
class CaSetupWidget;

// First-run step 3: create a root CA or import one (or keep the CA the chosen database already has).
// A commit page: leaving it creates the CA and saves the organisation name; there is no way back.
class CaWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CaWizardPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateMode();
    QRadioButton* m_create;
    QRadioButton* m_import;
    QRadioButton* m_keep;
    QString m_existingName;
    CaSetupWidget* m_setup;
    QLabel* m_note;
    QLabel* m_error;
};

} // namespace certdesk
