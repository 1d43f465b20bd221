#pragma once
// Operator and password, a Caps Lock hint and the reason of a refused sign-in: the fields of the
// sign-in dialog, the lock screen and the first-run wizard when the database already has operators.
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace certdesk {

class SignInForm : public QWidget
{
    Q_OBJECT
public:
    explicit SignInForm(QWidget* parent = nullptr);

    QString login() const;
    QString password() const;
    // `fixed`: the login cannot be changed (the lock screen: the same operator signs in again).
    void setLogin(const QString& login, bool fixed = false);
    void clearPassword();
    void setError(const QString& message); // empty hides it
    QString error() const;
    bool isComplete() const; // both fields filled in
    void focusFirstEmpty();

signals:
    void changed();
    void submitted(); // Return in the password field

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QFormLayout* m_form;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_caps;
    QLabel* m_error;
    bool m_capsLockOn = false;
};

} // namespace certdesk
