#pragma once
// One bulk row = one transaction: the user and certificate information when the file brings them, the
// certificate, its history rows and the job row marked done. Runs on the thread owning the connection.
#include "store/BulkJobStore.h"
#include "workflows/IdentityWorkflows.h"
#include "workflows/IssueCrypto.h"
#include "workflows/UserWorkflows.h"

namespace certdesk {

// What the crypto of a row was built from, read before fanning out.
struct PreparedRow
{
    BulkJobRow row;
    std::optional<UserInput> newUser;
    std::optional<IdentityInput> newIdentity;
    IssueCryptoInput input;
};

class BulkRowCommit
{
    Q_DECLARE_TR_FUNCTIONS(BulkRowCommit)
public:
    explicit BulkRowCommit(WorkflowContext& ctx);
    // The certificate id, or nullopt when the row was no longer pending (another resume finished it).
    // An error means nothing of the row was written; the caller records the failure with fail().
    Result<std::optional<qint64>> commit(const PreparedRow& prepared, const IssueCryptoOutput& crypto);
    // Marks the row failed with a "failure" history row, in its own transaction.
    Status fail(const BulkJobRow& row, const QString& message);

private:
    Result<UserRecord> userFor(const PreparedRow& prepared);
    Status identityFor(const UserRecord& user, const PreparedRow& prepared);
    WorkflowContext& m_ctx;
    int m_maxSlots;
    int m_deadlineDays;
    bool m_defaultCertAuth;
};

} // namespace certdesk
