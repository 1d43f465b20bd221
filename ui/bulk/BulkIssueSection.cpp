#include "BulkIssueSection.h"
#include "BulkFiles.h"
#include "BulkRunPanel.h"
#include "BulkUi.h"
#include "CsvProblemTable.h"
#include "Prompts.h"
#include "UnfinishedJobsBox.h"
#include "bulk/BulkIssueForm.h"
#include "bulk/BulkIssueJob.h"
#include "session/PasswordSealer.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace certdesk {

BulkIssueSection::BulkIssueSection(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("bulkIssueSection"));
    buildUi();
    connect(m_download, &QPushButton::clicked, this, &BulkIssueSection::downloadForm);
    connect(m_choose, &QPushButton::clicked, this, &BulkIssueSection::chooseFile);
    connect(m_createMissing, &QCheckBox::toggled, this, [this] {
        if (!m_bytes.isEmpty() && state() != RunState)
            validate();
    });
    connect(m_start, &QPushButton::clicked, this, &BulkIssueSection::start);
    connect(m_run, &BulkRunPanel::runningChanged, this, &BulkIssueSection::setRunning);
    connect(m_jobs, &UnfinishedJobsBox::resumeRequested, this, &BulkIssueSection::resume);
    retranslateUi();
    m_jobs->reload();
}

void BulkIssueSection::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_download = new QPushButton(this);
    m_download->setObjectName(QStringLiteral("downloadFormButton"));
    auto* formRow = new QHBoxLayout;
    formRow->addWidget(m_download);
    formRow->addStretch();

    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseIssueFileButton"));
    m_createMissing = new QCheckBox(this);
    m_createMissing->setObjectName(QStringLiteral("createMissingUsersCheck"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("issueFileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_createMissing);
    fileRow->addSpacing(12);
    fileRow->addWidget(m_fileLabel, 1);

    m_status = bulkui::makeStatusLabel(this, "issueStatusLabel");

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("issueStack"));
    m_stack->addWidget(new QWidget(m_stack)); // EmptyState
    m_problems = new CsvProblemTable(CsvProblemTable::Outcome::NothingIssued, m_stack);
    m_problems->setObjectName(QStringLiteral("issueProblems"));
    m_stack->addWidget(m_problems);

    auto* ready = new QWidget(m_stack);
    m_summaryTitle = new QLabel(ready);
    m_summaryTitle->setObjectName(QStringLiteral("issueSummaryTitle"));
    QFont bold = m_summaryTitle->font();
    bold.setBold(true);
    m_summaryTitle->setFont(bold);
    m_summary = new QLabel(ready);
    m_summary->setObjectName(QStringLiteral("issueSummaryLabel"));
    m_summary->setWordWrap(true);
    m_start = new QPushButton(ready);
    m_start->setObjectName(QStringLiteral("startIssueButton"));
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch();
    auto* readyLayout = new QVBoxLayout(ready);
    readyLayout->setContentsMargins(0, 0, 0, 0);
    readyLayout->addWidget(m_summaryTitle);
    readyLayout->addWidget(m_summary);
    readyLayout->addLayout(startRow);
    readyLayout->addStretch();
    m_stack->addWidget(ready);

    m_run = new BulkRunPanel(m_session, m_stack);
    m_stack->addWidget(m_run);

    m_jobs = new UnfinishedJobsBox(m_session, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(formRow);
    layout->addSpacing(6);
    layout->addLayout(fileRow);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_jobs);
}

BulkIssueSection::State BulkIssueSection::state() const
{
    return State(m_stack->currentIndex());
}

void BulkIssueSection::refresh()
{
    m_jobs->reload(m_run->isRunning() ? m_run->jobId() : 0);
}

void BulkIssueSection::downloadForm()
{
    const QString title = tr("Download the bulk issuance form");
    const QString path = Prompts::saveFileName(this, title, BulkFiles::inHome(BulkIssueForm::fileName()),
                                               BulkFiles::csvFilter());
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = BulkFiles::write(
        path, [this](QIODevice& out) { return BulkIssueForm::writeTemplate(*m_session.db(), out); });
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        Prompts::error(this, title, written.error());
        return;
    }
    bulkui::setStatus(
        m_status, tr("Saved the form with every user prefilled to %1. Mark %2 and one device per row, "
                     "then choose the file here.")
                      .arg(QDir::toNativeSeparators(path), BulkIssueForm::japaneseName(FormColumn::Issue)));
}

void BulkIssueSection::chooseFile()
{
    const QString path =
        Prompts::openFileName(this, tr("Choose the bulk issuance file"), BulkFiles::csvFilter());
    if (!path.isEmpty())
        loadFile(path);
}

void BulkIssueSection::loadFile(const QString& path)
{
    if (m_run->isRunning())
        return;
    auto bytes = BulkFiles::read(path);
    if (!bytes) {
        Prompts::error(this, tr("Choose the bulk issuance file"), bytes.error());
        return;
    }
    m_bytes = bytes.value();
    m_fileName = QFileInfo(path).fileName();
    validate();
}

void BulkIssueSection::validate()
{
    bulkui::setStatus(m_status, QString());
    m_plan.reset();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan =
        BulkIssueValidator::validate(m_session.context(), m_bytes, m_fileName, m_createMissing->isChecked());
    QGuiApplication::restoreOverrideCursor();
    if (!plan) {
        m_stack->setCurrentIndex(EmptyState);
        Prompts::error(this, tr("Bulk issuance"), plan.error());
        return;
    }
    m_plan = std::move(plan.value());
    if (!m_plan->problems.isEmpty()) {
        m_problems->setProblems(m_plan->problems, m_fileName);
        m_stack->setCurrentIndex(ProblemsState);
        if (auto s = BulkIssueJob::recordRejected(m_session.context(), *m_plan); !s)
            Prompts::error(this, tr("Bulk issuance"), s.error());
        else
            emit m_session.historyChanged();
    } else {
        m_stack->setCurrentIndex(ReadyState);
    }
    retranslateUi();
}

bool BulkIssueSection::unlockCa(const QString& title)
{
    // Asks for the passphrase here, on the GUI thread; the runner then only reads the cached CA and
    // password key (WorkflowContext caches them without locking).
    auto ca = m_session.context().unlockedCa();
    if (!ca) {
        Prompts::error(this, title, ca.error());
        return false;
    }
    if (auto sealer = m_session.context().passwordSealer(); !sealer) {
        Prompts::error(this, title, sealer.error());
        return false;
    }
    emit m_session.caLockChanged(true);
    return true;
}

void BulkIssueSection::start()
{
    if (!m_plan || !m_plan->ok() || m_run->isRunning())
        return;
    const QString title = tr("Bulk issuance");
    const int n = int(m_plan->items.size());
    const QString question = tr("Issue %n certificate(s) from %1 now?", nullptr, n).arg(m_fileName) +
                             QStringLiteral("\n\n") +
                             tr("Issuance runs in the background. Each certificate is saved as soon as it is "
                                "issued; if you cancel, "
                                "the rest can be resumed later.");
    if (Prompts::ask(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) !=
        QMessageBox::Yes)
        return;
    if (!unlockCa(title))
        return;
    auto job = BulkIssueJob::accept(m_session.context(), *m_plan);
    if (!job) {
        Prompts::error(this, title, job.error());
        return;
    }
    const QString fileName = m_fileName;
    m_plan.reset();
    m_bytes.clear();
    m_stack->setCurrentIndex(RunState);
    m_run->start(job.value(), fileName);
}

void BulkIssueSection::resume(qint64 jobId, const QString& fileName, int pending)
{
    if (m_run->isRunning())
        return;
    const QString title = tr("Resume bulk job");
    if (Prompts::ask(this, title,
                     tr("Issue the %n pending certificate(s) of bulk job %1 (%2)?", nullptr, pending)
                         .arg(jobId)
                         .arg(fileName),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    if (!unlockCa(title))
        return;
    m_plan.reset();
    m_bytes.clear();
    bulkui::setStatus(m_status, QString());
    m_stack->setCurrentIndex(RunState);
    m_run->start(jobId, fileName);
}

void BulkIssueSection::setRunning(bool running)
{
    m_choose->setEnabled(!running);
    m_createMissing->setEnabled(!running);
    m_jobs->setResumeEnabled(!running);
    m_jobs->reload(running ? m_run->jobId() : 0);
}

void BulkIssueSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BulkIssueSection::retranslateUi()
{
    m_intro->setText(
        tr("Issue many certificates from one %1 file: download the form (every user prefilled), mark "
           "%2 and one device per row in Excel, save it as CSV and choose it. If any row has a problem, "
           "nothing is issued.")
            .arg(BulkIssueForm::fileName(), BulkIssueForm::japaneseName(FormColumn::Issue)));
    m_download->setText(tr("&Download form (%1)…").arg(BulkIssueForm::fileName()));
    m_choose->setText(tr("Cho&ose file…"));
    m_createMissing->setText(tr("Create &missing users"));
    m_createMissing->setToolTip(
        tr("Login IDs that are not registered are added as new users with the values of the file"));
    m_fileLabel->setText(m_fileName.isEmpty() ? tr("No file chosen.")
                         : m_plan && !m_plan->encoding.isEmpty()
                             ? tr("%1 (%2)").arg(m_fileName, m_plan->encoding)
                             : m_fileName);
    m_start->setText(tr("&Start issuing…"));
    if (m_plan && m_plan->ok()) {
        m_summaryTitle->setText(tr("%n certificate(s) to issue", nullptr, int(m_plan->items.size())));
        m_summary->setText(
            tr("New users: %1 · Certificate information to register: %2 · Rows skipped (%3 blank): %4")
                .arg(QLocale().toString(m_plan->newUserCount()),
                     QLocale().toString(m_plan->newIdentityCount()),
                     BulkIssueForm::japaneseName(FormColumn::Issue),
                     QLocale().toString(m_plan->skippedRows)));
    }
}

} // namespace certdesk
