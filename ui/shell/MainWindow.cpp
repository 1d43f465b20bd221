#include "MainWindow.h"
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
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace certdesk {

MainWindow::MainWindow(AppSession& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_dashboard(new DashboardStrip(session, this)),
      m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this))
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
    m_nav->setFixedWidth(170);
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
    row->addWidget(m_stack, 1);
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
    statusBar()->addWidget(m_dbLabel, 1);
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
    // Publishes the CRL when it is due and the CA unlocks without a prompt (CERTDESK_NO_CRL_SCHEDULE=1 keeps
    // it off).
    auto* crlSchedule = session.createCrlSchedule(this);
    if (!CrlSchedule::disabledByEnvironment())
        crlSchedule->start();
    // The download portal on this computer, when it was running when CertDesk was last closed.
    if (auto s = PortalService::of(session).startIfEnabled(); !s)
        statusBar()->showMessage(tr("The download portal could not start: %1").arg(s.error().message), 15000);

    applyPermissions();
    retranslateUi();
    resize(1200, 760);
}

void MainWindow::showPage(PageIndex index)
{
    m_nav->setCurrentRow(index);
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
}

void MainWindow::retranslateUi()
{
    const Actor& actor = m_session.actor();
    if (actor.signedIn() && actor.role)
        setWindowTitle(tr("CertDesk — device certificates — %1 (%2)")
                           .arg(m_session.operatorDisplayName(), Roles::displayName(*actor.role)));
    else
        setWindowTitle(tr("CertDesk — device certificates"));
    for (int i = 0; i < m_pages.size(); ++i)
        m_nav->item(i)->setText(m_pages.at(i)->title());
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
