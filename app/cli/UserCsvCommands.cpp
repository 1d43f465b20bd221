// user import FILE.csv [--dry-run], user export --out FILE.csv
#include "CliProblems.h"
#include "Commands.h"
#include "bulk/UserCsv.h"
#include "csv/CsvFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace certdesk::cli {
namespace {

class UserCsvCommands
{
    Q_DECLARE_TR_FUNCTIONS(UserCsvCommands)
};

} // namespace

int runUserImport(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("user import FILE.csv [--dry-run]"), &error))
        return env.usage(error);
    const QString path = args.positional(0);
    const bool dryRun = args.flag(QStringLiteral("dry-run"));
    auto bytes = CsvFile::read(path); // at most CsvFile::kMaxBytes, like the desktop
    if (!bytes)
        return env.fail(bytes.error());
    auto plan = UserCsv::parse(bytes.value());
    if (!plan)
        return env.fail(plan.error());

    if (!plan->isValid()) {
        // Every problem, one per line on stderr (LINE: COLUMN: "VALUE": message), nothing written.
        printProblems(env, plan->problems);
        env.printJson(QJsonObject{{QStringLiteral("ok"), false},
                                  {QStringLiteral("problems"), problemsJson(plan->problems)}});
        env.note(UserCsvCommands::tr("%n problem(s) found; nothing was imported.", nullptr,
                                     int(plan->problems.size())));
        return ExitInvalid;
    }

    auto summary = UserCsv::apply(env.context(), plan.value(), QFileInfo(path).fileName(), dryRun);
    if (!summary)
        return env.fail(summary.error());
    env.printJson(
        QJsonObject{{QStringLiteral("ok"), true},
                    {QStringLiteral("dry_run"), dryRun},
                    {QStringLiteral("encoding"), plan->encoding},
                    {QStringLiteral("added"), summary->added},
                    {QStringLiteral("updated"), summary->updated},
                    {QStringLiteral("unchanged"), summary->unchanged},
                    {QStringLiteral("added_logins"), QJsonArray::fromStringList(summary->addedLogins)},
                    {QStringLiteral("updated_logins"), QJsonArray::fromStringList(summary->updatedLogins)}});
    if (dryRun) {
        env.print(UserCsvCommands::tr(
                      "%1 is valid. Importing it would add %2 user(s), update %3 and leave %4 unchanged. "
                      "Nothing was written (--dry-run).")
                      .arg(path)
                      .arg(summary->added)
                      .arg(summary->updated)
                      .arg(summary->unchanged));
    } else {
        env.print(UserCsvCommands::tr("Imported %1: %2 user(s) added, %3 updated, %4 unchanged.")
                      .arg(path)
                      .arg(summary->added)
                      .arg(summary->updated)
                      .arg(summary->unchanged));
    }
    return ExitOk;
}

int runUserExport(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(0, QStringLiteral("user export --out FILE.csv"), &error))
        return env.usage(error);
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return env.usage(UserCsvCommands::tr("user export needs --out FILE.csv."));
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return env.fail(makeError(ErrorCode::Io,
                                  UserCsvCommands::tr("Cannot write %1: %2").arg(out, file.errorString())));
    WorkflowContext& ctx = env.context();
    auto rows = UserCsv::exportCsv(ctx, file);
    if (!rows)
        return env.fail(rows.error());
    if (!file.commit())
        return env.fail(makeError(ErrorCode::Io,
                                  UserCsvCommands::tr("Cannot write %1: %2").arg(out, file.errorString())));
    if (auto s = UserCsv::recordExport(ctx, rows.value(), QFileInfo(out).fileName()); !s)
        return env.fail(s.error());
    env.printJson(QJsonObject{
        {QStringLiteral("ok"), true}, {QStringLiteral("file"), out}, {QStringLiteral("rows"), rows.value()}});
    env.print(UserCsvCommands::tr("Exported %n user(s) to %1.", nullptr, int(rows.value())).arg(out));
    return ExitOk;
}

} // namespace certdesk::cli
