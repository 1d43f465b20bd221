#pragma once
// 「ログイン」: who is at the keyboard, before the main window shows anything. Signs in through
// SignIn::open (on PostgreSQL the connection itself is made as the operator's login role); a wrong
// password, a locked or disabled operator get the workflow's message and the dialog stays open.
#include "store/DatabaseUrl.h"
#include "workflows/SignIn.h"
#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;

namespace certdesk {
class SignInForm;

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(const DatabaseUrl& url, QWidget* parent = nullptr);

    void setLogin(const QString& login);
    // Set once the dialog was accepted.
    const std::optional<SignedIn>& signedIn() const { return m_signedIn; }
    SignInForm* form() const { return m_form; }

    // Signs in as `login`; on success accepts the dialog, otherwise shows why. Also what the button does.
    bool trySignIn();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    DatabaseUrl m_url;
    QLabel* m_title;
    QLabel* m_database;
    SignInForm* m_form;
    QPushButton* m_signIn;
    QPushButton* m_cancel;
    std::optional<SignedIn> m_signedIn;
};

} // namespace certdesk
