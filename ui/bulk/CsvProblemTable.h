#pragma once
// The problems of a refused CSV file (bulk issuance, bulk revocation, user import): a banner that
// says how many and that nothing was done, and one table row per problem (Line · Column · Value ·
// Problem). One widget, used by every section of the Bulk screen.
#include "bulk/CsvProblem.h"
#include <QWidget>

class QLabel;
class QTableWidget;

namespace certdesk {

class CsvProblemTable : public QWidget
{
    Q_OBJECT
public:
    enum class Outcome { NothingIssued, NothingRevoked, NothingImported };
    enum Column { LineColumn, ColumnColumn, ValueColumn, ProblemColumn, ColumnCount };

    explicit CsvProblemTable(Outcome outcome, QWidget* parent = nullptr);
    void setProblems(const CsvProblems& problems, const QString& fileName);
    void clear();
    int problemCount() const { return int(m_problems.size()); }
    QTableWidget* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    Outcome m_outcome;
    CsvProblems m_problems;
    QString m_fileName;
    QLabel* m_banner;
    QTableWidget* m_table;
};

} // namespace certdesk
