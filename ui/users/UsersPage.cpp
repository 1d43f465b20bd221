#include "UsersPage.h"
#include "CertificatePanel.h"
#include "LiveReload.h"
#include "Prompts.h"
#include "UiHelpers.h"
#include "UserDialog.h"
#include "UsersEmptyState.h"
#include "UsersModel.h"
#include "store/UserStore.h"
#include "workflows/UserWorkflows.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace certdesk {

UsersPage::UsersPage(AppSession& session, QWidget* parent)
    : Page(session, parent), m_model(new UsersModel(session.db(), session.clock(), this)),
      m_searchTimer(new QTimer(this)), m_search(new QLineEdit(this)), m_group(new QComboBox(this)),
      m_table(new QTableView(this)), m_count(uihelpers::makeNoteLabel(this, "usersCountLabel")),
      m_error(uihelpers::makeErrorLabel(this, "usersErrorLabel")), m_add(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_panel(new CertificatePanel(session, this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_empty(new UsersEmptyState(session, this)), m_body(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_search->setObjectName(QStringLiteral("userSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_group->setObjectName(QStringLiteral("groupFilterCombo"));
    m_group->addItem(QString(), QString());
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(UsersModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(UsersModel::IssuedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UsersModel::LoginIdColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UsersModel::DepartmentColumn, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(80);
    header->setSortIndicator(UsersModel::LoginIdColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // the model sorts in SQL
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_edit->setObjectName(QStringLiteral("editUserButton"));
    m_delete->setObjectName(QStringLiteral("deleteUserButton"));
    m_count->setWordWrap(false); // "300 人" on one line, however narrow the list

    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_group, 1);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    leftLayout->addLayout(buttons);
    auto* scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(QStringLiteral("certificatePanelScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_panel);
    m_splitter->addWidget(left);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({460, 640});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_body->setObjectName(QStringLiteral("usersPageBody"));
    m_body->addWidget(m_splitter);
    m_body->addWidget(m_empty);
    layout->addWidget(m_body);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &UsersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
        m_table->setFocus();
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::restoreSelection);
    connect(m_model, &UsersModel::loadFailed, this,
            [this](const QString& message) { uihelpers::setError(m_error, message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::currentRowChanged);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::editUser);
    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_delete, &QPushButton::clicked, this, &UsersPage::deleteUser);
    connect(m_empty, &UsersEmptyState::addUserRequested, this, &UsersPage::addUser);
    connect(&session, &AppSession::usersChanged, this, [this] {
        reloadGroups();
        m_model->reload();
        m_panel->reload();
    });
    connect(&session, &AppSession::actorChanged, this, [this] {
        updateButtons();
        m_empty->updateButtons();
    });
    // One user's certificates: the certificate columns of the loaded rows, not the users' number or groups
    // (a bulk run, without a login ID, emits usersChanged() too and reloads everything above).
    connect(&session, &AppSession::certificatesChanged, this, [this](const QString& login) {
        if (login.isEmpty())
            return;
        m_model->refreshLoadedRows();
        uihelpers::setError(m_error, m_model->lastError());
        if (login == m_panel->loginId())
            m_panel->reload(); // its slots, and its certificate information (may have been deleted)
    });
    new LiveReload(session, this, [this] { refreshLive(); });
    reloadGroups();
    retranslateUi();
    updateButtons();
    updateEmptyState();
}

void UsersPage::refreshLive()
{
    reloadGroups();
    m_model->refreshRows();
    uihelpers::setError(m_error, m_model->lastError());
    m_count->setText(tr("%n user(s)", nullptr, int(m_model->totalCount())));
    m_panel->refreshLive();
    updateButtons();
    updateEmptyState();
}

QString UsersPage::title() const
{
    return tr("Users & certificates");
}

void UsersPage::refresh()
{
    reloadGroups();
    m_model->reload();
    m_panel->reload();
}

void UsersPage::applyFilter()
{
    m_error->setVisible(false);
    m_model->setFilter(m_search->text().trimmed(), m_group->currentData().toString());
}

void UsersPage::reloadGroups()
{
    const QString current = m_group->currentData().toString();
    auto groups = UserStore(*m_session.db()).groups();
    QSignalBlocker block(m_group);
    while (m_group->count() > 1)
        m_group->removeItem(1);
    if (groups) {
        for (const QString& g : groups.value())
            m_group->addItem(g, g);
    }
    const int index = m_group->findData(current);
    m_group->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !current.isEmpty())
        applyFilter(); // the selected group no longer exists
}

void UsersPage::restoreSelection()
{
    uihelpers::setError(m_error, m_model->lastError());
    m_count->setText(tr("%n user(s)", nullptr, int(m_model->totalCount())));
    const int row = m_model->rowOfLogin(m_selected);
    if (row >= 0) // same user: currentRowChanged() does not reload the panel again
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateButtons();
    updateEmptyState();
}

void UsersPage::currentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return; // keep showing the last user (e.g. filtered out for a moment)
    const QString login = current.data(UsersModel::LoginIdRole).toString();
    if (login == m_selected && m_panel->loginId() == login)
        return;
    m_selected = login;
    m_panel->setUser(login);
    updateButtons();
}

void UsersPage::selectUser(const QString& loginId)
{
    if (m_model->rowOfLogin(loginId) < 0) {
        // Not among the rows shown: search for it directly.
        QSignalBlocker blockSearch(m_search);
        QSignalBlocker blockGroup(m_group);
        m_search->setText(loginId);
        m_group->setCurrentIndex(0);
        m_searchTimer->stop();
        m_selected = loginId;
        applyFilter();
    }
    m_selected = loginId;
    const int row = m_model->rowOfLogin(loginId);
    if (row >= 0)
        m_table->selectRow(row);
    if (m_panel->loginId() != loginId)
        m_panel->setUser(loginId);
    updateButtons();
}

void UsersPage::addUser()
{
    if (!m_session.may(Permission::ManageUsers))
        return;
    UserDialog dialog(m_session, window());
    if (dialog.exec() == QDialog::Accepted)
        selectUser(dialog.user().loginId);
}

void UsersPage::editUser()
{
    if (m_selected.isEmpty() || !m_session.may(Permission::ManageUsers))
        return;
    auto user = UserWorkflows(m_session.context()).get(m_selected);
    if (!user) {
        Prompts::error(this, tr("Edit user"), user.error());
        return;
    }
    UserDialog dialog(m_session, user.value(), window());
    dialog.exec();
}

void UsersPage::deleteUser()
{
    if (m_selected.isEmpty() || !m_session.may(Permission::ManageUsers))
        return;
    const QString login = m_selected;
    auto user = UserWorkflows(m_session.context()).get(login);
    if (!user) {
        Prompts::error(this, tr("Delete user"), user.error());
        return;
    }
    const int row = m_model->rowOfLogin(login);
    const int issued = row >= 0 ? m_model->summaryAt(row).issued : 0;
    const QString name = tr("%1 (%2)").arg(user->displayName, login);
    const QString text =
        issued > 0 ? tr("Delete the user %1?\n\nThis revokes all %n certificate(s) of the user; their "
                        "devices can no "
                        "longer use the service. The certificate information is deleted as well. The revoked "
                        "certificates and the history are kept.",
                        nullptr, issued)
                         .arg(name)
                   : tr("Delete the user %1?\n\nThe certificate information is deleted as well. Revoked "
                        "certificates "
                        "and the history are kept.")
                         .arg(name);
    if (Prompts::ask(this, tr("Delete user"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                     QMessageBox::Warning) != QMessageBox::Yes)
        return;
    auto removed = UserWorkflows(m_session.context()).remove(login);
    if (!removed) {
        Prompts::error(this, tr("Delete user"), removed.error());
        return;
    }
    m_selected.clear();
    m_panel->setUser(QString());
    if (removed->crl.published())
        m_session.notifyCrlPublished();
    m_session.notifyUsersChanged();             // one user fewer (the table is reloaded, nothing selected)
    m_session.notifyCertificatesChanged(login); // its certificates were revoked (the CRL schedule follows)
}

void UsersPage::updateButtons()
{
    const bool selected = !m_selected.isEmpty() && m_panel->hasUser();
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    // Adding, editing and deleting users is for administrators: the buttons are not there for others.
    const bool manage = m_session.may(Permission::ManageUsers);
    m_add->setVisible(manage);
    m_edit->setVisible(manage);
    m_delete->setVisible(manage);
}

bool UsersPage::showsEmptyState() const
{
    return m_body->currentWidget() == m_empty;
}

void UsersPage::updateEmptyState()
{
    // The model counts the users matching the search; only without search and group filter does none
    // mean that there is no user at all. A database error shows in the table's error line instead.
    const bool unfiltered =
        m_search->text().trimmed().isEmpty() && m_group->currentData().toString().isEmpty();
    const bool empty = unfiltered && m_model->lastError().isEmpty() && m_model->totalCount() == 0;
    m_body->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_splitter);
}

void UsersPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (!m_splitPlaced && width() > 0) {
        // The users list as wide as its columns (at most half), the rest for the certificate information
        // and the slot table.
        m_splitPlaced = true;
        const int left = std::clamp(usersTableWidthHint(), width() / 4, width() / 2);
        m_splitter->setSizes({left, width() - left});
    }
}

int UsersPage::usersTableWidthHint() const
{
    const QHeaderView* header = m_table->horizontalHeader();
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width() + 4;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_table->isColumnHidden(c))
            continue;
        if (c == UsersModel::NameColumn) // stretches; room for a name of about eight characters
            width += std::max(header->sectionSizeHint(c),
                              m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
        else
            width += std::max(header->sectionSizeHint(c),
                              static_cast<const QAbstractItemView*>(m_table)->sizeHintForColumn(c));
    }
    return width;
}

QByteArray UsersPage::splitterState() const
{
    return m_splitter->saveState();
}

void UsersPage::restoreSplitterState(const QByteArray& state)
{
    if (m_splitter->restoreState(state))
        m_splitPlaced = true;
}

void UsersPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search by name, furigana or login ID"));
    m_group->setItemText(0, tr("All users"));
    m_add->setText(tr("&Add user…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete user…"));
    m_model->retranslate();
    m_count->setText(tr("%n user(s)", nullptr, int(m_model->totalCount())));
}

} // namespace certdesk
