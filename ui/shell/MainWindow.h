#pragma once
#include "AppSession.h"
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace certdesk {
class DashboardStrip;
class Page;
class UsersPage;

// Navigation on the left, the current screen on the right, the dashboard strip on top, and the
// helpdesk "Lost device…" action (Ctrl+L) always one keystroke away.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum PageIndex { UsersIndex, SelectionIndex, BulkIndex, HistoryIndex, CaIndex, SettingsIndex, PageCount };

    explicit MainWindow(AppSession& session, QWidget* parent = nullptr);
    void showPage(PageIndex index);
    Page* page(PageIndex index) const;
    UsersPage* usersPage() const;
    void openLostDevice();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateStatus();
    AppSession& m_session;
    DashboardStrip* m_dashboard;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QList<Page*> m_pages;
    QAction* m_lostDevice;
    QAction* m_quit;
    QAction* m_about;
    QMenu* m_fileMenu;
    QMenu* m_helpMenu;
    QLabel* m_dbLabel;
    QLabel* m_lockLabel;
};

} // namespace certdesk
