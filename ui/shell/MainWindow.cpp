#include "MainWindow.h"
#include "DashboardStrip.h"
#include "Page.h"
#include "Prompts.h"
#include "bulk/BulkPage.h"
#include "ca/CaPage.h"
#include "history/HistoryPage.h"
#include "mail/MailSenderService.h"
#include "portal/PortalService.h"
#include "revocation/CrlSchedule.h"
#include "selection/SelectionPage.h"
#include "settings/SettingsPage.h"
#include "users/LostDeviceDialog.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace certdesk {

MainWindow::MainWindow(AppSession& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_dashboard(new DashboardStrip(session, this)),
      m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
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
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->addWidget(m_dashboard);
    auto* row = new QHBoxLayout;
    row->addWidget(m_nav);
    row->addWidget(m_stack, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);

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
        Prompts::inform(this, tr("About CertDesk"),
                        tr("CertDesk %1\nDevice certificates: issue, deliver, revoke.")
                            .arg(QStringLiteral(CERTDESK_VERSION)));
    });
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_lostDevice);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    auto* toolbar = addToolBar(QStringLiteral("main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_lostDevice);

    m_dbLabel = new QLabel(this);
    m_lockLabel = new QLabel(this);
    m_lockLabel->setObjectName(QStringLiteral("caLockLabel"));
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_lockLabel);
    connect(&session, &AppSession::caLockChanged, this, &MainWindow::updateStatus);
    connect(&session, &AppSession::historyChanged, this, &MainWindow::updateStatus);

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

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateStatus()
{
    m_dbLabel->setText(tr("Database: %1").arg(m_session.db()->url().display()));
    m_lockLabel->setText(m_session.caUnlocked() ? tr("CA unlocked") : tr("CA locked"));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("CertDesk — device certificates"));
    for (int i = 0; i < m_pages.size(); ++i)
        m_nav->item(i)->setText(m_pages.at(i)->title());
    m_lostDevice->setText(tr("&Lost device…"));
    m_lostDevice->setToolTip(
        tr("Revoke the certificate of a lost device: find the user, choose the device, revoke (Ctrl+L)"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About CertDesk"));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    updateStatus();
}

} // namespace certdesk
