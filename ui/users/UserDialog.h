#pragma once
// Adds or edits a user (login ID read-only when editing) with inline validation; OK stays disabled
// until the input is valid. A failed save keeps the dialog open with everything typed.
#include "AppSession.h"
#include "store/Records.h"
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace certdesk {

class UserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserDialog(AppSession& session, QWidget* parent = nullptr);                // add
    UserDialog(AppSession& session, const UserRecord& user, QWidget* parent = nullptr); // edit

    bool isEditing() const { return m_editing; }
    const UserRecord& user() const { return m_user; }    // the saved user after accept()
    static QStringList parseGroups(const QString& text); // "a, b、c" → {a, b, c}
    void accept() override;                              // saves through UserWorkflows

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void validate();
    void retranslateUi();
    AppSession& m_session;
    bool m_editing = false;
    bool m_loginTouched = false;
    bool m_emailTouched = false;
    UserRecord m_user;
    QLabel* m_labels[7] = {};
    QLineEdit* m_login;
    QLabel* m_loginError;
    QLineEdit* m_email;
    QLabel* m_emailError;
    QLineEdit* m_displayName;
    QLineEdit* m_department;
    QLineEdit* m_title;
    QLineEdit* m_groups;
    QLabel* m_groupsHint;
    QComboBox* m_language;
    QDialogButtonBox* m_buttons;
};

} // namespace certdesk
