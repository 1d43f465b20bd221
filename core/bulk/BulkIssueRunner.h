#pragma once
// Issues the pending rows of a bulk job: key generation, signing and PKCS#12 on a pool of worker
// threads (all cores by default); the calling thread (which owns the database connection) writes each
// row complete under its own savepoint and commits the rows in groups: one transaction and one disk sync
// per group of at most 64 rows or 50 ms on SQLite; per row on PostgreSQL; BulkRowCommit). Safe to interrupt
// at any point: a row is either done (certificate, history, job row) or still pending — a kill loses at most
// the group not yet committed — and run() on the same job finishes it.
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
    int issued = 0;        // by this run
    int failed = 0;        // by this run
    int remaining = 0;     // rows still pending (cancelled, or stopped by a database error)
    qint64 databaseMs = 0; // time the calling thread spent writing and committing rows
    bool cancelled = false;
    QList<BulkJobRow> failures; // rows that failed in this run, with their message
};

class BulkIssueRunner
{
    Q_DECLARE_TR_FUNCTIONS(BulkIssueRunner)
public:
    BulkIssueRunner(WorkflowContext& ctx, qint64 jobId);
    void setThreadCount(int threads) { m_threads = threads; } // 0: QThread::idealThreadCount()
    // Group commit limits: a group is committed when it holds `rows` rows or is `ms` old, when the run is
    // cancelled, before a row's failure is recorded and at the end (1 row: a transaction per row).
    // Default: 64 rows / 50 ms on SQLite, whose BEGIN IMMEDIATE takes the one write lock for the whole group;
    // a transaction per row on PostgreSQL, where a group holding row locks (history head, users) for 50 ms
    // could deadlock with another writer taking them in the other order.
    void setGroupLimits(int rows, int ms)
    {
        m_groupRows = qMax(1, rows);
        m_groupMs = qMax(0, ms);
    }
    // Called on the running thread after every committed group and every failed row.
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
    int m_groupRows = 0; // 0: the default above
    int m_groupMs = 50;
    std::function<void(const BulkProgress&)> m_progress;
    std::atomic<bool> m_cancel{false};
};

} // namespace certdesk
