#pragma once
// User import/export as CSV (ログインID, メールアドレス, 氏名, 部署, 役職, グループ). The import is all or
// nothing: parse() reports every problem with line, column, value and a translated message; apply()
// writes every change and its history rows in one transaction, and only for a plan without problems.
#include "bulk/CsvProblem.h"
#include "session/WorkflowContext.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace certdesk {

// One data row of a user CSV, cells trimmed, groups split on ";" (also full-width "；").
struct UserImportRow
{
    int line = 0; // physical line in the file (the header is line 1)
    QString loginId;
    QString email;
    QString displayName;
    QString department;
    QString title;
    QStringList groups; // without blanks and duplicates, in file order
};

struct UserImportPlan
{
    QString encoding; // as detected by CsvReader ("UTF-8", "UTF-8 with BOM", "Shift_JIS")
    // Which optional columns the file has. A column that is absent leaves that field of existing users
    // alone; a column that is present but blank in a row clears the field (groups included).
    // A blank 氏名 never clears: new users get their login ID as the name, existing ones keep theirs.
    bool hasName = false;
    bool hasDepartment = false;
    bool hasTitle = false;
    bool hasGroups = false;
    QList<UserImportRow> rows; // blank lines skipped
    CsvProblems problems;      // in line order; empty = the plan may be applied
    bool isValid() const { return problems.isEmpty(); }
};

struct UserImportSummary
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList addedLogins;   // file order
    QStringList updatedLogins; // file order
};

class UserCsv
{
    Q_DECLARE_TR_FUNCTIONS(UserCsv)
public:
    // The header that exportCsv() writes (fixed Japanese, like the product's other CSV files).
    static QStringList exportHeader();

    // Decodes (UTF-8, UTF-8 with BOM or Shift_JIS/CP932), maps the header (Japanese names or English
    // aliases, compared with CsvCells::headerKey) and validates every row. Problems are collected in
    // the plan, not returned as an error; the error is only for a file that is not CSV text at all
    // (encoding, unterminated quote), with CsvReader's translated message.
    static Result<UserImportPlan> parse(const QByteArray& bytes);

    // Applies a valid plan in ONE transaction: new login IDs are added (certificate authentication
    // from the users.default_cert_auth setting, mail language = organisation default), existing users
    // are updated only when e-mail, name, department, title or groups differ. History: one user-add /
    // user-edit row per added / changed user and one user-import summary row
    // ("file=NAME added=N updated=M"); when nothing changes nothing at all is written (no summary row).
    // `fileName` is the file's name for the summary row (no folder). `dryRun` reads the database and
    // returns the same summary without writing anything.
    static Result<UserImportSummary> apply(WorkflowContext& ctx, const UserImportPlan& plan,
                                           const QString& fileName, bool dryRun = false);

    // Every user, sorted by login ID, as UTF-8 with BOM, CRLF, RFC 4180 quoting; groups joined with ";".
    // Reads the users in pages (no certificate data). Returns the number of users written.
    static Result<qint64> exportCsv(Database& db, QIODevice& out);
    static Result<QByteArray> exportCsv(Database& db);
    // As above, for an operator: checks Permission::ManageUsers first (a Refused row and NotPermitted
    // otherwise).
    static Result<qint64> exportCsv(WorkflowContext& ctx, QIODevice& out);
    // The history row of an export (operation "export", details "users rows=N file=NAME"), in its own
    // transaction; call it after the file was written.
    static Status recordExport(WorkflowContext& ctx, qint64 rows, const QString& fileName);

    // Length limit of name, department, title and each group name (characters).
    static constexpr int kMaxTextLength = 128;
};

} // namespace certdesk
