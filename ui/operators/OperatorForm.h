#pragma once
// A new operator: login name, display name, role (optional) and the password typed twice with its
// rules. Used to add an operator, for the first administrator (first-run wizard, a database made
// before operators existed).
#include "auth/Roles.h"
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace certdesk {
class NewPasswordFields;

class OperatorForm : public QWidget
{
    Q_OBJECT
public:
    // `withRole`: false for the first administrator (always an administrator).
    explicit OperatorForm(bool withRole, QWidget* parent = nullptr);

    QString login() const;
    QString displayName() const; // the login name when left empty
    Role role() const;
    QString password() const;
    // Translated: what is missing or wrong before the operator can be created; empty when nothing is.
    QString problem() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    bool m_withRole;
    QFormLayout* m_form;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    NewPasswordFields* m_password;
};

} // namespace certdesk
