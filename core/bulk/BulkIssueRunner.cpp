#include "bulk/BulkIssueRunner.h"
#include "bulk/BulkIssueJob.h"
#include "store/Settings.h"
#include "store/UserStore.h"

#include <QElapsedTimer>
#include <QThread>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace certdesk {
namespace {

// Workers take the next index and push their result; the consumer pops in completion order.
class CryptoPool
{
public:
    CryptoPool(const CertificateAuthority& ca, const QList<PreparedRow>& rows, const Clock& clock,
               const std::atomic<bool>& cancel, int threads)
        : m_ca(ca), m_rows(rows), m_clock(clock), m_cancel(cancel)
    {
        // A few finished rows per worker: a cancelled run stops after at most these (a deeper queue, tried
        // in issue 16, let a cancelled PostgreSQL run commit every queued row).
        m_capacity = size_t(threads) * 4;
        m_results.resize(size_t(rows.size()));
        m_running = threads; // before any worker can finish
        for (int t = 0; t < threads; ++t)
            m_workers.emplace_back([this] { work(); });
    }
    ~CryptoPool() { stop(); }

    static constexpr int kTimedOut = -2;
    // Index of the next finished row, -1 when every worker has finished and nothing is left, or
    // kTimedOut when nothing came within `timeoutMs` (< 0: wait as long as it takes).
    int next(qint64 timeoutMs = -1)
    {
        std::unique_lock lock(m_mutex);
        const auto ready = [this] { return !m_queue.empty() || m_running == 0; };
        if (timeoutMs < 0)
            m_ready.wait(lock, ready);
        else if (!m_ready.wait_for(lock, std::chrono::milliseconds(timeoutMs), ready))
            return kTimedOut;
        if (m_queue.empty())
            return -1;
        const int i = m_queue.front();
        m_queue.pop_front();
        m_space.notify_one();
        return i;
    }
    // The result of a row returned by next(); taken once (frees its memory).
    Result<IssueCryptoOutput> take(int i)
    {
        Result<IssueCryptoOutput> r = std::move(*m_results[size_t(i)]);
        m_results[size_t(i)].reset();
        return r;
    }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_space.notify_all();
        for (std::thread& t : m_workers) {
            if (t.joinable())
                t.join();
        }
    }

private:
    void work()
    {
        for (;;) {
            const int i = m_next++;
            if (i >= m_rows.size() || m_cancel)
                break;
            m_results[size_t(i)].emplace(
                IssueCrypto::run(m_ca, m_rows.at(i).input, m_clock)); // own slot, no race
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [this] { return m_queue.size() < m_capacity || m_stopping; });
            if (m_stopping)
                break;
            m_queue.push_back(i);
            m_ready.notify_one();
        }
        std::lock_guard lock(m_mutex);
        --m_running;
        m_ready.notify_all();
    }

    const CertificateAuthority& m_ca;
    const QList<PreparedRow>& m_rows;
    const Clock& m_clock;
    const std::atomic<bool>& m_cancel;
    std::atomic<int> m_next{0};
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<int> m_queue;
    std::vector<std::optional<Result<IssueCryptoOutput>>> m_results;
    size_t m_capacity;
    int m_running = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_workers;
};

} // namespace

BulkIssueRunner::BulkIssueRunner(WorkflowContext& ctx, qint64 jobId) : m_ctx(ctx), m_jobId(jobId) {}

Result<QList<PreparedRow>> BulkIssueRunner::prepare(BulkRowCommit& committer, BulkRunSummary& summary)
{
    auto pending = BulkJobStore(m_ctx.db()).rows(m_jobId, BulkRowState::Pending);
    if (!pending)
        return pending.error();
    Settings settings(m_ctx.db());
    const ClientCertificateRequest request = clientRequestTemplate(settings);
    UserStore users(m_ctx.db());
    PasswordSealer::Opener opener(m_ctx);
    auto sealer = m_ctx.passwordSealer();
    if (!sealer)
        return sealer.error();
    QList<PreparedRow> out;
    out.reserve(pending->size());
    for (const BulkJobRow& row : pending.value()) {
        PreparedRow p;
        p.row = row;
        p.input.request = request;
        p.input.request.loginId = row.loginId;
        p.input.device = row.device;
        p.input.policy = DeviceTypes::policy(settings, row.device);
        p.input.autoPassword = row.passwordAuto;
        p.input.sealer = sealer->get();
        QString problem;
        auto user = users.findByLogin(row.loginId);
        if (!user)
            return user.error();
        std::optional<IdentityRecord> identity;
        if (user.value()) {
            p.input.request.email = user.value()->email;
            auto id = users.identity(user.value()->id);
            if (!id)
                return id.error();
            identity = id.value();
        } else if (!row.newUserJson.isEmpty()) {
            p.newUser = BulkIssueJob::userFromJson(row.newUserJson);
            p.input.request.email = p.newUser->email;
        } else {
            problem = tr("The user \"%1\" was deleted after the file was accepted.").arg(row.loginId);
        }
        if (identity) {
            p.input.request.familyNameEn = identity->familyEn;
            p.input.request.givenNameEn = identity->givenEn;
        } else if (!row.newIdentityJson.isEmpty()) {
            p.newIdentity = BulkIssueJob::identityFromJson(row.newIdentityJson);
            p.input.request.familyNameEn = p.newIdentity->familyEn;
            p.input.request.givenNameEn = p.newIdentity->givenEn;
        } else if (problem.isEmpty()) {
            problem = tr("The certificate information of \"%1\" was deleted after the file was accepted.")
                          .arg(row.loginId);
        }
        if (!row.passwordAuto && problem.isEmpty()) {
            auto pw = opener.open(row.passwordSealed,
                                  PasswordSealer::bulkRowBinding(row.line, row.loginId, row.device),
                                  PasswordSealer::bulkRow(m_jobId, row.line));
            if (!pw)
                problem = pw.error().message;
            else
                p.input.password = pw.value();
        }
        if (!problem.isEmpty()) {
            if (auto s = recordFailure(committer, row, problem, summary); !s)
                return s.error();
            continue;
        }
        out << p;
    }
    return out;
}

Status BulkIssueRunner::recordFailure(BulkRowCommit& committer, const BulkJobRow& row, const QString& message,
                                      BulkRunSummary& summary)
{
    QElapsedTimer busy;
    busy.start();
    const Status recorded = committer.fail(row, message);
    summary.databaseMs += busy.elapsed();
    if (auto s = recorded; !s)
        return s;
    BulkJobRow failed = row;
    failed.error = message;
    summary.failures << failed;
    ++summary.failed;
    return {};
}

Result<BulkRunSummary> BulkIssueRunner::run()
{
    if (auto s = m_ctx.require(Permission::ManageUsers, QStringLiteral("bulk issue run job=%1").arg(m_jobId));
        !s)
        return s.error();
    BulkRunSummary summary;
    summary.jobId = m_jobId;
    auto job = BulkJobStore(m_ctx.db()).job(m_jobId);
    if (!job)
        return job.error();
    if (!job.value())
        return makeError(ErrorCode::NotFound, tr("There is no bulk job %1.").arg(m_jobId));
    auto ca = m_ctx.unlockedCa();
    if (!ca)
        return ca.error();
    BulkRowCommit committer(m_ctx);
    auto rows = prepare(committer, summary);
    if (!rows)
        return rows.error();
    BulkProgress progress;
    progress.total = int(rows->size()) + summary.failed;
    progress.failed = summary.failed;
    const auto report = [&] {
        progress.issued = summary.issued;
        progress.failed = summary.failed;
        if (m_progress)
            m_progress(progress);
    };
    const int groupRows = m_groupRows > 0 ? m_groupRows : m_ctx.db().isPostgres() ? 1 : 64;
    // Rows written since the group was opened: issued once the group is committed.
    int inGroup = 0;
    QElapsedTimer groupAge;
    QElapsedTimer busy;
    const auto commitGroup = [&]() -> Status {
        if (!committer.groupOpen())
            return {};
        busy.start();
        Status s = committer.commitGroup();
        summary.databaseMs += busy.elapsed();
        if (!s)
            return s;
        summary.issued += inGroup;
        inGroup = 0;
        report();
        return {};
    };
    Status stopped;
    {
        const int threads = qBound(1, m_threads > 0 ? m_threads : QThread::idealThreadCount(), 64);
        CryptoPool pool(*ca.value(), rows.value(), m_ctx.clock(), m_cancel, threads);
        for (;;) {
            // An open group waits no longer than its time limit for the next row.
            const int index =
                pool.next(committer.groupOpen() ? qMax<qint64>(0, m_groupMs - groupAge.elapsed()) : -1);
            if (index == CryptoPool::kTimedOut) {
                if (auto s = commitGroup(); !s) {
                    stopped = s;
                    m_cancel = true;
                }
                continue;
            }
            if (index < 0)
                break;
            const PreparedRow& p = rows->at(index);
            const Result<IssueCryptoOutput> output = pool.take(index);
            if (!stopped.ok())
                continue; // drain: the workers stop at the next row
            Status done;
            bool rowFailed = false;
            if (!output) {
                done = commitGroup();
                rowFailed = done.ok();
                if (done.ok())
                    done = recordFailure(committer, p.row, output.error().message, summary);
            } else {
                const bool opens = !committer.groupOpen();
                busy.start();
                auto id = committer.write(p, output.value());
                summary.databaseMs += busy.elapsed();
                if (opens && committer.groupOpen())
                    groupAge.start();
                if (!id) {
                    // A database failure stops the run (the group is rolled back, its rows stay pending);
                    // anything else fails the row alone, after the rows before it are committed.
                    if (id.error().code == ErrorCode::Database) {
                        done = id.error();
                    } else {
                        done = commitGroup();
                        rowFailed = done.ok();
                        if (done.ok())
                            done = recordFailure(committer, p.row, id.error().message, summary);
                    }
                } else if (id.value()) {
                    ++inGroup;
                }
            }
            if (done.ok() && committer.groupOpen() &&
                (inGroup >= groupRows || groupAge.elapsed() >= m_groupMs || m_cancel))
                done = commitGroup();
            if (!done.ok()) {
                committer.rollbackGroup();
                inGroup = 0;
                stopped = done;
                m_cancel = true;
                continue;
            }
            if (rowFailed)
                report();
        }
        if (stopped.ok()) {
            if (auto s = commitGroup(); !s)
                stopped = s;
        }
        committer.rollbackGroup(); // nothing open unless stopped
    }
    if (!stopped.ok())
        return stopped.error();
    if (auto s = BulkJobStore(m_ctx.db()).finishIfComplete(m_jobId, m_ctx.now()); !s)
        return s.error();
    auto after = BulkJobStore(m_ctx.db()).job(m_jobId);
    if (!after)
        return after.error();
    summary.remaining = after.value() ? after.value()->pending() : 0;
    summary.cancelled = m_cancel && summary.remaining > 0;
    return summary;
}

} // namespace certdesk
