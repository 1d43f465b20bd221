// bulk-revoke, export-zip
#include "CliCrl.h"
#include "CliJson.h"
#include "CliProblems.h"
#include "Commands.h"
#include "bulk/BulkRevoke.h"
#include "bulk/ZipExport.h"
#include "csv/CsvFile.h"
#include "policy/DeviceTypes.h"

#include <QFileInfo>

namespace certdesk::cli {
namespace {

class BulkRevokeCommands
{
    Q_DECLARE_TR_FUNCTIONS(BulkRevokeCommands)
};

} // namespace

int runBulkRevoke(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("bulk-revoke FILE.csv --reason R"), &error))
        return env.usage(error);
    const auto reason = revocationReasonFromId(args.value(QStringLiteral("reason")));
    if (!reason)
        return env.usage(BulkRevokeCommands::tr(
            "--reason must be lost, unspecified, affiliation-changed, superseded or cessation."));
    const QString path = args.positional(0);
    auto bytes = CsvFile::read(path); // at most CsvFile::kMaxBytes, like the desktop
    if (!bytes)
        return env.fail(bytes.error());
    auto plan = BulkRevoke::validate(env.context(), bytes.value(), QFileInfo(path).fileName());
    if (!plan)
        return env.fail(plan.error());
    if (!plan->problems.isEmpty()) {
        printProblems(env, plan->problems);
        env.printJson(QJsonObject{{QStringLiteral("ok"), false},
                                  {QStringLiteral("problems"), problemsJson(plan->problems)}});
        env.note(BulkRevokeCommands::tr("%n problem(s) found; nothing was revoked.", nullptr,
                                        int(plan->problems.size())));
        return ExitInvalid;
    }
    QJsonArray targets;
    for (const BulkRevokeTarget& t : plan->targets)
        targets.append(toJson(t.certificate));
    const QString question =
        BulkRevokeCommands::tr("Revoke %n certificate(s) of %1 user(s)?", nullptr, int(plan->targets.size()))
            .arg(plan->userCount());
    if (args.flag(QStringLiteral("dry-run")) || !args.flag(QStringLiteral("yes"))) {
        for (const BulkRevokeTarget& t : plan->targets)
            env.print(BulkRevokeCommands::tr("line %1: %2 slot %3 %4 serial %5")
                          .arg(t.line)
                          .arg(t.certificate.loginId)
                          .arg(t.certificate.slot)
                          .arg(DeviceTypes::displayName(t.certificate.device), t.certificate.serialHex));
        if (args.flag(QStringLiteral("dry-run"))) {
            env.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                      {QStringLiteral("dry_run"), true},
                                      {QStringLiteral("users"), plan->userCount()},
                                      {QStringLiteral("certificates"), targets}});
            env.print(question + QLatin1Char(' ') + BulkRevokeCommands::tr("Dry run: nothing was revoked."));
            return ExitOk;
        }
        return env.usage(
            question + QLatin1Char(' ') +
            BulkRevokeCommands::tr("Those devices can no longer use the service. Add --yes to confirm."));
    }
    auto revoked =
        BulkRevoke::apply(env.context(), plan.value(), *reason, args.value(QStringLiteral("remarks")));
    if (!revoked)
        return env.fail(revoked.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("revoked"), revoked->revoked},
                              {QStringLiteral("users"), plan->userCount()},
                              {QStringLiteral("certificates"), targets},
                              {QStringLiteral("crl"), crlPublicationJson(revoked->crl)}});
    env.print(
        BulkRevokeCommands::tr("Revoked %n certificate(s) of %1 user(s): %2.", nullptr, revoked->revoked)
            .arg(plan->userCount())
            .arg(revocationReasonDisplayName(*reason)));
    printCrlPublication(env, revoked->crl);
    return ExitOk;
}

int runExportZip(CliEnv& env, const CliArgs& args)
{
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty() || !args.positional().isEmpty())
        return env.usage(BulkRevokeCommands::tr("export-zip needs --out FILE.zip."));
    auto summary = ZipExport::write(env.context(), out);
    if (!summary)
        return env.fail(summary.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("file"), out},
                              {QStringLiteral("certificates"), summary->certificates},
                              {QStringLiteral("passwords"), summary->passwords}});
    env.print(
        BulkRevokeCommands::tr(
            "Wrote %1: %2 PKCS#12 files, cacert.pem, cacert.crt and %3 with %4 passwords. "
            "It contains private keys and their passwords: hand it over safely and delete it afterwards.")
            .arg(out)
            .arg(summary->certificates)
            .arg(ZipExport::passwordListName())
            .arg(summary->passwords));
    return ExitOk;
}

} // namespace certdesk::cli
