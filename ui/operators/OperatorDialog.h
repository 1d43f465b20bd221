#pragma once
// Adds an operator (Settings → Operators), or creates the first administrator of a database that has
// no operator yet. The operator is created when the button is pressed; errors (password rules, a
// login name in use) stay in the dialog.
#include "store/OperatorStore.h"
#include <QDialog>

class QLabel;
class QPushButton;

namespace certdesk {
class OperatorForm;
class WorkflowContext;

class OperatorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, FirstAdministrator };
    OperatorDialog(WorkflowContext& ctx, Mode mode, QWidget* parent = nullptr);

    const OperatorRecord& created() const { return m_created; }
    QString password() const; // what was typed, for signing in as the first administrator
    OperatorForm* form() const { return m_form; }

    bool tryCreate(); // also what the button does

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    WorkflowContext& m_ctx;
    Mode m_mode;
    QLabel* m_intro;
    OperatorForm* m_form;
    QLabel* m_error;
    QPushButton* m_create;
    QPushButton* m_cancel;
    OperatorRecord m_created;
};

} // namespace certdesk
