#include "SelectionPage.h"
#include "LiveReload.h"
#include "Prompts.h"
#include "RadioCheckDelegate.h"
#include "SelectionExport.h"
#include "UserSelectionModel.h"
#include "store/Settings.h"
#include "store/UserStore.h"
#include "workflows/HistoryWorkflows.h"
#include "workflows/SettingsWorkflows.h"
#include "workflows/UserWorkflows.h"

#include "shell/StaleReload.h"

#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace certdesk {

SelectionPage::SelectionPage(AppSession& session, QWidget* parent)
    : Page(session, parent), m_model(new UserSelectionModel(session.db(), session.clock(), this))
{
    setObjectName(QStringLiteral("selectionPage"));
    buildUi();
    connect(m_model, &UserSelectionModel::pendingChanged, this, &SelectionPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SelectionPage::updateState);
    // A page-wide selection changes 100 rows: update the counts once, after the last of them.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_updateQueued) {
            m_updateQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_updateQueued = false;
                updateState();
            });
        }
    });
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this,
            [this](int) { m_model->setGroup(m_groupCombo->currentData().toString()); });
    // Searching keeps the choices not applied yet (they are kept by login ID, shown or not).
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearchText(m_search->text().trimmed()); });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_model->setSearchText(m_search->text().trimmed());
        m_table->setFocus();
    });
    connect(m_selectAllUse, &QPushButton::clicked, this, [this] { m_model->selectAllOnPage(true); });
    connect(m_selectAllDontUse, &QPushButton::clicked, this, [this] { m_model->selectAllOnPage(false); });
    connect(m_prev, &QPushButton::clicked, this, [this] { m_model->setPage(m_model->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_model->setPage(m_model->page() + 1); });
    connect(m_apply, &QPushButton::clicked, this, &SelectionPage::apply);
    connect(m_discard, &QPushButton::clicked, this, &SelectionPage::discard);
    connect(m_exportButton, &QPushButton::clicked, this, &SelectionPage::exportList);
    connect(m_defaultCombo, &QComboBox::activated, this, &SelectionPage::saveDefault);
    // A hidden page (the usual case) reloads when it is shown.
    auto refreshOrMarkStale = [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    };
    connect(&session, &AppSession::usersChanged, this, refreshOrMarkStale);
    connect(&session, &AppSession::certificatesChanged, this, refreshOrMarkStale); // its rows count them
    connect(&session, &AppSession::settingsChanged, this, &SelectionPage::loadDefault);
    connect(&session, &AppSession::actorChanged, this, &SelectionPage::updateState);
    // Changes elsewhere reload this page in place; the choices not applied yet stay.
    new LiveReload(session, this, [this] {
        reloadGroups();
        m_model->refreshRows();
        loadDefault();
        updateState();
    });
    retranslateUi();
    reloadGroups();
    loadDefault();
    updateState();
}

void SelectionPage::buildUi()
{
    m_searchTimer = new QTimer(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("selectionSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_groupLabel = new QLabel(this);
    m_groupCombo = new QComboBox(this);
    m_groupCombo->setObjectName(QStringLiteral("selectionGroupCombo"));
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_groupLabel->setBuddy(m_groupCombo);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportSelectionButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addSpacing(12);
    top->addWidget(m_groupLabel);
    top->addWidget(m_groupCombo);
    top->addStretch(1);
    top->addWidget(m_exportButton);

    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("selectionWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setFrameShape(QFrame::StyledPanel);
    m_warningLabel->setMargin(6);

    m_selectAllLabel = new QLabel(this);
    m_selectAllUse = new QPushButton(this);
    m_selectAllUse->setObjectName(QStringLiteral("selectAllUseButton"));
    m_selectAllDontUse = new QPushButton(this);
    m_selectAllDontUse->setObjectName(QStringLiteral("selectAllDontUseButton"));
    auto* selectAll = new QHBoxLayout;
    selectAll->addWidget(m_selectAllLabel);
    selectAll->addWidget(m_selectAllUse);
    selectAll->addWidget(m_selectAllDontUse);
    selectAll->addStretch();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("selectionTable"));
    m_table->setModel(m_model);
    auto* radios = new RadioCheckDelegate(m_table);
    m_table->setItemDelegateForColumn(UserSelectionModel::UseColumn, radios);
    m_table->setItemDelegateForColumn(UserSelectionModel::DontUseColumn, radios);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // Compact: every column as wide as its contents (a long name or department is cut at the maximum, the
    // full text in its tooltip), so that the choices stay next to the name; the free width is at the right.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMaximumSectionSize(320);
    for (int c = 0; c < UserSelectionModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_prev = new QPushButton(this);
    m_prev->setObjectName(QStringLiteral("prevPageButton"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("discardSelectionButton"));
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applySelectionButton"));
    m_apply->setDefault(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_prev);
    bottom->addWidget(m_pageLabel);
    bottom->addWidget(m_next);
    bottom->addStretch();
    bottom->addWidget(m_pendingLabel);
    bottom->addWidget(m_discard);
    bottom->addWidget(m_apply);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("selectionStatusLabel"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_defaultTitle = new QLabel(this);
    QFont bold = m_defaultTitle->font();
    bold.setBold(true);
    m_defaultTitle->setFont(bold);
    m_defaultText = new QLabel(this);
    m_defaultText->setWordWrap(true);
    m_defaultCombo = new QComboBox(this);
    m_defaultCombo->setObjectName(QStringLiteral("defaultCertAuthCombo"));
    m_defaultCombo->addItem(QString(), QStringLiteral("1"));
    m_defaultCombo->addItem(QString(), QStringLiteral("0"));
    m_defaultText->setBuddy(m_defaultCombo);
    auto* defaults = new QHBoxLayout;
    defaults->addWidget(m_defaultText, 1);
    defaults->addWidget(m_defaultCombo);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_warningLabel);
    layout->addLayout(selectAll);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_statusLabel);
    layout->addWidget(line);
    layout->addWidget(m_defaultTitle);
    layout->addLayout(defaults);
}

QString SelectionPage::title() const
{
    return tr("Certificate authentication");
}

void SelectionPage::refresh()
{
    m_stale = false;
    reloadGroups(); // reloads the model when the group list changed the selection
    m_model->reload();
    loadDefault();
}

void SelectionPage::showEvent(QShowEvent* event)
{
    reloadWhenShownIfStale(this, m_stale);
    Page::showEvent(event);
}

void SelectionPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search by name, furigana or login ID"));
    m_groupLabel->setText(tr("&Group:"));
    if (m_groupCombo->count() > 0)
        m_groupCombo->setItemText(0, tr("All users"));
    m_exportButton->setText(tr("Export list…"));
    m_exportButton->setToolTip(
        tr("Save every user of the selected group with their setting and certificate counts as a CSV file."));
    m_warningLabel->setText(
        tr("After changing the selection, press Apply. Users set to \"Use\" can no longer use the "
           "service from devices on which no certificate is installed."));
    m_selectAllLabel->setText(tr("Select all users on this page:"));
    m_selectAllUse->setText(tr("Select all \"Use\""));
    m_selectAllDontUse->setText(tr("Select all \"Don't use\""));
    m_prev->setText(tr("< Previous"));
    m_next->setText(tr("Next >"));
    m_discard->setText(tr("Discard changes"));
    m_apply->setText(tr("Apply"));
    m_defaultTitle->setText(tr("Default for new users"));
    m_defaultText->setText(tr("Certificate authentication for newly created users:"));
    m_defaultCombo->setItemText(0, tr("Use"));
    m_defaultCombo->setItemText(1, tr("Don't use"));
    m_statusLabel->clear();
    m_model->retranslate();
    updateState();
}

void SelectionPage::reloadGroups()
{
    auto groups = UserStore(*m_session.db()).groups();
    QStringList names = groups ? groups.value() : QStringList();
    QStringList current;
    for (int i = 1; i < m_groupCombo->count(); ++i)
        current << m_groupCombo->itemData(i).toString();
    if (m_groupCombo->count() > 0 && current == names)
        return;
    const QString selected = m_groupCombo->currentData().toString();
    {
        const QSignalBlocker block(m_groupCombo);
        m_groupCombo->clear();
        m_groupCombo->addItem(tr("All users"), QString());
        for (const QString& g : std::as_const(names))
            m_groupCombo->addItem(g, g);
        m_groupCombo->setCurrentIndex(std::max(0, m_groupCombo->findData(selected)));
    }
    if (m_groupCombo->currentData().toString() != selected)
        m_model->setGroup(m_groupCombo->currentData().toString());
}

void SelectionPage::loadDefault()
{
    const QString value = Settings(*m_session.db()).value(SettingKey::DefaultCertAuth);
    const QSignalBlocker block(m_defaultCombo);
    m_defaultCombo->setCurrentIndex(std::max(0, m_defaultCombo->findData(value)));
}

void SelectionPage::updateState()
{
    const QLocale locale;
    const int pages = std::max(1, m_model->pageCount());
    m_pageLabel->setText(tr("Page %1 of %2, %n user(s)", nullptr, int(m_model->totalCount()))
                             .arg(locale.toString(m_model->page() + 1), locale.toString(pages)));
    m_prev->setEnabled(m_model->page() > 0);
    m_next->setEnabled(m_model->page() + 1 < m_model->pageCount());
    const bool hasRows = m_model->rowCount() > 0;
    m_selectAllUse->setEnabled(hasRows);
    m_selectAllDontUse->setEnabled(hasRows);
    const int pending = int(m_model->pendingChanges().size());
    m_apply->setEnabled(pending > 0);
    m_discard->setEnabled(pending > 0);
    m_pendingLabel->setText(pending > 0 ? tr("%n change(s) not applied yet.", nullptr, pending) : QString());
    // Choosing and applying is for administrators (user selection Apply, the users list); the default for
    // new users is a setting. Other roles see the choices only.
    const bool manage = m_session.may(Permission::ManageUsers);
    m_model->setReadOnly(!manage);
    for (QWidget* w : std::initializer_list<QWidget*>{m_selectAllLabel, m_selectAllUse, m_selectAllDontUse,
                                                      m_discard, m_apply, m_pendingLabel, m_exportButton})
        w->setVisible(manage);
    m_defaultCombo->setEnabled(m_session.may(Permission::Administer));
}

void SelectionPage::apply()
{
    if (!m_session.may(Permission::ManageUsers))
        return;
    const auto changes = m_model->pendingChanges();
    if (changes.isEmpty())
        return;
    const int n = int(changes.size());
    if (Prompts::ask(
            this, tr("Certificate authentication"),
            tr("Change the certificate authentication setting of %n user(s)?\n\nUsers set to \"Use\" can no "
               "longer use the service from devices on which no certificate is installed.",
               nullptr, n)) != QMessageBox::Yes)
        return;
    UserWorkflows users(m_session.context());
    auto changed = m_model->apply(users);
    if (!changed) {
        Prompts::error(this, tr("Certificate authentication"), changed.error());
        return;
    }
    m_session.notifyUsersChanged();
    m_statusLabel->setText(tr("Saved. The setting of %n user(s) was changed.", nullptr, changed.value()));
}

void SelectionPage::discard()
{
    m_model->discardChanges();
    m_statusLabel->clear();
}

void SelectionPage::exportList()
{
    const QString suggested = QDir::home().filePath(QStringLiteral("certificate-authentication-users.csv"));
    const QString path =
        Prompts::saveFileName(this, tr("Export the user list"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString group = m_groupCombo->currentData().toString();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto rows = writeList(path, group);
    Status recorded;
    if (rows) {
        const QString details =
            QStringLiteral("user-selection group=%1 rows=%2").arg(group).arg(rows.value());
        recorded = HistoryWorkflows(m_session.context()).recordExport(Permission::ManageUsers, details);
    }
    QGuiApplication::restoreOverrideCursor();
    if (!rows) {
        Prompts::error(this, tr("Export the user list"), rows.error());
        return;
    }
    emit m_session.historyChanged();
    m_statusLabel->setText(
        tr("Exported %n user(s) to %1.", nullptr, int(rows.value())).arg(QDir::toNativeSeparators(path)));
    if (!recorded)
        Prompts::error(this, tr("Export the user list"), recorded.error());
}

Result<qint64> SelectionPage::writeList(const QString& path, const QString& group)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString()));
    auto rows = SelectionExport::writeCsv(*m_session.db(), group, m_session.clock().nowUtc(), file);
    if (!rows)
        return rows;
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString()));
    return rows;
}

void SelectionPage::saveDefault(int index)
{
    const QString value = m_defaultCombo->itemData(index).toString();
    auto written = SettingsWorkflows(m_session.context()).set(SettingKey::DefaultCertAuth, value);
    if (!written) {
        Prompts::error(this, tr("Default for new users"), written.error());
        loadDefault();
        return;
    }
    if (written.value()) {
        m_session.notifySettingsChanged();
        m_statusLabel->setText(index == 0 ? tr("New users will use certificate authentication.")
                                          : tr("New users will not use certificate authentication."));
    }
}

} // namespace certdesk
