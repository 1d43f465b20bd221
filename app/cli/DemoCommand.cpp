// demo: fills the database with demo users, certificates and history (DemoData).
#include "Commands.h"
#include "workflows/DemoData.h"

#include <QJsonArray>
#include <QLocale>

namespace certdesk::cli {
namespace {

class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

// A non-negative number from the option's value, or nullopt (also for an absent option: `fallback`).
std::optional<double> number(const CliArgs& args, const QString& option, double fallback)
{
    if (!args.has(option))
        return fallback;
    bool ok = false;
    const double v = args.value(option).toDouble(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}

} // namespace

int runDemo(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(0, QStringLiteral("demo --users N"), &error))
        return env.usage(error);
    if (!args.has(QStringLiteral("users")))
        return env.usage(DemoCommand::tr("demo needs --users N."));
    DemoOptions options;
    bool ok = false;
    options.users = args.value(QStringLiteral("users")).toInt(&ok);
    if (!ok)
        return env.usage(DemoCommand::tr("--users must be a whole number."));
    const auto certs = number(args, QStringLiteral("certs-per-user"), options.certificatesPerUser);
    const auto history = number(args, QStringLiteral("history-per-user"), options.historyPerUser);
    if (!certs || !history)
        return env.usage(
            DemoCommand::tr("--certs-per-user and --history-per-user must be numbers of 0 or more."));
    options.certificatesPerUser = *certs;
    options.historyPerUser = *history;
    if (args.has(QStringLiteral("seed"))) {
        options.seed = args.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return env.usage(DemoCommand::tr("--seed must be a whole number from 0 to 4294967295."));
    }
    if (const QString invalid = DemoData::optionsError(options); !invalid.isEmpty())
        return env.fail(makeError(ErrorCode::Invalid, invalid));

    int shown = -1;
    const auto progress = [&env, &shown](int percent, const QString& stage) {
        if (shown < 0 || percent == 100 || percent >= shown + 5) { // every 5 %
            shown = percent;
            env.note(DemoCommand::tr("%1 %: %2").arg(percent).arg(stage));
        }
        return true;
    };
    auto r = DemoData::generate(env.context(), options, progress);
    if (!r)
        return env.fail(r.error());
    const DemoSummary& s = r.value();
    QJsonObject statuses{{QStringLiteral("issuing"), s.issuing},
                         {QStringLiteral("awaiting"), s.awaiting},
                         {QStringLiteral("in-use"), s.inUse},
                         {QStringLiteral("revoked"), s.revoked}};
    QJsonObject obj{{QStringLiteral("ok"), true},
                    {QStringLiteral("users"), s.users},
                    {QStringLiteral("identities"), s.identities},
                    {QStringLiteral("cert_auth_on"), s.certAuthOn},
                    {QStringLiteral("certificates"), s.certificates},
                    {QStringLiteral("statuses"), statuses},
                    {QStringLiteral("download_deadline_passed"), s.deadlinePassed},
                    {QStringLiteral("expired"), s.expired},
                    {QStringLiteral("pkcs12"), s.pkcs12},
                    {QStringLiteral("history_rows"), s.historyRows},
                    {QStringLiteral("seed"), static_cast<qint64>(options.seed)},
                    {QStringLiteral("seconds"), s.elapsedMs / 1000.0}};
    if (!s.pkcs12Password.isEmpty())
        obj.insert(QStringLiteral("pkcs12_password"), QString::fromLatin1(s.pkcs12Password));
    QJsonArray operators;
    for (const DemoOperatorLogin& op : s.operators) {
        QJsonObject o{{QStringLiteral("login"), op.login},
                      {QStringLiteral("role"), Roles::id(op.role)},
                      {QStringLiteral("created"), op.created}};
        if (op.created)
            o.insert(QStringLiteral("password"), op.password);
        operators.append(o);
    }
    obj.insert(QStringLiteral("operators"), operators);
    env.printJson(obj);

    const QLocale locale;
    env.print(
        DemoCommand::tr(
            "Created %1 demo users (%2 with certificate information, %3 using certificate authentication) "
            "in %4 s.")
            .arg(locale.toString(s.users), locale.toString(s.identities), locale.toString(s.certAuthOn),
                 locale.toString(s.elapsedMs / 1000.0, 'f', 1)));
    env.print(DemoCommand::tr("Certificates: %1 (issuing %2, awaiting download %3, in use %4, revoked %5); "
                              "download deadline passed %6, expired %7.")
                  .arg(locale.toString(s.certificates), locale.toString(s.issuing),
                       locale.toString(s.awaiting), locale.toString(s.inUse), locale.toString(s.revoked),
                       locale.toString(s.deadlinePassed), locale.toString(s.expired)));
    env.print(DemoCommand::tr("History rows: %1.").arg(locale.toString(s.historyRows)));
    if (!s.pkcs12Password.isEmpty())
        env.print(DemoCommand::tr(
                      "%1 certificates awaiting download have a PKCS#12 file to deliver; their key password "
                      "(shown only now): %2")
                      .arg(s.pkcs12)
                      .arg(QString::fromLatin1(s.pkcs12Password)));
    for (const DemoOperatorLogin& op : s.operators) {
        if (op.created)
            env.print(DemoCommand::tr("Demo operator %1 (%2), password (shown only now): %3")
                          .arg(op.login, Roles::displayName(op.role), op.password));
        else
            env.print(
                DemoCommand::tr("Demo operator %1 (%2) existed already; its password was left as it was.")
                    .arg(op.login, Roles::displayName(op.role)));
    }
    return ExitOk;
}

} // namespace certdesk::cli
