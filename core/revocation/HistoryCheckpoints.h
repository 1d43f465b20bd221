#pragma once
// Signing checkpoints of the operation history with the CA key (store/HistoryCheckpointStore): after
// every CRL signing (CrlPublisher), at least daily while the CA can be unlocked without asking anyone
// (CrlSchedule), and for every line of an external anchor file (HistoryWorkflows::anchor).
// HistoryAudit checks them.
#include "session/WorkflowContext.h"
#include "store/HistoryCheckpointStore.h"

#include <functional>

namespace certdesk {

class HistoryCheckpoints
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCheckpoints)
public:
    static constexpr qint64 kMaxAgeSecs = 24 * 3600;

    explicit HistoryCheckpoints(WorkflowContext& ctx) : m_ctx(ctx) {}

    // Signs the history's current head (its row count and the hash of its newest row) with `ca`, the
    // database's CA row `caId`, and stores the checkpoint in its own transaction: call it outside one.
    // Checks no permission: whoever calls it checked its own (signing a CRL, the schedule, the anchor).
    // An empty history has nothing to sign (Invalid).
    Result<HistoryCheckpoint> sign(const CertificateAuthority& ca, qint64 caId, const QString& kind);
    // Right after a CRL was signed and committed: sign(); a failure becomes a "failure" history row and
    // does not undo the CRL.
    void afterCrl(const CertificateAuthority& ca, qint64 caId);
    // The schedule: when the newest checkpoint is older than a day (or there is none) and rows were written
    // since, signs one with the CA unlocked quietly, else with the CA of `fallback`'s context (a CA that
    // someone unlocked already). False when none was due or no CA could be unlocked without asking.
    Result<bool> signIfDue(const std::function<WorkflowContext*()>& fallback = {});

private:
    WorkflowContext& m_ctx;
};

} // namespace certdesk
