// bulk-template, bulk-issue, bulk-jobs
#include "CliJson.h"
#include "CliProblems.h"
#include "Commands.h"
#include "bulk/BulkIssueForm.h"
#include "bulk/BulkIssueJob.h"
#include "bulk/BulkIssueRunner.h"
#include "csv/CsvFile.h"
#include "policy/DeviceTypes.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>

namespace certdesk::cli {
namespace {

class BulkCommands
{
    Q_DECLARE_TR_FUNCTIONS(BulkCommands)
};

QJsonObject jobJson(const BulkJobRecord& j)
{
    return QJsonObject{{QStringLiteral("id"), j.id},
                       {QStringLiteral("file"), j.fileName},
                       {QStringLiteral("created_at"), isoTime(j.createdAt)},
                       {QStringLiteral("created_by"), j.createdBy},
                       {QStringLiteral("state"), j.state},
                       {QStringLiteral("total"), j.total},
                       {QStringLiteral("issued"), j.done},
                       {QStringLiteral("failed"), j.failed},
                       {QStringLiteral("pending"), j.pending()}};
}

QString etaText(qint64 elapsedMs, int finished, int total)
{
    if (finished == 0)
        return QString();
    const qint64 leftMs = elapsedMs * (total - finished) / finished;
    return BulkCommands::tr(", about %1 s left").arg((leftMs + 999) / 1000);
}

int runJob(CliEnv& env, qint64 jobId, const QString& fileName, int threads)
{
    BulkIssueRunner runner(env.context(), jobId);
    runner.setThreadCount(threads);
    QElapsedTimer timer;
    timer.start();
    qint64 lastNote = -1000;
    runner.setProgressCallback([&](const BulkProgress& p) {
        const qint64 now = timer.elapsed();
        if (now - lastNote < 500 && p.finished() < p.total)
            return;
        lastNote = now;
        env.note(BulkCommands::tr("Issued %1 of %2 (%3 failed)%4")
                     .arg(p.issued)
                     .arg(p.total)
                     .arg(p.failed)
                     .arg(etaText(now, p.finished(), p.total)));
    });
    auto summary = runner.run();
    if (!summary)
        return env.fail(summary.error());
    QJsonArray failures;
    for (const BulkJobRow& r : summary->failures) {
        failures.append(QJsonObject{{QStringLiteral("line"), r.line},
                                    {QStringLiteral("login_id"), r.loginId},
                                    {QStringLiteral("device"), r.device},
                                    {QStringLiteral("error"), r.error}});
        env.note(BulkCommands::tr("Line %1 (%2): %3").arg(r.line).arg(r.loginId, r.error));
    }
    env.printJson(QJsonObject{{QStringLiteral("ok"), summary->failed == 0 && summary->remaining == 0},
                              {QStringLiteral("job"), jobId},
                              {QStringLiteral("file"), fileName},
                              {QStringLiteral("issued"), summary->issued},
                              {QStringLiteral("failed"), summary->failed},
                              {QStringLiteral("remaining"), summary->remaining},
                              {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0},
                              {QStringLiteral("failures"), failures}});
    env.print(BulkCommands::tr("Bulk job %1: issued %2, failed %3, remaining %4.")
                  .arg(jobId)
                  .arg(summary->issued)
                  .arg(summary->failed)
                  .arg(summary->remaining));
    if (summary->remaining > 0)
        env.print(BulkCommands::tr("Finish it with: certdesk-cli bulk-issue --resume %1").arg(jobId));
    return summary->failed > 0 || summary->remaining > 0 ? ExitFailure : ExitOk;
}

} // namespace

int runBulkTemplate(CliEnv& env, const CliArgs& args)
{
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return env.usage(BulkCommands::tr("bulk-template needs --out FILE."));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (auto s = BulkIssueForm::writeTemplate(env.context().db(), buffer); !s)
        return env.fail(s.error());
    if (auto s = env.writeFile(out, buffer.data()); !s)
        return env.fail(s.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("file"), out}});
    env.print(BulkCommands::tr("Wrote the bulk issuance form to %1.").arg(out));
    return ExitOk;
}

int runBulkIssue(CliEnv& env, const CliArgs& args)
{
    bool ok = true;
    const int threads = args.value(QStringLiteral("threads"), QStringLiteral("0")).toInt(&ok);
    if (!ok || threads < 0)
        return env.usage(BulkCommands::tr("--threads must be a number (0 = every core)."));
    if (args.has(QStringLiteral("resume"))) {
        const qint64 job = args.value(QStringLiteral("resume")).toLongLong(&ok);
        if (!ok || job <= 0 || !args.positional().isEmpty())
            return env.usage(
                BulkCommands::tr("Use bulk-issue --resume JOB (the job number) without a file."));
        auto record = BulkJobStore(env.context().db()).job(job);
        if (!record)
            return env.fail(record.error());
        if (!record.value())
            return env.fail(
                makeError(ErrorCode::NotFound, BulkCommands::tr("There is no bulk job %1.").arg(job)));
        env.note(BulkCommands::tr("Resuming bulk job %1 (%2): %3 rows pending.")
                     .arg(job)
                     .arg(record.value()->fileName)
                     .arg(record.value()->pending()));
        return runJob(env, job, record.value()->fileName, threads);
    }
    QString error;
    if (!args.expectPositional(1, QStringLiteral("bulk-issue FILE.csv"), &error))
        return env.usage(error);
    const QString path = args.positional(0);
    auto bytes = CsvFile::read(path); // at most CsvFile::kMaxBytes, like the desktop
    if (!bytes)
        return env.fail(bytes.error());
    const QString fileName = QFileInfo(path).fileName();
    auto plan = BulkIssueValidator::validate(env.context(), bytes.value(), fileName,
                                             args.flag(QStringLiteral("create-missing-users")));
    if (!plan)
        return env.fail(plan.error());
    if (!plan->problems.isEmpty()) {
        printProblems(env, plan->problems);
        if (!args.flag(QStringLiteral("dry-run"))) {
            if (auto s = BulkIssueJob::recordRejected(env.context(), plan.value()); !s)
                return env.fail(s.error());
        }
        env.printJson(QJsonObject{{QStringLiteral("ok"), false},
                                  {QStringLiteral("problems"), problemsJson(plan->problems)}});
        env.note(BulkCommands::tr("%n problem(s) found; nothing was issued.", nullptr,
                                  int(plan->problems.size())));
        return ExitInvalid;
    }
    const QString summary = BulkCommands::tr("%1 (%2): certificates to issue: %3, new users: %4, certificate "
                                             "information to register: %5, rows skipped: %6.")
                                .arg(fileName, plan->encoding)
                                .arg(plan->items.size())
                                .arg(plan->newUserCount())
                                .arg(plan->newIdentityCount())
                                .arg(plan->skippedRows);
    if (args.flag(QStringLiteral("dry-run"))) {
        env.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                  {QStringLiteral("dry_run"), true},
                                  {QStringLiteral("certificates"), plan->items.size()},
                                  {QStringLiteral("new_users"), plan->newUserCount()},
                                  {QStringLiteral("new_identities"), plan->newIdentityCount()},
                                  {QStringLiteral("skipped"), plan->skippedRows}});
        env.print(summary);
        env.print(BulkCommands::tr("Dry run: nothing was issued."));
        return ExitOk;
    }
    env.note(summary);
    auto job = BulkIssueJob::accept(env.context(), plan.value());
    if (!job)
        return env.fail(job.error());
    env.note(BulkCommands::tr("Accepted as bulk job %1.").arg(job.value()));
    return runJob(env, job.value(), fileName, threads);
}

int runBulkJobs(CliEnv& env, const CliArgs& args)
{
    BulkJobStore store(env.context().db());
    if (args.positional().isEmpty()) {
        auto jobs = store.jobs();
        if (!jobs)
            return env.fail(jobs.error());
        QJsonArray list;
        for (const BulkJobRecord& j : jobs.value()) {
            list.append(jobJson(j));
            env.print(BulkCommands::tr("%1  %2  %3  %4: issued %5, failed %6, pending %7")
                          .arg(j.id)
                          .arg(localTime(j.createdAt), j.createdBy, j.fileName)
                          .arg(j.done)
                          .arg(j.failed)
                          .arg(j.pending()));
        }
        env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("jobs"), list}});
        return ExitOk;
    }
    bool ok = false;
    const qint64 id = args.positional(0).toLongLong(&ok);
    if (!ok)
        return env.usage(BulkCommands::tr("bulk-jobs JOB takes the job number."));
    auto job = store.job(id);
    if (!job)
        return env.fail(job.error());
    if (!job.value())
        return env.fail(makeError(ErrorCode::NotFound, BulkCommands::tr("There is no bulk job %1.").arg(id)));
    auto rows = store.rows(id);
    if (!rows)
        return env.fail(rows.error());
    QJsonArray list;
    for (const BulkJobRow& r : rows.value()) {
        list.append(QJsonObject{{QStringLiteral("line"), r.line},
                                {QStringLiteral("login_id"), r.loginId},
                                {QStringLiteral("device"), r.device},
                                {QStringLiteral("state"), r.state},
                                {QStringLiteral("error"), r.error}});
        if (r.state != BulkRowState::Done)
            env.print(BulkCommands::tr("line %1  %2  %3  %4 %5")
                          .arg(r.line)
                          .arg(r.loginId, DeviceTypes::displayName(r.device),
                               r.state == BulkRowState::Pending ? BulkCommands::tr("pending")
                                                                : BulkCommands::tr("failed:"),
                               r.error));
    }
    QJsonObject obj = jobJson(job.value().value());
    obj.insert(QStringLiteral("rows"), list);
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("job"), obj}});
    env.print(BulkCommands::tr("Bulk job %1 (%2): issued %3, failed %4, pending %5.")
                  .arg(id)
                  .arg(job.value()->fileName)
                  .arg(job.value()->done)
                  .arg(job.value()->failed)
                  .arg(job.value()->pending()));
    return ExitOk;
}

} // namespace certdesk::cli
