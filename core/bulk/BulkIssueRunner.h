#pragma once
// Issues the pending rows of a bulk job: key generation, signing and PKCS#12 on a pool of worker
// threads (all cores by default), each certificate committed in its own transaction by the calling
// thread (which owns the database connection). Safe to interrupt at any point: a row is either done
// (certificate, history, job row) or still pending, and run() on the same job finishes it.
#include "bulk/BulkRowCommit.h"

#include <atomic>
#include <functional>

namespace certdesk {

struct BulkProgress
{
    int total = 0; // rows pending when this run started
    int issued = 0;
    int failed = 0;
    int finished() const { return issued + failed; }
};

struct BulkRunSummary
{
    qint64 jobId = 0;
    int issued = 0;    // by this run
    int failed = 0;    // by this run
    int remaining = 0; // rows still pending (cancelled, or stopped by a database error)
    bool cancelled = false;
    QList<BulkJobRow> failures; // rows that failed in this run, with their message
};

class BulkIssueRunner
{
    Q_DECLARE_TR_FUNCTIONS(BulkIssueRunner)
public:
    BulkIssueRunner(WorkflowContext& ctx, qint64 jobId);
    void setThreadCount(int threads) { m_threads = threads; } // 0: QThread::idealThreadCount()
    // Called on the running thread after every row.
    void setProgressCallback(std::function<void(const BulkProgress&)> cb) { m_progress = std::move(cb); }
    void cancel() { m_cancel = true; } // any thread; rows already signed are still committed

    Result<BulkRunSummary> run();

private:
    Result<QList<PreparedRow>> prepare(BulkRowCommit& committer, BulkRunSummary& summary);
    // Marks the row failed (its own transaction, failure history row) and lists it in the summary.
    static Status recordFailure(BulkRowCommit& committer, const BulkJobRow& row, const QString& message,
                                BulkRunSummary& summary);
    WorkflowContext& m_ctx;
    qint64 m_jobId;
    int m_threads = 0;
    std::function<void(const BulkProgress&)> m_progress;
    std::atomic<bool> m_cancel{false};
};

} // namespace certdesk
