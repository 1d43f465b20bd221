#pragma once
#include <QWizardPage>

class QLabel;
class QStackedWidget;

namespace certdesk {
class OperatorForm;
class SignInForm;

// First-run step 3: the first administrator (login name, display name, password twice with its rules);
// the wizard is then signed in as it, so that the CA and every later history row name a person. A
// database that already has operators asks an administrator to sign in instead. A commit page.
class AdministratorWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AdministratorWizardPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool createsAdministrator() const { return m_create; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    bool m_create = true;
    QLabel* m_intro;
    QStackedWidget* m_stack;
    OperatorForm* m_operator;
    SignInForm* m_signIn;
    QLabel* m_error;
};

} // namespace certdesk
