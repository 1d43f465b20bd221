#pragma once
// certificateform.csv (seed 000): its columns, header aliases and the prefilled template.
#include "bulk/CsvProblem.h"
#include "store/Database.h"

#include <QIODevice>
#include <array>

namespace certdesk {

enum class FormColumn {
    Issue,
    LoginId,
    Email,
    Title,
    Department,
    Family,
    Given,
    FamilyKana,
    GivenKana,
    FamilyEn,
    GivenEn,
    Windows,
    IosApp,
    IosBrowser,
    Mac,
    Android,
    AutoPassword,
    Password,
    Remarks,
};
constexpr int kFormColumnCount = int(FormColumn::Remarks) + 1;

// Where each column of a file is, after reading its header.
struct FormLayout
{
    std::array<int, kFormColumnCount> index{}; // cell index per FormColumn, -1 when the file lacks it
    QStringList header;                        // as written in the file
    int cell(FormColumn c) const { return index[size_t(c)]; }
    // The header text as written, or the canonical Japanese name when the file lacks the column.
    QString columnName(FormColumn c) const;
    QString value(const QStringList& row, FormColumn c) const; // "" when absent
};

class BulkIssueForm
{
    Q_DECLARE_TR_FUNCTIONS(BulkIssueForm)
public:
    static QString japaneseName(FormColumn c); // exact header text of seed 000, ASCII parentheses
    static QString deviceId(FormColumn c);     // DeviceTypes id for a device column, else empty
    static QList<FormColumn> deviceColumns();
    static QString fileName() { return QStringLiteral("certificateform.csv"); }
    // Maps header cells (Japanese, with ASCII or full-width parentheses, or English aliases) to
    // columns. Unknown, duplicated and missing required columns are reported on line 1.
    static FormLayout readHeader(const QStringList& header, CsvProblems* problems);
    // The template: UTF-8 with BOM (Excel opens it as Japanese), CRLF, the exact header, then one row
    // per existing user (login ID, e-mail, title, department, registered names), 発行する left blank.
    static Status writeTemplate(Database& db, QIODevice& out);
};

} // namespace certdesk
