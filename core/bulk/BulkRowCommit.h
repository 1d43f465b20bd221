#pragma once
// One bulk row, complete or absent: the user and certificate information when the file brings them, the
// certificate, its history rows and the job row marked done, written under one savepoint. Rows are
// committed in groups (one transaction, one disk sync for several complete rows); a kill loses at most
// the group not yet committed, whose rows are still pending and redone by the job's resume. Runs on the
// thread owning the connection.
#include "store/BulkJobStore.h"
#include "store/Transaction.h"
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
    // Writes the row into the open group (opening one when none is): the certificate id, or nullopt when
    // the row was no longer pending (another resume finished it). An error means nothing of the row was
    // written (its savepoint was rolled back; the rows before it stay in the group). A database error
    // (ErrorCode::Database / Unavailable) may have broken the group: roll it back. Otherwise the caller
    // commits the group and records the failure with fail().
    Result<std::optional<qint64>> write(const PreparedRow& prepared, const IssueCryptoOutput& crypto);
    bool groupOpen() const { return m_group.has_value(); }
    // Commits every row written since the group was opened; on an error none of them is.
    Status commitGroup();
    void rollbackGroup() { m_group.reset(); }
    // Marks the row failed with a "failure" history row, in its own transaction (no group open).
    Status fail(const BulkJobRow& row, const QString& message);

private:
    Result<std::optional<qint64>> writeRow(const PreparedRow& prepared, const IssueCryptoOutput& crypto);
    // SAVEPOINT / RELEASE / ROLLBACK TO: constant statements, run unprepared (PostgreSQL cannot PREPARE
    // them).
    Status savepoint(const QString& sql);
    Result<UserRecord> userFor(const PreparedRow& prepared);
    Status identityFor(const UserRecord& user, const PreparedRow& prepared);
    WorkflowContext& m_ctx;
    int m_maxSlots;
    int m_deadlineDays;
    bool m_defaultCertAuth;
    std::optional<Transaction> m_group;
    bool m_mailConfigured = false; // of the open group
};

} // namespace certdesk
