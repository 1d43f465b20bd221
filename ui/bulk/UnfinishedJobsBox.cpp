#include "UnfinishedJobsBox.h"
#include "DateFormat.h"
#include "store/BulkJobStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk {

UnfinishedJobsBox::UnfinishedJobsBox(AppSession& session, QWidget* parent)
    : QGroupBox(parent), m_session(session), m_empty(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_resume(new QPushButton(this))
{
    setObjectName(QStringLiteral("unfinishedJobsBox"));
    m_empty->setObjectName(QStringLiteral("noUnfinishedJobsLabel"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_table->setObjectName(QStringLiteral("unfinishedJobsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->setMaximumHeight(130);
    QHeaderView* header = m_table->horizontalHeader();
    for (int c = 0; c < ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_resume->setObjectName(QStringLiteral("resumeJobButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_empty, 1);
    buttons->addWidget(m_resume);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UnfinishedJobsBox::updateButton);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        emit resumeRequested(m_table->item(row, JobColumn)->data(Qt::UserRole).toLongLong(),
                             m_table->item(row, FileColumn)->text(),
                             m_table->item(row, PendingColumn)->data(Qt::UserRole).toInt());
    });
    retranslateUi();
}

void UnfinishedJobsBox::reload(qint64 runningJob)
{
    auto jobs = BulkJobStore(*m_session.db()).jobs();
    m_loadError = jobs ? QString() : jobs.error().message;
    QList<BulkJobRecord> open;
    if (jobs) {
        for (const BulkJobRecord& j : jobs.value()) {
            if (j.pending() > 0 && j.id != runningJob)
                open << j;
        }
    }
    m_table->setRowCount(int(open.size()));
    for (int r = 0; r < open.size(); ++r) {
        const BulkJobRecord& j = open.at(r);
        auto* id = new QTableWidgetItem(QString::number(j.id));
        id->setData(Qt::UserRole, j.id);
        m_table->setItem(r, JobColumn, id);
        m_table->setItem(r, FileColumn, new QTableWidgetItem(j.fileName));
        m_table->setItem(r, AcceptedColumn, new QTableWidgetItem(dateformat::dateTime(j.createdAt)));
        m_table->setItem(r, ByColumn, new QTableWidgetItem(j.createdBy));
        auto* pending = new QTableWidgetItem(QLocale().toString(j.pending()));
        pending->setData(Qt::UserRole, j.pending());
        pending->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, PendingColumn, pending);
    }
    if (!open.isEmpty())
        m_table->selectRow(0);
    m_table->setVisible(!open.isEmpty());
    retranslateUi();
    updateButton();
}

void UnfinishedJobsBox::setResumeEnabled(bool enabled)
{
    m_resumeAllowed = enabled;
    updateButton();
}

int UnfinishedJobsBox::jobCount() const
{
    return m_table->rowCount();
}

void UnfinishedJobsBox::updateButton()
{
    m_resume->setVisible(m_table->rowCount() > 0);
    m_resume->setEnabled(m_resumeAllowed && m_table->currentRow() >= 0);
}

void UnfinishedJobsBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void UnfinishedJobsBox::retranslateUi()
{
    setTitle(tr("Unfinished jobs"));
    m_table->setHorizontalHeaderLabels({tr("Job"), tr("File"), tr("Accepted"), tr("By"), tr("Pending")});
    m_resume->setText(tr("&Resume"));
    m_resume->setToolTip(tr("Issue the pending rows of the selected job"));
    m_empty->setText(!m_loadError.isEmpty() ? m_loadError
                     : m_table->rowCount() == 0
                         ? tr("No bulk job has rows waiting to be issued.")
                         : tr("These jobs were cancelled or interrupted; their rows wait to be issued."));
}

} // namespace certdesk
