#include "MainWindow.h"
#include "CurrentPageStack.h"
#include "DashboardStrip.h"
#include "LockScreen.h"
#include "Page.h"
#include "Prompts.h"
#include "about/AboutDialog.h"
#include "bulk/BulkPage.h"
#include "ca/CaPage.h"
#include "history/HistoryPage.h"
#include "mail/MailSenderService.h"
#include "operators/ChangePasswordDialog.h"
#include "portal/PortalService.h"
#include "revocation/CrlSchedule.h"
#include "selection/SelectionPage.h"
#include "settings/SettingsPage.h"
#include "store/Settings.h"
#include "users/LostDeviceDialog.h"
#include "users/UsersPage.h"
#include "workflows/OperatorWorkflows.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace certdesk {

MainWindow::MainWindow(AppSession& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_dashboard(new DashboardStrip(session, this)),
      m_nav(new QListWidget(this)), m_stack(new CurrentPageStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(AboutDialog::applicationIcon());
    session.setDialogParent(this);
    m_nav->setObjectName(QStringLiteral("navList"));
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_pages = {new UsersPage(session, this), new SelectionPage(session, this),
               new BulkPage(session, this),  new HistoryPage(session, this),
               new CaPage(session, this),    new SettingsPage(session, this)};
    for (Page* p : std::as_const(m_pages)) {
        m_stack->addWidget(p);
        m_nav->addItem(QString());
    }
    // The stack's minimum size is that of the shown screen only (QStackedWidget takes the largest of all):
    // a tall settings screen must not make the users screen scroll on a 1366×768 laptop.
    const auto sizeToCurrentPage = [this](int current) {
        for (int i = 0; i < m_pages.size(); ++i)
            m_pages.at(i)->setSizePolicy(i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                         i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_stack->updateGeometry();
    };
    sizeToCurrentPage(UsersIndex);
    connect(m_stack, &QStackedWidget::currentChanged, this, sizeToCurrentPage);
    m_nav->setCurrentRow(UsersIndex);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size()) {
            m_stack->setCurrentIndex(row);
            m_pages.at(row)->refresh();
        }
    });

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("workArea"));
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->addWidget(m_dashboard);
    auto* row = new QHBoxLayout;
    row->addWidget(m_nav);
    // A screen taller or wider than a small laptop screen scrolls instead of pushing the window (and its
    // status bar) past the screen edge.
    auto* stackScroll = new QScrollArea(central);
    stackScroll->setObjectName(QStringLiteral("pageScroll"));
    stackScroll->setWidgetResizable(true);
    stackScroll->setFrameShape(QFrame::NoFrame);
    stackScroll->setWidget(m_stack);
    row->addWidget(stackScroll, 1);
    outer->addLayout(row, 1);
    // The work area, or the lock screen in its place: while locked no data is on screen.
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_lockScreen = new LockScreen(session, m_central);
    m_central->addWidget(central);
    m_central->addWidget(m_lockScreen);
    setCentralWidget(m_central);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOut);

    m_lostDevice = new QAction(this);
    m_lostDevice->setObjectName(QStringLiteral("lostDeviceAction"));
    m_lostDevice->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lostDevice, &QAction::triggered, this, &MainWindow::openLostDevice);
    m_quit = new QAction(this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_about = new QAction(this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    connect(m_about, &QAction::triggered, this, [this] {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_changePassword = new QAction(this);
    m_changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    connect(m_changePassword, &QAction::triggered, this, &MainWindow::changePassword);
    m_signOut = new QAction(this);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOut);
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_lostDevice);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_changePassword);
    m_fileMenu->addAction(m_signOut);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_toolbar = addToolBar(QStringLiteral("main"));
    m_toolbar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->addAction(m_lostDevice);

    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    statusBar()->addWidget(m_operatorLabel);
    m_dbLabel = new QLabel(this);
    m_dbLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_lockLabel = new QLabel(this);
    m_lockLabel->setObjectName(QStringLiteral("caLockLabel"));
    m_liveLabel = new QLabel(this);
    m_liveLabel->setObjectName(QStringLiteral("liveStatusLabel"));
    m_liveLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_liveLabel->setVisible(false);
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addWidget(m_liveLabel);
    statusBar()->addPermanentWidget(m_lockLabel);
    connect(&session, &AppSession::caLockChanged, this, &MainWindow::updateStatus);
    connect(&session, &AppSession::historyChanged, this, &MainWindow::updateStatus);
    connect(&session, &AppSession::actorChanged, this, [this] {
        applyPermissions();
        retranslateUi();
    });

    // Any keyboard or mouse input in the application restarts the idle time.
    m_idleTimer = new QTimer(this);
    m_idleTimer->setObjectName(QStringLiteral("idleLockTimer"));
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::lock);
    connect(&session, &AppSession::settingsChanged, this, &MainWindow::loadIdleTimeout);
    qApp->installEventFilter(this);
    loadIdleTimeout();

    // Sends queued notification mail in the background (CERTDESK_NO_MAIL_SENDER=1 keeps it off).
    auto* mailSender = new MailSenderService(session, this);
    if (!MailSenderService::disabledByEnvironment())
        mailSender->start();
    // Every screen follows changes committed anywhere (other desktops, the CLI, the portal) through the
    // session's one change feed; the status bar says when the screens are not live.
    connect(&session, &AppSession::liveChanged, this, &MainWindow::updateStatus);
    if (auto s = session.startChangeFeed(); !s)
        qWarning("change feed: %s", qPrintable(s.error().message));
    // Publishes the CRL when it is due and the CA unlocks without a prompt (CERTDESK_NO_CRL_SCHEDULE=1 keeps
    // it off); it follows revocations committed anywhere through the change feed.
    auto* crlSchedule = session.createCrlSchedule(this);
    if (!CrlSchedule::disabledByEnvironment())
        crlSchedule->start();
    // The download portal on this computer, when it was running when CertDesk was last closed.
    if (auto s = PortalService::of(session).startIfEnabled(); !s)
        statusBar()->showMessage(tr("The download portal could not start: %1").arg(s.error().message), 15000);

    applyPermissions();
    retranslateUi();
    restoreWindowState();
}

namespace {

const QSize kPreferredSize(1440, 900);
// What a window manager usually adds (title bar, borders) before the real frame is known.
const QMargins kFrameAllowance(4, 32, 4, 4);
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kUsersSplitterKey = QStringLiteral("mainWindow/usersSplitter");

QScreen* screenShowing(const QRect& frame)
{
    QScreen* screen = QGuiApplication::screenAt(frame.center());
    return screen ? screen : QGuiApplication::primaryScreen();
}

} // namespace

QRect MainWindow::fittedGeometry(const QRect& available, const QMargins& frame)
{
    const QRect inside = available.marginsRemoved(frame);
    const QSize size = kPreferredSize.boundedTo(inside.size());
    return {inside.x() + (inside.width() - size.width()) / 2,
            inside.y() + (inside.height() - size.height()) / 2, size.width(), size.height()};
}

void MainWindow::restoreWindowState()
{
    QSettings prefs;
    const QByteArray splitter = prefs.value(kUsersSplitterKey).toByteArray();
    if (!splitter.isEmpty())
        usersPage()->restoreSplitterState(splitter);
    const QByteArray geometry = prefs.value(kGeometryKey).toByteArray();
    if (!geometry.isEmpty() && restoreGeometry(geometry)) {
        // Only where a screen still is (a second monitor may be gone): else the default place.
        const QScreen* screen = QGuiApplication::screenAt(frameGeometry().center());
        if (screen && screen->availableGeometry().intersects(frameGeometry()))
            return;
    }
    QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen)
        return resize(kPreferredSize);
    const QRect fitted = fittedGeometry(screen->availableGeometry(), kFrameAllowance);
    resize(fitted.size());
    move(fitted.topLeft() - QPoint(kFrameAllowance.left(), kFrameAllowance.top()));
}

void MainWindow::saveWindowState() const
{
    QSettings prefs;
    prefs.setValue(kGeometryKey, saveGeometry());
    prefs.setValue(kUsersSplitterKey, usersPage()->splitterState());
}

void MainWindow::fitToScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    const QRect frame = frameGeometry();
    const QScreen* screen = screenShowing(frame);
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    if (available.contains(frame))
        return;
    const QRect client = geometry();
    QMargins margins(client.left() - frame.left(), client.top() - frame.top(), frame.right() - client.right(),
                     frame.bottom() - client.bottom());
    if (margins.isNull() && windowHandle() && !QGuiApplication::platformName().startsWith(u"offscreen"))
        margins = kFrameAllowance; // not known yet
    const QRect inside = available.marginsRemoved(margins);
    const QSize size =
        client.size().boundedTo(inside.size()).expandedTo(minimumSizeHint().boundedTo(inside.size()));
    resize(size);
    const int x = std::clamp(
        frame.x(), available.x(),
        std::max(available.x(), available.right() + 1 - size.width() - margins.left() - margins.right()));
    const int y = std::clamp(
        frame.y(), available.y(),
        std::max(available.y(), available.bottom() + 1 - size.height() - margins.top() - margins.bottom()));
    move(x, y);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // The window manager adds its frame only now: check the whole window fits once it has.
    QTimer::singleShot(0, this, &MainWindow::fitToScreen);
    QTimer::singleShot(400, this, &MainWindow::fitToScreen);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::showPage(PageIndex index)
{
    m_nav->setCurrentRow(index);
}

void MainWindow::openScreen(const QString& name)
{
    if (name == QLatin1String("users")) {
        showPage(UsersIndex);
    } else if (name == QLatin1String("addUser")) {
        showPage(UsersIndex);
        // After the window is shown: the dialog is modal.
        QTimer::singleShot(0, usersPage(), &UsersPage::addUser);
    } else if (name == QLatin1String("bulk")) {
        showPage(BulkIndex);
    } else if (name == QLatin1String("mail") || name == QLatin1String("portal")) {
        showPage(SettingsIndex);
        const QLatin1String panel(name == QLatin1String("mail") ? "certdesk::MailSettingsPanel"
                                                                : "certdesk::PortalSettingsPanel");
        if (auto* tabs = page(SettingsIndex)->findChild<QTabWidget*>(QStringLiteral("settingsTabs")))
            for (int i = 0; i < tabs->count(); ++i)
                if (QLatin1String(tabs->widget(i)->metaObject()->className()) == panel)
                    tabs->setCurrentIndex(i);
    }
    raise();
    activateWindow();
}

Page* MainWindow::page(PageIndex index) const
{
    return m_pages.value(index);
}

UsersPage* MainWindow::usersPage() const
{
    return static_cast<UsersPage*>(m_pages.at(UsersIndex));
}

void MainWindow::openLostDevice()
{
    LostDeviceDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::applyPermissions()
{
    const bool signedIn = m_session.actor().signedIn();
    const auto allowed = [this](int index) {
        switch (index) {
        case BulkIndex:
            return m_session.may(Permission::ManageUsers);
        case CaIndex:
        case SettingsIndex:
            return m_session.may(Permission::Administer);
        case HistoryIndex:
            return m_session.may(Permission::ViewHistory);
        default:
            return m_session.may(Permission::ViewData);
        }
    };
    for (int i = 0; i < m_pages.size(); ++i) {
        m_nav->item(i)->setHidden(!allowed(i));
        m_pages.at(i)->setEnabled(allowed(i));
    }
    if (!allowed(m_nav->currentRow()))
        m_nav->setCurrentRow(UsersIndex);
    const bool lostDevice = m_session.may(Permission::IssueAndRevoke);
    m_lostDevice->setEnabled(lostDevice);
    m_lostDevice->setVisible(lostDevice);
    m_changePassword->setEnabled(signedIn);
    m_signOut->setEnabled(signedIn);
}

void MainWindow::changePassword()
{
    if (!m_session.actor().signedIn())
        return;
    ChangePasswordDialog dialog(m_session.context(), false, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_session.notifyOperatorsChanged();
        statusBar()->showMessage(tr("Your password was changed."), 10000);
    }
}

void MainWindow::signOut()
{
    if (m_session.actor().signedIn()) {
        if (auto s = OperatorWorkflows(m_session.context()).signOut(); !s)
            qWarning("sign-out not recorded: %s", qPrintable(s.error().message));
    }
    m_idleTimer->stop();
    m_session.clearSignedIn();
    saveWindowState();
    hide();
    m_central->setCurrentIndex(0);
    menuBar()->setEnabled(true);
    m_toolbar->setEnabled(true);
    emit signedOut();
}

void MainWindow::setIdleLockTimeoutMs(int ms)
{
    m_idleTimer->setInterval(std::max(1, ms));
    if (!isLocked())
        m_idleTimer->start();
}

int MainWindow::idleLockTimeoutMs() const
{
    return m_idleTimer->interval();
}

void MainWindow::loadIdleTimeout()
{
    const int minutes = Settings(*m_session.db()).intValue(SettingKey::IdleLockMinutes);
    setIdleLockTimeoutMs(std::max(1, minutes) * 60 * 1000);
}

bool MainWindow::isLocked() const
{
    return m_central->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (isLocked() || !m_session.actor().signedIn())
        return;
    m_idleTimer->stop();
    // Dialogs of this window (an issue form, a passphrase prompt) would stay on top of the lock screen.
    QList<QPointer<QDialog>> open;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        auto* dialog = qobject_cast<QDialog*>(w);
        if (!dialog || !dialog->isVisible())
            continue;
        for (QWidget* p = dialog->parentWidget(); p; p = p->parentWidget()) {
            if (p == this) {
                open << dialog;
                break;
            }
        }
    }
    for (const QPointer<QDialog>& dialog : std::as_const(open)) {
        if (dialog && dialog->isVisible())
            dialog->reject();
    }
    m_session.forgetUnlockedCa();
    m_lockScreen->prepare();
    m_central->setCurrentWidget(m_lockScreen);
    menuBar()->setEnabled(false);
    m_toolbar->setEnabled(false);
    updateStatus();
}

void MainWindow::unlock()
{
    m_central->setCurrentIndex(0);
    menuBar()->setEnabled(true);
    m_toolbar->setEnabled(true);
    applyPermissions();
    updateStatus();
    m_idleTimer->start();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!isLocked() && m_session.actor().signedIn())
            m_idleTimer->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateStatus()
{
    const Actor& actor = m_session.actor();
    if (actor.signedIn() && actor.role)
        m_operatorLabel->setText(
            tr("Signed in: %1 — %2")
                .arg(m_session.operatorDisplayName() == actor.operatorName
                         ? actor.operatorName
                         : tr("%1 (%2)").arg(m_session.operatorDisplayName(), actor.operatorName),
                     Roles::displayName(*actor.role)));
    else
        m_operatorLabel->setText(tr("Not signed in"));
    m_dbLabel->setText(tr("Database: %1").arg(m_session.db()->url().display()));
    m_lockLabel->setText(m_session.caUnlocked() ? tr("CA unlocked") : tr("CA locked"));
    const bool notLive = m_session.changeFeed() && !m_session.isLive();
    m_liveLabel->setVisible(notLive);
    m_liveLabel->setText(notLive ? tr("Not live: changes made elsewhere are not shown until the database "
                                      "connection is back (%1).")
                                       .arg(m_session.notLiveReason())
                                 : QString());
}

void MainWindow::retranslateUi()
{
    const Actor& actor = m_session.actor();
    if (actor.signedIn() && actor.role)
        setWindowTitle(tr("CertDesk — device certificates — %1 (%2)")
                           .arg(m_session.operatorDisplayName(), Roles::displayName(*actor.role)));
    else
        setWindowTitle(tr("CertDesk — device certificates"));
    int navText = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        m_nav->item(i)->setText(m_pages.at(i)->title());
        navText = std::max(navText, m_nav->fontMetrics().horizontalAdvance(m_pages.at(i)->title()));
    }
    // As wide as the longest screen name: the rest of a 1366-pixel screen is for the screens.
    m_nav->setFixedWidth(std::max(110, navText + 2 * m_nav->frameWidth() + 20));
    m_lostDevice->setText(tr("&Lost device…"));
    m_lostDevice->setToolTip(
        tr("Revoke the certificate of a lost device: find the user, choose the device, revoke (Ctrl+L)"));
    m_quit->setText(tr("&Quit"));
    m_changePassword->setText(tr("&Change password…"));
    m_signOut->setText(tr("Sign &out"));
    m_about->setText(tr("&About CertDesk"));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    updateStatus();
}

} // namespace certdesk
