#pragma once
// 「パスワード変更」: the signed-in operator's own password (File → Change password…), and the change
// that an operator created or reset by an administrator must make before the main window opens.
#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk {
class NewPasswordFields;
class WorkflowContext;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // `forced`: the operator must change it now (cancelling signs out).
    ChangePasswordDialog(WorkflowContext& ctx, bool forced, QWidget* parent = nullptr);
    // The password just used to sign in: the current-password field is then filled in and hidden.
    void setCurrentPassword(const QString& password);

    // Changes the password through OperatorWorkflows; accepts on success. Also what the button does.
    bool tryChange();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButton();
    WorkflowContext& m_ctx;
    bool m_forced;
    QLabel* m_intro;
    QFormLayout* m_form;
    QLineEdit* m_current;
    NewPasswordFields* m_new;
    QLabel* m_error;
    QPushButton* m_change;
    QPushButton* m_cancel;
};

} // namespace certdesk
