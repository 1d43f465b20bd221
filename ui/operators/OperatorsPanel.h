#pragma once
// Settings → Operators (administrators only): who may sign in, in which role, locked or disabled, and
// their last sign-in; add, change the role, reset the password, unlock and disable, each through
// OperatorWorkflows (which refuse to disable or demote the last active administrator).
#include "store/OperatorStore.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace certdesk {
class AppSession;

class OperatorsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        LoginColumn,
        NameColumn,
        RoleColumn,
        LockedColumn,
        DisabledColumn,
        LastSignInColumn,
        ColumnCount
    };

    explicit OperatorsPanel(AppSession& session, QWidget* parent = nullptr);
    void reload();
    bool selectOperator(const QString& login);
    QString selectedLogin() const;

    void addOperator();
    void applyRole();
    void resetPassword();
    void unlock();
    void disable();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void fillTable();
    void updateButtons();
    std::optional<OperatorRecord> selected() const;
    // After a change: reload, say what happened or why not, and keep the signed-in actor current.
    void finish(const Status& status, const QString& login, const QString& done);

    AppSession& m_session;
    QList<OperatorRecord> m_operators;
    QLabel* m_intro;
    QTableWidget* m_table;
    QPushButton* m_add;
    QComboBox* m_role;
    QPushButton* m_setRole;
    QPushButton* m_reset;
    QPushButton* m_unlock;
    QPushButton* m_disable;
    QLabel* m_error;
    QLabel* m_status;
};

} // namespace certdesk
