#pragma once
// An administrator sets a new password for another operator (Settings → Operators → Reset password…);
// the operator must change it at the next sign-in.
#include <QDialog>

class QLabel;
class QPushButton;

namespace certdesk {
class NewPasswordFields;
class WorkflowContext;

class ResetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(WorkflowContext& ctx, const QString& login, QWidget* parent = nullptr);
    NewPasswordFields* fields() const { return m_fields; }
    bool tryReset(); // also what the button does

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    WorkflowContext& m_ctx;
    QString m_login;
    QLabel* m_intro;
    NewPasswordFields* m_fields;
    QLabel* m_error;
    QPushButton* m_reset;
    QPushButton* m_cancel;
};

} // namespace certdesk
