#include "UserCsvSection.h"
#include "BulkFiles.h"
#include "BulkUi.h"
#include "CsvProblemTable.h"
#include "Prompts.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace certdesk {

UserCsvSection::UserCsvSection(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("userCsvSection"));
    buildUi();
    connect(m_export, &QPushButton::clicked, this, &UserCsvSection::exportUsers);
    connect(m_choose, &QPushButton::clicked, this, &UserCsvSection::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &UserCsvSection::importUsers);
    retranslateUi();
}

void UserCsvSection::buildUi()
{
    m_exportBox = new QGroupBox(this);
    m_exportIntro = new QLabel(m_exportBox);
    m_exportIntro->setWordWrap(true);
    m_export = new QPushButton(m_exportBox);
    m_export->setObjectName(QStringLiteral("exportUsersCsvButton"));
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addStretch();
    auto* exportLayout = new QVBoxLayout(m_exportBox);
    exportLayout->addWidget(m_exportIntro);
    exportLayout->addLayout(exportRow);

    m_importBox = new QGroupBox(this);
    m_importIntro = new QLabel(m_importBox);
    m_importIntro->setWordWrap(true);
    m_choose = new QPushButton(m_importBox);
    m_choose->setObjectName(QStringLiteral("chooseUsersCsvButton"));
    m_fileLabel = new QLabel(m_importBox);
    m_fileLabel->setObjectName(QStringLiteral("usersCsvFileLabel"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_choose);
    fileRow->addSpacing(12);
    fileRow->addWidget(m_fileLabel, 1);

    m_stack = new QStackedWidget(m_importBox);
    m_stack->setObjectName(QStringLiteral("usersCsvStack"));
    m_stack->addWidget(new QWidget(m_stack)); // EmptyState
    m_problems = new CsvProblemTable(CsvProblemTable::Outcome::NothingImported, m_stack);
    m_problems->setObjectName(QStringLiteral("usersCsvProblems"));
    m_stack->addWidget(m_problems);
    auto* ready = new QWidget(m_stack);
    m_summary = new QLabel(ready);
    m_summary->setObjectName(QStringLiteral("usersCsvSummaryLabel"));
    m_summary->setWordWrap(true);
    m_import = new QPushButton(ready);
    m_import->setObjectName(QStringLiteral("importUsersButton"));
    auto* importRow = new QHBoxLayout;
    importRow->addWidget(m_import);
    importRow->addStretch();
    auto* readyLayout = new QVBoxLayout(ready);
    readyLayout->setContentsMargins(0, 0, 0, 0);
    readyLayout->addWidget(m_summary);
    readyLayout->addLayout(importRow);
    readyLayout->addStretch();
    m_stack->addWidget(ready);

    auto* importLayout = new QVBoxLayout(m_importBox);
    importLayout->addWidget(m_importIntro);
    importLayout->addLayout(fileRow);
    importLayout->addWidget(m_stack, 1);

    m_status = bulkui::makeStatusLabel(this, "usersCsvStatusLabel");

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_exportBox);
    layout->addWidget(m_importBox, 1);
    layout->addWidget(m_status);
}

UserCsvSection::State UserCsvSection::state() const
{
    return State(m_stack->currentIndex());
}

void UserCsvSection::exportUsers()
{
    const QString title = tr("Export users as CSV");
    const QString path = Prompts::saveFileName(this, title, BulkFiles::inHome(QStringLiteral("users.csv")),
                                               BulkFiles::csvFilter());
    if (path.isEmpty())
        return;
    qint64 rows = 0;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Status written = BulkFiles::write(path, [this, &rows](QIODevice& out) -> Status {
        auto n = UserCsv::exportCsv(m_session.context(), out);
        if (!n)
            return n.error();
        rows = n.value();
        return {};
    });
    Status recorded;
    if (written)
        recorded = UserCsv::recordExport(m_session.context(), rows, QFileInfo(path).fileName());
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        Prompts::error(this, title, written.error());
        return;
    }
    emit m_session.historyChanged();
    bulkui::setStatus(
        m_status, tr("Exported %n user(s) to %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)));
    if (!recorded)
        Prompts::error(this, title, recorded.error());
}

void UserCsvSection::chooseFile()
{
    const QString path = Prompts::openFileName(this, tr("Choose the user CSV file"), BulkFiles::csvFilter());
    if (!path.isEmpty())
        loadFile(path);
}

void UserCsvSection::loadFile(const QString& path)
{
    const QString title = tr("Import users");
    auto bytes = BulkFiles::read(path);
    if (!bytes) {
        Prompts::error(this, title, bytes.error());
        return;
    }
    m_fileName = QFileInfo(path).fileName();
    m_plan.reset();
    m_dryRun.reset();
    bulkui::setStatus(m_status, QString());
    m_stack->setCurrentIndex(EmptyState);
    auto plan = UserCsv::parse(bytes.value());
    if (!plan) { // not CSV text at all: shown as the one problem of the file
        m_problems->setProblems({CsvProblem{0, QString(), QString(), plan.error().message}}, m_fileName);
        m_stack->setCurrentIndex(ProblemsState);
        retranslateUi();
        return;
    }
    m_plan = std::move(plan.value());
    if (!m_plan->isValid()) {
        m_problems->setProblems(m_plan->problems, m_fileName);
        m_stack->setCurrentIndex(ProblemsState);
        retranslateUi();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto dry = UserCsv::apply(m_session.context(), *m_plan, m_fileName, true);
    QGuiApplication::restoreOverrideCursor();
    if (!dry) {
        m_plan.reset();
        retranslateUi();
        Prompts::error(this, title, dry.error());
        return;
    }
    m_dryRun = dry.value();
    m_stack->setCurrentIndex(ReadyState);
    retranslateUi();
}

void UserCsvSection::importUsers()
{
    if (!m_plan || !m_dryRun || m_dryRun->added + m_dryRun->updated == 0)
        return;
    const QString title = tr("Import users");
    const QString question = tr("Import %1: add %2 and update %3?")
                                 .arg(m_fileName, tr("%n user(s)", nullptr, m_dryRun->added),
                                      tr("%n user(s)", nullptr, m_dryRun->updated));
    if (Prompts::ask(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) !=
        QMessageBox::Yes)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto applied = UserCsv::apply(m_session.context(), *m_plan, m_fileName);
    QGuiApplication::restoreOverrideCursor();
    if (!applied) {
        Prompts::error(this, title, applied.error());
        return;
    }
    m_plan.reset();
    m_dryRun.reset();
    m_stack->setCurrentIndex(EmptyState);
    bulkui::setStatus(m_status,
                      tr("Imported %1: %2 added, %3 updated, %4 unchanged.")
                          .arg(m_fileName, QLocale().toString(applied->added),
                               QLocale().toString(applied->updated), QLocale().toString(applied->unchanged)));
    m_session.notifyUsersChanged();
    retranslateUi();
}

void UserCsvSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UserCsvSection::retranslateUi()
{
    const QString columns = UserCsv::exportHeader().join(QStringLiteral(", "));
    m_exportBox->setTitle(tr("Export"));
    m_exportIntro->setText(
        tr("Every user as a CSV file that Excel opens (columns: %1). Edit it and import it "
           "again to add or change users.")
            .arg(columns));
    m_export->setText(tr("E&xport users…"));
    m_importBox->setTitle(tr("Import"));
    m_importIntro->setText(
        tr("Add and update users from a CSV file (UTF-8 or Shift_JIS; columns: %1; groups "
           "separated by \";\"). New login IDs are added, existing users are updated. If any row "
           "has a problem, nothing is imported.")
            .arg(columns));
    m_choose->setText(tr("Cho&ose file…"));
    m_fileLabel->setText(m_fileName.isEmpty() ? tr("No file chosen.")
                         : m_plan && !m_plan->encoding.isEmpty()
                             ? tr("%1 (%2)").arg(m_fileName, m_plan->encoding)
                             : m_fileName);
    if (m_dryRun) {
        const int changes = m_dryRun->added + m_dryRun->updated;
        m_summary->setText(changes == 0
                               ? tr("Every user in the file is already registered with these values; "
                                    "there is nothing to import.")
                               : tr("%1 to add, %2 to update, %3 unchanged.")
                                     .arg(tr("%n user(s)", nullptr, m_dryRun->added),
                                          tr("%n user(s)", nullptr, m_dryRun->updated),
                                          tr("%n user(s)", nullptr, m_dryRun->unchanged)));
        m_import->setEnabled(changes > 0);
    }
    m_import->setText(tr("&Import…"));
}

} // namespace certdesk
