#pragma once
// The users screen before the first user exists (right after the first-run setup): the next steps as
// buttons — add a user, import a CSV file, set up mail, start the portal — each opening its screen
// (MainWindow::openScreen, called by name on the window). Each button only for a role that may take
// that step; an operator who may take none is told that an administrator adds the users.
#include "AppSession.h"
#include <QWidget>

class QLabel;
class QPushButton;

namespace certdesk {

class UsersEmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit UsersEmptyState(AppSession& session, QWidget* parent = nullptr);
    void updateButtons(); // after the signed-in operator changed

signals:
    void addUserRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void openScreen(const QString& name);
    void retranslateUi();
    AppSession& m_session;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_addUser;
    QPushButton* m_importCsv;
    QPushButton* m_mail;
    QPushButton* m_portal;
};

} // namespace certdesk
