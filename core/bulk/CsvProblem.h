#pragma once
// One finding of a CSV validation: where (line, column), what was written, and why it is refused.
#include <QList>
#include <QString>

namespace certdesk {

struct CsvProblem
{
    int line = 0;    // 1-based physical line of the record (the header is line 1), as Excel numbers rows
    QString column;  // the header text as written in the file, or empty for a whole-row problem
    QString value;   // the cell as written
    QString message; // translated
    // `LINE: COLUMN: "VALUE": message`, column and value left out when empty (CLI, administrator mail).
    QString text() const
    {
        QString out = QString::number(line) + QStringLiteral(": ");
        if (!column.isEmpty())
            out += column + QStringLiteral(": ");
        if (!value.isEmpty())
            out += QLatin1Char('"') + value + QStringLiteral("\": ");
        return out + message;
    }
    bool operator==(const CsvProblem& o) const
    {
        return line == o.line && column == o.column && value == o.value && message == o.message;
    }
};

using CsvProblems = QList<CsvProblem>;

} // namespace certdesk
