#include "BulkRunPanel.h"
#include "WorkerPools.h"
#include "policy/DeviceTypes.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk {

// What the worker thread owns: the runner (cancel() is thread-safe) and, at the end, its result.
struct BulkRunPanel::Run
{
    std::unique_ptr<BulkIssueRunner> runner;
    std::optional<Result<BulkRunSummary>> result;
};

BulkRunPanel::BulkRunPanel(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_watcher(new QFutureWatcher<void>(this)),
      m_title(new QLabel(this)), m_bar(new QProgressBar(this)), m_progressLabel(new QLabel(this)),
      m_cancel(new QPushButton(this)), m_result(new QLabel(this)),
      m_failures(new QTableWidget(0, FailureColumnCount, this))
{
    setObjectName(QStringLiteral("bulkRunPanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("bulkRunTitle"));
    m_bar->setObjectName(QStringLiteral("bulkProgressBar"));
    m_progressLabel->setObjectName(QStringLiteral("bulkProgressLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelBulkButton"));
    m_result->setObjectName(QStringLiteral("bulkResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures->setObjectName(QStringLiteral("bulkFailuresTable"));
    m_failures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failures->setAlternatingRowColors(true);
    m_failures->verticalHeader()->setVisible(false);
    QHeaderView* header = m_failures->horizontalHeader();
    for (int c : {LineColumn, LoginColumn, DeviceColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ErrorColumn, QHeaderView::Stretch);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_bar, 1);
    progressRow->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(progressRow);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_result);
    layout->addWidget(m_failures, 1);
    layout->addStretch(); // takes the room while there are no failures
    m_failures->setVisible(false);
    m_result->setVisible(false);

    connect(m_cancel, &QPushButton::clicked, this, &BulkRunPanel::cancel);
    connect(m_watcher, &QFutureWatcher<void>::finished, this, &BulkRunPanel::finish);
    retranslateUi();
}

BulkRunPanel::~BulkRunPanel()
{
    if (m_run && m_running) {
        m_run->runner->cancel();
        m_watcher->waitForFinished();
    }
}

void BulkRunPanel::start(qint64 jobId, const QString& fileName)
{
    if (m_running)
        return;
    m_jobId = jobId;
    m_fileName = fileName;
    m_progress = BulkProgress{};
    m_summary.reset();
    m_error.reset();
    m_cancelling = false;
    m_running = true;
    m_failures->setRowCount(0);
    m_failures->setVisible(false);
    m_result->setVisible(false);
    m_bar->setRange(0, 0); // busy until the first row is done
    m_bar->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_progressLabel->setVisible(true);

    m_run = std::make_shared<Run>();
    m_run->runner = std::make_unique<BulkIssueRunner>(m_session.context(), jobId);
    // Called on the worker thread after every row; shown on the GUI thread.
    m_run->runner->setProgressCallback([this](const BulkProgress& p) {
        QMetaObject::invokeMethod(
            this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
    });
    m_timer.start();
    std::shared_ptr<Run> run = m_run;
    m_watcher->setFuture(
        QtConcurrent::run(bulkThreadPool(), [run] { run->result.emplace(run->runner->run()); }));
    retranslateUi();
    emit runningChanged(true);
}

void BulkRunPanel::cancel()
{
    if (!m_running || !m_run)
        return;
    m_cancelling = true;
    m_run->runner->cancel();
    m_cancel->setEnabled(false);
    retranslateUi();
}

void BulkRunPanel::showProgress(const BulkProgress& progress)
{
    if (!m_running)
        return;
    m_progress = progress;
    m_bar->setRange(0, qMax(1, progress.total));
    m_bar->setValue(progress.finished());
    m_progressLabel->setText(progressText());
}

void BulkRunPanel::finish()
{
    if (!m_running)
        return;
    m_running = false;
    const Result<BulkRunSummary> result =
        m_run && m_run->result ? *m_run->result
                               : Result<BulkRunSummary>(makeError(ErrorCode::Cancelled, QString()));
    m_run.reset();
    if (result) {
        m_summary = result.value();
        m_progress.issued = m_summary->issued;
        m_progress.failed = m_summary->failed;
    } else {
        m_error = result.error();
    }
    m_cancel->setVisible(false);
    m_bar->setRange(0, qMax(1, m_progress.total));
    m_bar->setValue(m_progress.finished());
    m_result->setVisible(true);
    const QList<BulkJobRow> failures = m_summary ? m_summary->failures : QList<BulkJobRow>();
    m_failures->setRowCount(int(failures.size()));
    for (int r = 0; r < failures.size(); ++r) {
        const BulkJobRow& row = failures.at(r);
        auto* line = new QTableWidgetItem(QString::number(row.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_failures->setItem(r, LineColumn, line);
        m_failures->setItem(r, LoginColumn, new QTableWidgetItem(row.loginId));
        m_failures->setItem(r, DeviceColumn, new QTableWidgetItem(DeviceTypes::displayName(row.device)));
        auto* error = new QTableWidgetItem(row.error);
        error->setToolTip(row.error);
        m_failures->setItem(r, ErrorColumn, error);
    }
    m_failures->setVisible(!failures.isEmpty());
    retranslateUi();
    // Users, certificates, the dashboard and the history changed (also when only part was issued).
    m_session.notifyCertificatesChanged(QString());
    emit runningChanged(false);
}

QString BulkRunPanel::progressText() const
{
    if (m_cancelling && m_running)
        return tr("Cancelling… certificates already signed are still saved.");
    if (m_progress.total == 0)
        return m_running ? tr("Preparing…") : QString();
    QString text = tr("Issued %1 of %2 (%3 failed)")
                       .arg(QLocale().toString(m_progress.issued), QLocale().toString(m_progress.total),
                            QLocale().toString(m_progress.failed));
    const int finished = m_progress.finished();
    if (m_running && finished > 0 && finished < m_progress.total) {
        const qint64 leftMs = m_timer.elapsed() * (m_progress.total - finished) / finished;
        text += tr(", about %n s left", nullptr, int((leftMs + 999) / 1000));
    }
    return text;
}

QString BulkRunPanel::resultText() const
{
    if (m_error) {
        if (m_error->code == ErrorCode::Cancelled && m_error->message.isEmpty())
            return tr("The bulk job %1 stopped.").arg(m_jobId);
        return tr("The bulk job %1 stopped: %2 Rows not yet issued stay pending; resume the job under "
                  "Unfinished jobs.")
            .arg(m_jobId)
            .arg(m_error->message);
    }
    if (!m_summary)
        return QString();
    QString text =
        tr("Bulk job %1 (%2): %3 issued, %4 failed.")
            .arg(m_jobId)
            .arg(m_fileName, QLocale().toString(m_summary->issued), QLocale().toString(m_summary->failed));
    if (m_summary->remaining > 0)
        text += QLatin1Char(' ') +
                (m_summary->cancelled
                     ? tr("Cancelled: %n row(s) not issued yet; resume the job under Unfinished jobs.",
                          nullptr, m_summary->remaining)
                     : tr("%n row(s) not issued yet; resume the job under Unfinished jobs.", nullptr,
                          m_summary->remaining));
    if (m_summary->failed > 0)
        text += QLatin1Char(' ') +
                tr("The rows below failed; issue them again with a corrected file or one by one.");
    if (m_summary->issued > 0)
        text += QLatin1Char(' ') + tr("The certificates are awaiting download.");
    return text;
}

void BulkRunPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BulkRunPanel::retranslateUi()
{
    m_title->setText(m_running
                         ? tr("Issuing the certificates of %1 (bulk job %2)").arg(m_fileName).arg(m_jobId)
                         : tr("Bulk job %1 (%2)").arg(m_jobId).arg(m_fileName));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setToolTip(tr("Stop after the rows in progress; the rest stays pending and can be resumed."));
    m_progressLabel->setText(progressText());
    m_result->setText(resultText());
    m_failures->setHorizontalHeaderLabels({tr("Line"), tr("Login ID"), tr("Device"), tr("Error")});
}

} // namespace certdesk
