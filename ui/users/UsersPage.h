#pragma once
// Users & certificates (seed 000 証明書情報): search, group filter and the users table on the left;
// the selected user's certificate information and slot table (CertificatePanel) on the right.
#include "Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace certdesk {
class CertificatePanel;
class UsersEmptyState;
class UsersModel;

class UsersPage : public Page
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 250;

    explicit UsersPage(AppSession& session, QWidget* parent = nullptr);
    QString title() const override;
    void refresh() override;
    // After a change elsewhere: the users (keeping the selection, scroll position, sort and the search
    // text being typed) and the selected user's panel, in place.
    void refreshLive();
    void selectUser(const QString& loginId);
    QString selectedLogin() const { return m_selected; }
    UsersModel* usersModel() const { return m_model; }
    CertificatePanel* certificatePanel() const { return m_panel; }
    // The split between the users list and the certificate panel, kept per computer by the main window.
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray& state);
    // Wide enough for every column of the users table (the name column at a readable width).
    int usersTableWidthHint() const;
    // No user at all (not only none matching the search): the next steps instead of the empty table.
    bool showsEmptyState() const;

protected:
    void showEvent(QShowEvent* event) override;
    void retranslateUi() override;

public:
    // Opens the "Add user" dialog (the button, the empty screen's button, the wizard's "Add users").
    void addUser();

private:
    bool m_splitPlaced = false;
    void applyFilter();
    void reloadGroups();
    void restoreSelection();
    void currentRowChanged();
    void editUser();
    void deleteUser();
    void updateButtons();
    void updateEmptyState();
    UsersModel* m_model;
    QString m_selected;
    QTimer* m_searchTimer;
    QLineEdit* m_search;
    QComboBox* m_group;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_error;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    CertificatePanel* m_panel;
    QSplitter* m_splitter;
    UsersEmptyState* m_empty;
    QStackedWidget* m_body; // m_splitter, or m_empty while there are no users
};

} // namespace certdesk
