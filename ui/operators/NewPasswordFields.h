#pragma once
// A new password typed twice, with the password rules shown under it and what the typed password
// still breaks (auth/PasswordRules), for every dialog that sets an operator's password.
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace certdesk {

class NewPasswordFields : public QWidget
{
    Q_OBJECT
public:
    explicit NewPasswordFields(QWidget* parent = nullptr);

    QString password() const;
    // The login name the password must not contain (the rules check it live).
    void setLoginName(const QString& login);
    // Translated: why the password cannot be used (a broken rule, the two entries differ); empty when
    // it can.
    QString problem() const;
    void clear();
    // The form the two password rows are in: a dialog puts its other fields into it (aligned labels).
    QFormLayout* formLayout() const { return m_form; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateProblems();
    QFormLayout* m_form;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_rules;
    QLabel* m_problems;
    QString m_login;
};

} // namespace certdesk
