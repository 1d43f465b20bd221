#include "CsvProblemTable.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk {

CsvProblemTable::CsvProblemTable(Outcome outcome, QWidget* parent)
    : QWidget(parent), m_outcome(outcome), m_banner(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this))
{
    m_banner->setObjectName(QStringLiteral("problemBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { color: #a00014; background: #fdecee; font-weight: bold; }"));

    m_table->setObjectName(QStringLiteral("problemTableView"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false); // one line per problem; a long message is whole in its tooltip
    m_table->verticalHeader()->setVisible(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColumnColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ValueColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    header->resizeSection(ValueColumn, 160);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void CsvProblemTable::setProblems(const CsvProblems& problems, const QString& fileName)
{
    m_problems = problems;
    m_fileName = fileName;
    m_table->setRowCount(int(problems.size()));
    for (int r = 0; r < problems.size(); ++r) {
        const CsvProblem& p = problems.at(r);
        auto* line = new QTableWidgetItem(p.line > 0 ? QString::number(p.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, LineColumn, line);
        m_table->setItem(r, ColumnColumn, new QTableWidgetItem(p.column));
        auto* value = new QTableWidgetItem(p.value);
        value->setToolTip(p.value);
        m_table->setItem(r, ValueColumn, value);
        auto* message = new QTableWidgetItem(p.message);
        message->setToolTip(p.message);
        m_table->setItem(r, ProblemColumn, message);
    }
    retranslateUi();
}

void CsvProblemTable::clear()
{
    setProblems({}, QString());
}

void CsvProblemTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CsvProblemTable::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    const int n = int(m_problems.size());
    QString text;
    switch (m_outcome) {
    case Outcome::NothingIssued:
        text = tr("%n problem(s) in %1 — nothing was issued.", nullptr, n).arg(m_fileName);
        break;
    case Outcome::NothingRevoked:
        text = tr("%n problem(s) in %1 — nothing was revoked.", nullptr, n).arg(m_fileName);
        break;
    case Outcome::NothingImported:
        text = tr("%n problem(s) in %1 — nothing was imported.", nullptr, n).arg(m_fileName);
        break;
    }
    m_banner->setText(text + QLatin1Char(' ') + tr("Correct the file and choose it again."));
}

} // namespace certdesk
