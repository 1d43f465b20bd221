#pragma once
// Accepting a validated certificateform.csv as a job: the job, its rows and the history row
// "bulk accepted" in one transaction. Issuance itself is BulkIssueRunner.
#include "bulk/BulkIssuePlan.h"
#include "store/BulkJobStore.h"

namespace certdesk {

class BulkIssueJob
{
    Q_DECLARE_TR_FUNCTIONS(BulkIssueJob)
public:
    // Needs the unlocked CA (a job that cannot run is not accepted); manual key passwords are stored
    // sealed to the CA certificate until their row is done. Returns the job id.
    static Result<qint64> accept(WorkflowContext& ctx, const BulkIssuePlan& plan);
    // A history row "bulk rejected" with the number of problems (file name and count only).
    static Status recordRejected(WorkflowContext& ctx, const BulkIssuePlan& plan);

    static QString userToJson(const UserInput& user);
    static UserInput userFromJson(const QString& json);
    static QString identityToJson(const IdentityInput& identity);
    static IdentityInput identityFromJson(const QString& json);
};

} // namespace certdesk
