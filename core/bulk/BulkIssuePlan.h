#pragma once
// A validated certificateform.csv: what would be issued, or every reason why nothing will be.
#include "bulk/CsvProblem.h"
#include "workflows/IdentityWorkflows.h"
#include "workflows/UserWorkflows.h"

namespace certdesk {

struct BulkIssueItem
{
    int line = 0;
    QString loginId;
    QString device;      // DeviceTypes id
    QString notifyEmail; // where the download request goes; the user's e-mail when the cell is blank
    QString remarks;
    bool autoPassword = true;
    QByteArray password;                      // when !autoPassword
    std::optional<UserInput> newUser;         // "create missing users": the user to add
    std::optional<IdentityInput> newIdentity; // registered with the certificate (none registered yet)
};

struct BulkIssuePlan
{
    QString fileName;
    QString encoding; // CsvTable::encoding
    bool createMissingUsers = false;
    QList<BulkIssueItem> items;
    int skippedRows = 0; // 発行する blank
    CsvProblems problems;
    bool ok() const { return problems.isEmpty() && !items.isEmpty(); }
    int newUserCount() const;
    int newIdentityCount() const;
};

class BulkIssueValidator
{
    Q_DECLARE_TR_FUNCTIONS(BulkIssueValidator)
public:
    // Reads and checks the whole file against the database (read only). Problems are returned in the
    // plan; the Result fails only when the database cannot be read.
    static Result<BulkIssuePlan> validate(WorkflowContext& ctx, const QByteArray& bytes,
                                          const QString& fileName, bool createMissingUsers);
    // A key password in a file: 6–32 printable ASCII characters without space; empty when valid.
    static QString filePasswordError(const QString& password);
};

} // namespace certdesk
