#pragma once
// What the main window shows while it is locked (idle for too long): no data, only who is signed in
// and the password field. The same operator signs in again to continue where they were; "Sign out"
// lets someone else sign in.
#include <QWidget>

class QLabel;
class QPushButton;

namespace certdesk {
class AppSession;
class SignInForm;

class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(AppSession& session, QWidget* parent = nullptr);
    // Prepares the form for the signed-in operator (called when the window locks).
    void prepare();
    SignInForm* form() const { return m_form; }
    // Checks the password (SignIn::open: a wrong one counts towards the lockout); on success unlocked().
    bool tryUnlock();

signals:
    void unlocked();
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    AppSession& m_session;
    QLabel* m_title;
    QLabel* m_text;
    SignInForm* m_form;
    QPushButton* m_unlock;
    QPushButton* m_signOut;
};

} // namespace certdesk
