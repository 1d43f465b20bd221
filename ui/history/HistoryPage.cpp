#include "HistoryPage.h"
#include "DateFormat.h"
#include "HistoryModel.h"
#include "LiveReload.h"
#include "Prompts.h"
#include "store/HistoryAudit.h"
#include "workflows/HistoryWorkflows.h"

#include "shell/StaleReload.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QGridLayout>
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

#include <algorithm>
#include <limits>

namespace certdesk {

HistoryPage::HistoryPage(AppSession& session, QWidget* parent)
    : Page(session, parent), m_model(new HistoryModel(session.db(), this))
{
    setObjectName(QStringLiteral("historyPage"));
    m_day = today();
    buildUi();
    connect(m_prevDay, &QPushButton::clicked, this, [this] { showDay(m_day.addDays(-1)); });
    connect(m_nextDay, &QPushButton::clicked, this, [this] { showDay(m_day.addDays(1)); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &HistoryPage::showDay);
    connect(m_rangeCheck, &QCheckBox::toggled, this, &HistoryPage::applyFilter);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (m_toEdit->date() < d)
            m_toEdit->setDate(d); // applies through the to-edit's own signal
        else
            applyFilter();
    });
    connect(m_toEdit, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (m_fromEdit->date() > d)
            m_fromEdit->setDate(d);
        else
            applyFilter();
    });
    connect(m_operationCombo, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(m_operatorEdit, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_textEdit, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_operatorEdit, &QLineEdit::returnPressed, this, &HistoryPage::applyFilter);
    connect(m_textEdit, &QLineEdit::returnPressed, this, &HistoryPage::applyFilter);
    connect(m_textTimer, &QTimer::timeout, this, &HistoryPage::applyFilter);
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        m_operationCombo->setCurrentIndex(0);
        m_operatorEdit->clear();
        m_textEdit->clear();
        applyFilter();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryPage::exportYear);
    connect(m_verifyButton, &QPushButton::clicked, this, [this] { verifyHistory(false); });
    connect(m_verifyAnchorButton, &QPushButton::clicked, this, [this] { verifyHistory(true); });
    // The yearly export and the check are for administrators and auditors; the day view for everyone.
    const auto showExport = [this] {
        const bool may = m_session.may(Permission::ExportHistory);
        for (QWidget* w : std::initializer_list<QWidget*>{m_exportLabel, m_yearCombo, m_exportButton,
                                                          m_verifyButton, m_verifyAnchorButton})
            w->setVisible(may);
    };
    connect(&session, &AppSession::actorChanged, this, showExport);
    showExport();
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::updateLabels);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPage::updateLabels);
    connect(m_model, &HistoryModel::countChanged, this, &HistoryPage::updateLabels);
    // Every change writes a history row: a hidden page (the usual case) reloads when it is shown.
    connect(&session, &AppSession::historyChanged, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    // Operations of other desktops appear in place: the filters being typed, the selection and the scroll
    // position stay.
    new LiveReload(session, this, [this] {
        m_model->refreshRows();
        updateLabels();
    });
    fillOperations();
    retranslateUi();
    refresh();
}

void HistoryPage::buildUi()
{
    m_prevDay = new QPushButton(this);
    m_prevDay->setObjectName(QStringLiteral("prevDayButton"));
    m_dayLabel = new QLabel(this);
    m_dayLabel->setObjectName(QStringLiteral("dayLabel"));
    QFont bold = m_dayLabel->font();
    bold.setBold(true);
    m_dayLabel->setFont(bold);
    m_dayLabel->setAlignment(Qt::AlignCenter);
    m_dayLabel->setMinimumWidth(180);
    m_nextDay = new QPushButton(this);
    m_nextDay->setObjectName(QStringLiteral("nextDayButton"));
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("historyDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dayHint = new QLabel(this);
    m_dayHint->setObjectName(QStringLiteral("dayHintLabel"));
    auto* dayRow = new QHBoxLayout;
    dayRow->addWidget(m_prevDay);
    dayRow->addWidget(m_dayLabel);
    dayRow->addWidget(m_nextDay);
    dayRow->addWidget(m_dateEdit);
    dayRow->addSpacing(12);
    dayRow->addWidget(m_dayHint, 1);

    QGridLayout* filters = buildFilters();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fit the columns to their headers and the loaded rows after every reload; long free-text columns
    // are capped (drag a column wider to read more).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < HistoryModel::ColumnCount; ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 240));
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("historyCountLabel"));
    m_exportLabel = new QLabel(this);
    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(QStringLiteral("exportYearCombo"));
    m_exportLabel->setBuddy(m_yearCombo);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportYearButton"));
    m_verifyButton = new QPushButton(this);
    m_verifyButton->setObjectName(QStringLiteral("verifyHistoryButton"));
    m_verifyAnchorButton = new QPushButton(this);
    m_verifyAnchorButton->setObjectName(QStringLiteral("verifyHistoryAnchorButton"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel);
    bottom->addStretch();
    bottom->addWidget(m_verifyButton);
    bottom->addWidget(m_verifyAnchorButton);
    bottom->addWidget(m_exportLabel);
    bottom->addWidget(m_yearCombo);
    bottom->addWidget(m_exportButton);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("historyStatusLabel"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(dayRow);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_statusLabel);
}

QGridLayout* HistoryPage::buildFilters()
{
    m_rangeCheck = new QCheckBox(this);
    m_rangeCheck->setObjectName(QStringLiteral("rangeCheck"));
    m_fromLabel = new QLabel(this);
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("historyFromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_fromLabel->setBuddy(m_fromEdit);
    m_toLabel = new QLabel(this);
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(QStringLiteral("historyToEdit"));
    m_toEdit->setCalendarPopup(true);
    m_toLabel->setBuddy(m_toEdit);
    m_operationLabel = new QLabel(this);
    m_operationCombo = new QComboBox(this);
    m_operationCombo->setObjectName(QStringLiteral("operationFilterCombo"));
    m_operationLabel->setBuddy(m_operationCombo);
    m_operatorLabel = new QLabel(this);
    m_operatorEdit = new QLineEdit(this);
    m_operatorEdit->setObjectName(QStringLiteral("operatorFilterEdit"));
    m_operatorEdit->setClearButtonEnabled(true);
    m_operatorLabel->setBuddy(m_operatorEdit);
    m_textLabel = new QLabel(this);
    m_textEdit = new QLineEdit(this);
    m_textEdit->setObjectName(QStringLiteral("historyTextEdit"));
    m_textEdit->setClearButtonEnabled(true);
    m_textLabel->setBuddy(m_textEdit);
    m_clearFilters = new QPushButton(this);
    m_clearFilters->setObjectName(QStringLiteral("clearHistoryFiltersButton"));
    m_textTimer = new QTimer(this);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(300);

    const QDate now = today();
    m_fromEdit->setDate(now.addDays(-DayViewDays));
    m_toEdit->setDate(now);

    auto* grid = new QGridLayout;
    grid->addWidget(m_rangeCheck, 0, 0);
    auto* range = new QHBoxLayout;
    range->addWidget(m_fromLabel);
    range->addWidget(m_fromEdit);
    range->addWidget(m_toLabel);
    range->addWidget(m_toEdit);
    range->addStretch();
    grid->addLayout(range, 0, 1, 1, 5);
    grid->addWidget(m_operationLabel, 1, 0);
    grid->addWidget(m_operationCombo, 1, 1);
    grid->addWidget(m_operatorLabel, 1, 2);
    grid->addWidget(m_operatorEdit, 1, 3);
    grid->addWidget(m_textLabel, 1, 4);
    grid->addWidget(m_textEdit, 1, 5);
    grid->addWidget(m_clearFilters, 1, 6);
    grid->setColumnStretch(5, 1);
    return grid;
}

QString HistoryPage::title() const
{
    return tr("Operation history");
}

QDate HistoryPage::today() const
{
    return m_session.clock().nowUtc().toLocalTime().date();
}

void HistoryPage::updateRanges()
{
    const QDate now = today();
    const QSignalBlocker block(m_dateEdit);
    m_dateEdit->setDateRange(now.addDays(-DayViewDays), now);
    m_dateEdit->setDate(m_day);
    m_fromEdit->setMaximumDate(now);
    m_toEdit->setMaximumDate(now);
    fillYears();
}

void HistoryPage::fillOperations()
{
    const QString selected = m_operationCombo->currentData().toString();
    const QSignalBlocker block(m_operationCombo);
    m_operationCombo->clear();
    m_operationCombo->addItem(tr("All operations"), QString());
    for (const QString& op : Op::all())
        m_operationCombo->addItem(Op::displayName(op), op);
    m_operationCombo->setCurrentIndex(std::max(0, m_operationCombo->findData(selected)));
}

void HistoryPage::fillYears()
{
    const int year = today().year();
    if (m_yearCombo->count() == ExportYears && m_yearCombo->itemData(0).toInt() == year)
        return;
    m_yearCombo->clear();
    for (int y = year; y > year - ExportYears; --y)
        m_yearCombo->addItem(QString::number(y), y); // a year, not a quantity: no digit grouping
}

void HistoryPage::showDay(const QDate& day)
{
    const QDate now = today();
    m_day = std::clamp(day, now.addDays(-DayViewDays), now);
    {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(m_day);
    }
    if (m_rangeCheck->isChecked()) {
        const QSignalBlocker block(m_rangeCheck);
        m_rangeCheck->setChecked(false); // choosing a day goes back to the day view
    }
    applyFilter();
}

HistoryFilter HistoryPage::currentFilter() const
{
    HistoryFilter f;
    // Day boundaries are local midnights.
    const QDate from = m_rangeCheck->isChecked() ? m_fromEdit->date() : m_day;
    const QDate to = m_rangeCheck->isChecked() ? m_toEdit->date() : m_day;
    f.fromUtc = QDateTime(from, QTime(0, 0)).toUTC();
    f.toUtc = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
    f.operation = m_operationCombo->currentData().toString();
    f.operatorName = m_operatorEdit->text().trimmed();
    f.text = m_textEdit->text().trimmed();
    return f;
}

void HistoryPage::applyFilter()
{
    m_textTimer->stop();
    m_model->setFilter(currentFilter());
    updateLabels();
}

void HistoryPage::refresh()
{
    m_stale = false;
    updateRanges();
    applyFilter();
}

void HistoryPage::showEvent(QShowEvent* event)
{
    reloadWhenShownIfStale(this, m_stale);
    Page::showEvent(event);
}

void HistoryPage::updateLabels()
{
    const QLocale locale;
    const bool range = m_rangeCheck->isChecked();
    const QDate now = today();
    m_dayLabel->setText(locale.toString(m_day, QLocale::LongFormat));
    m_prevDay->setEnabled(!range && m_day > now.addDays(-DayViewDays));
    m_nextDay->setEnabled(!range && m_day < now);
    m_dateEdit->setEnabled(!range);
    m_dayLabel->setEnabled(!range);
    m_fromEdit->setEnabled(range);
    m_toEdit->setEnabled(range);
    const int total = int(std::min<qint64>(m_model->totalCount(), std::numeric_limits<int>::max()));
    if (m_model->isCounting()) // free text with more than a page of matches: the number follows
        m_countLabel->setText(tr("%n or more operation(s); counting all of them…", nullptr, total));
    else if (m_model->countFailed())
        m_countLabel->setText(
            tr("%n or more operation(s); the database could not count all of them.", nullptr, total));
    else if (range)
        m_countLabel->setText(
            tr("%n operation(s) from %1 to %2", nullptr, total)
                .arg(dateformat::date(m_fromEdit->date()), dateformat::date(m_toEdit->date())));
    else
        m_countLabel->setText(tr("%n operation(s) on %1", nullptr, total).arg(dateformat::date(m_day)));
}

void HistoryPage::retranslateUi()
{
    m_prevDay->setText(tr("< Previous day"));
    m_nextDay->setText(tr("Next day >"));
    m_dayHint->setText(
        tr("The history of the last month is shown day by day. Use a date range for older entries."));
    m_rangeCheck->setText(tr("Date range"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_operationLabel->setText(tr("O&peration:"));
    m_operatorLabel->setText(tr("Op&erator:"));
    m_operatorEdit->setPlaceholderText(tr("Exact operator name"));
    m_textLabel->setText(tr("Te&xt:"));
    m_textEdit->setPlaceholderText(tr("User, device, address, remarks or details"));
    m_clearFilters->setText(tr("Clear filters"));
    m_exportLabel->setText(tr("Yearly export:"));
    m_exportButton->setText(tr("Export year…"));
    m_exportButton->setToolTip(
        tr("Save every operation of the chosen year as certificate-history-YYYY.csv."));
    m_verifyButton->setText(tr("Verify history"));
    m_verifyButton->setToolTip(tr("Check the hash chain and every checkpoint signed with the CA key."));
    m_verifyAnchorButton->setText(tr("Verify with anchor file…"));
    m_verifyAnchorButton->setToolTip(
        tr("Also check every line of an anchor file (chain heads recorded outside the database, for "
           "example by a scheduled task)."));
    for (QDateEdit* e : {m_dateEdit, m_fromEdit, m_toEdit})
        e->setLocale(QLocale());
    fillOperations();
    m_model->retranslate();
    updateLabels();
}

void HistoryPage::exportYear()
{
    const int year = m_yearCombo->currentData().toInt();
    if (year <= 0 || !m_session.may(Permission::ExportHistory))
        return;
    const QString suggested = QDir::home().filePath(QStringLiteral("certificate-history-%1.csv").arg(year));
    const QString path = Prompts::saveFileName(this, tr("Export the history of %1").arg(year), suggested,
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_statusLabel->setText(tr("Exporting the history of %1…").arg(year));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto rows = writeYear(path, year);
    Status recorded;
    if (rows) {
        const QString details = QStringLiteral("history year=%1 rows=%2").arg(year).arg(rows.value());
        recorded = HistoryWorkflows(m_session.context()).recordExport(details);
    }
    QGuiApplication::restoreOverrideCursor();
    if (!rows) {
        m_statusLabel->clear();
        Prompts::error(this, tr("Export the history of %1").arg(year), rows.error());
        return;
    }
    m_statusLabel->setText(tr("Exported %n operation(s) of %1 to %2.", nullptr, int(rows.value()))
                               .arg(QString::number(year), QDir::toNativeSeparators(path)));
    emit m_session.historyChanged();
    if (!recorded)
        Prompts::error(this, tr("Export the history of %1").arg(year), recorded.error());
}

void HistoryPage::verifyHistory(bool withAnchorFile)
{
    if (!m_session.may(Permission::ExportHistory))
        return;
    const QString title = tr("Verify history");
    QList<HistoryCheckpoint> anchors;
    if (withAnchorFile) {
        const QString path = Prompts::openFileName(this, tr("Anchor file"),
                                                   tr("Anchor files (*.txt *.anchor);;All files (*)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > (64LL << 20)) {
            Prompts::error(
                this, title,
                makeError(ErrorCode::Io,
                          tr("The anchor file \"%1\" cannot be read.").arg(QDir::toNativeSeparators(path))));
            return;
        }
        auto parsed = HistoryCheckpointStore::parseAnchorFile(file.readAll());
        if (!parsed) {
            Prompts::error(this, title, parsed.error());
            return;
        }
        anchors = parsed.value();
    }
    m_statusLabel->setText(tr("Verifying the history…"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto v = HistoryWorkflows(m_session.context()).verify(anchors);
    QGuiApplication::restoreOverrideCursor();
    if (!v) {
        m_statusLabel->clear();
        Prompts::error(this, title, v.error());
        return;
    }
    const QString summary = HistoryAudit::summary(v.value()).join(QLatin1Char('\n'));
    if (v->intact) {
        m_statusLabel->setText(tr("The history is intact."));
        Prompts::inform(this, title, tr("The history is intact.") + QStringLiteral("\n\n") + summary);
    } else {
        m_statusLabel->setText(tr("The history was tampered with: %1").arg(v->problem));
        Prompts::warn(this, title,
                      tr("The history was tampered with: %1").arg(v->problem) + QStringLiteral("\n\n") +
                          summary);
    }
}

Result<qint64> HistoryPage::writeYear(const QString& path, int year)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString()));
    auto rows = HistoryWorkflows(m_session.context()).exportYear(year, file);
    if (!rows)
        return rows; // QSaveFile discards the partial file
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString()));
    return rows;
}

} // namespace certdesk
