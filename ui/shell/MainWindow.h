#pragma once
#include "AppSession.h"
#include <QMainWindow>

class QAction;
class QTimer;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace certdesk {
class DashboardStrip;
class LockScreen;
class Page;
class UsersPage;

// Navigation on the left, the current screen on the right, the dashboard strip on top, and the
// helpdesk "Lost device…" action (Ctrl+L) always one keystroke away. Shows who is signed in and only
// what that operator's role may do; locks itself after the idle time of the settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum PageIndex { UsersIndex, SelectionIndex, BulkIndex, HistoryIndex, CaIndex, SettingsIndex, PageCount };

    explicit MainWindow(AppSession& session, QWidget* parent = nullptr);
    void showPage(PageIndex index);
    Page* page(PageIndex index) const;
    // Opens a screen by name: "users", "addUser" (the users screen with its Add user dialog), "bulk",
    // "mail" (Settings → Mail), "portal" (Settings → Portal and
    // CRL). Invokable by name, so that dialogs (which do not link the main window) can call it through
    // AppSession::dialogParent(), e.g. "mail is not configured" → Settings → Mail.
    Q_INVOKABLE void openScreen(const QString& name);
    UsersPage* usersPage() const;
    void openLostDevice();

    // File → Change password…
    void changePassword();
    // File → Sign out: the "logout" history row, the CA key forgotten, nobody signed in, the window
    // hidden; then signedOut() (the application shows the sign-in dialog again).
    void signOut();

    // The idle lock: after this long without keyboard or mouse input the window locks (the setting
    // session.idle_lock_minutes; tests set milliseconds).
    void setIdleLockTimeoutMs(int ms);
    int idleLockTimeoutMs() const;
    // Locks now: closes open dialogs, forgets the unlocked CA key and shows only the lock screen.
    void lock();
    bool isLocked() const;
    LockScreen* lockScreen() const { return m_lockScreen; }

    // Where the window goes (without its frame) on a screen whose free area is `available`: the preferred
    // size, or smaller so that the window and its frame (`frame`) fit, centred.
    static QRect fittedGeometry(const QRect& available, const QMargins& frame);
    // Keeps the whole window, frame and status bar included, within the free area of its screen.
    void fitToScreen();

signals:
    void signedOut();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The last size, position and splitter positions on this computer (QSettings "mainWindow/…"); a
    // position that is no longer on a screen is not used.
    void restoreWindowState();
    void saveWindowState() const;
    void retranslateUi();
    void updateStatus();
    // Hides the screens and disables the actions the signed-in operator's role may not use.
    void applyPermissions();
    void unlock();
    void loadIdleTimeout();
    AppSession& m_session;
    DashboardStrip* m_dashboard;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QList<Page*> m_pages;
    QAction* m_lostDevice;
    QAction* m_quit;
    QAction* m_about;
    QAction* m_changePassword;
    QAction* m_signOut;
    QStackedWidget* m_central;
    LockScreen* m_lockScreen;
    QTimer* m_idleTimer;
    QToolBar* m_toolbar;
    QLabel* m_operatorLabel;
    QMenu* m_fileMenu;
    QMenu* m_helpMenu;
    QLabel* m_dbLabel;
    QLabel* m_lockLabel;
    QLabel* m_liveLabel; // says when the screens are not live (the change feed lost the database)
    bool m_shownOnce = false;
};

} // namespace certdesk
