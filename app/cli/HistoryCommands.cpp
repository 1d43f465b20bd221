// history ..., settings ...
#include "CliJson.h"
#include "Commands.h"
#include "policy/DeviceTypes.h"
#include "store/HistoryAudit.h"
#include "store/Settings.h"
#include "workflows/HistoryWorkflows.h"
#include "workflows/SettingsWorkflows.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace certdesk::cli {
namespace {

class HistoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommands)
};

constexpr qint64 kMaxAnchorFileBytes = 64LL << 20;

} // namespace

int runHistoryList(CliEnv& env, const CliArgs& args)
{
    HistoryFilter f;
    if (args.has(QStringLiteral("date"))) {
        const QDate day = QDate::fromString(args.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid())
            return env.usage(HistoryCommands::tr("--date must be YYYY-MM-DD."));
        f.fromUtc = QDateTime(day, QTime(0, 0)).toUTC();
        f.toUtc = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
    }
    f.operation = args.value(QStringLiteral("operation"));
    f.operatorName = args.value(QStringLiteral("operator"));
    f.text = args.value(QStringLiteral("search"));
    f.limit = args.value(QStringLiteral("limit"), QStringLiteral("1000")).toInt();
    auto rows = HistoryLog::list(env.context().db(), f);
    if (!rows)
        return env.fail(rows.error());
    QJsonArray arr;
    for (const HistoryEntry& e : rows.value()) {
        arr.append(toJson(e));
        env.print(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                      .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm:ss")),
                           Op::displayName(e.operation), e.operatorName, e.targetLogin,
                           e.device.isEmpty() ? QString() : DeviceTypes::displayName(e.device), e.notifyEmail,
                           e.details));
    }
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("history"), arr}});
    return ExitOk;
}

int runHistoryExport(CliEnv& env, const CliArgs& args)
{
    bool ok = false;
    const int year = args.value(QStringLiteral("year")).toInt(&ok);
    const QString out = args.value(QStringLiteral("out"));
    if (!ok || out.isEmpty())
        return env.usage(HistoryCommands::tr("history export needs --year YYYY and --out FILE."));
    const int thisYear = env.context().now().toLocalTime().date().year();
    if (year < thisYear - 4 || year > thisYear)
        return env.fail(makeError(ErrorCode::Invalid,
                                  HistoryCommands::tr("Only the last 5 years (%1–%2) can be exported.")
                                      .arg(thisYear - 4)
                                      .arg(thisYear)));
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return env.fail(makeError(ErrorCode::Io,
                                  HistoryCommands::tr("Cannot write %1: %2").arg(out, file.errorString())));
    WorkflowContext& ctx = env.context();
    auto rows = HistoryWorkflows(ctx).exportYear(year, file);
    if (!rows)
        return env.fail(rows.error());
    if (!file.commit())
        return env.fail(makeError(ErrorCode::Io,
                                  HistoryCommands::tr("Cannot write %1: %2").arg(out, file.errorString())));
    const QString details = QStringLiteral("history year=%1 rows=%2").arg(year).arg(rows.value());
    if (auto s = HistoryWorkflows(ctx).recordExport(details); !s)
        return env.fail(s.error());
    env.printJson(QJsonObject{
        {QStringLiteral("ok"), true}, {QStringLiteral("file"), out}, {QStringLiteral("rows"), rows.value()}});
    env.print(
        HistoryCommands::tr("Exported %1 history row(s) of %2 to %3.").arg(rows.value()).arg(year).arg(out));
    return ExitOk;
}

int runHistoryVerify(CliEnv& env, const CliArgs& args)
{
    QList<HistoryCheckpoint> anchors;
    const QString anchorPath = args.value(QStringLiteral("anchor"));
    if (args.has(QStringLiteral("anchor"))) {
        QFile file(anchorPath);
        if (anchorPath.isEmpty() || !file.open(QIODevice::ReadOnly))
            return env.fail(makeError(ErrorCode::Io, HistoryCommands::tr("Cannot read the anchor file %1: %2")
                                                         .arg(anchorPath, file.errorString())));
        if (file.size() > kMaxAnchorFileBytes)
            return env.fail(
                makeError(ErrorCode::Invalid, HistoryCommands::tr("The anchor file %1 is larger than %2 MB.")
                                                  .arg(anchorPath)
                                                  .arg(kMaxAnchorFileBytes >> 20)));
        auto parsed = HistoryCheckpointStore::parseAnchorFile(file.readAll());
        if (!parsed)
            return env.fail(parsed.error());
        anchors = parsed.value();
    }
    auto v = HistoryWorkflows(env.context()).verify(anchors);
    if (!v)
        return env.fail(v.error());
    env.printJson(
        QJsonObject{{QStringLiteral("ok"), v->intact},
                    {QStringLiteral("rows"), v->rows},
                    {QStringLiteral("chain_intact"), v->chainIntact},
                    {QStringLiteral("first_bad_id"), v->firstBadId},
                    {QStringLiteral("checkpoints"), v->checkpoints},
                    {QStringLiteral("first_bad_checkpoint_id"), v->firstBadCheckpointId},
                    {QStringLiteral("anchor_lines"), v->anchorLines},
                    {QStringLiteral("first_bad_anchor_line"), v->firstBadAnchorLine},
                    {QStringLiteral("newest_checkpoint_at"),
                     v->newestSignedAt.isValid() ? v->newestSignedAt.toString(Qt::ISODateWithMs) : QString()},
                    {QStringLiteral("newest_checkpoint_rows"), v->newestSignedRows},
                    {QStringLiteral("newest_checkpoint_ca"), v->newestSignedBy},
                    {QStringLiteral("rows_after_newest_checkpoint"), v->rowsAfterNewestSigned()},
                    {QStringLiteral("problem"), v->problem}});
    for (const QString& line : HistoryAudit::summary(v.value()))
        env.print(line);
    if (v->intact) {
        env.print(HistoryCommands::tr("The history is intact."));
        return ExitOk;
    }
    env.note(HistoryCommands::tr("certdesk-cli: the history was tampered with: %1").arg(v->problem));
    return ExitFailure;
}

int runHistoryAnchor(CliEnv& env, const CliArgs& args)
{
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return env.usage(HistoryCommands::tr("history anchor needs --out FILE."));
    // Only ever appended to: earlier lines stay as they were.
    QFile file(out);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return env.fail(makeError(ErrorCode::Io,
                                  HistoryCommands::tr("Cannot write %1: %2").arg(out, file.errorString())));
    bool needsLineBreak = false;
    if (file.size() > 0) {
        if (!file.seek(file.size() - 1))
            return env.fail(makeError(
                ErrorCode::Io, HistoryCommands::tr("Cannot write %1: %2").arg(out, file.errorString())));
        needsLineBreak = file.read(1) != "\n";
    }
    auto c = HistoryWorkflows(env.context()).anchor();
    if (!c)
        return env.fail(c.error());
    const QByteArray line = (needsLineBreak ? QByteArray("\n") : QByteArray()) +
                            HistoryCheckpointStore::anchorLine(c.value()) + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return env.fail(makeError(ErrorCode::Io,
                                  HistoryCommands::tr("Cannot write %1: %2").arg(out, file.errorString())));
    file.close();
    env.printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("file"), out},
                              {QStringLiteral("at"), c->atText()},
                              {QStringLiteral("rows"), c->rowCount},
                              {QStringLiteral("head"), QString::fromLatin1(c->headHash)},
                              {QStringLiteral("ca"), c->caFingerprint}});
    env.print(
        HistoryCommands::tr("Appended a signed anchor of %1 history row(s) to %2. Keep a copy on another "
                            "system; check it with history verify --anchor.")
            .arg(c->rowCount)
            .arg(out));
    return ExitOk;
}

int runSettingsGet(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("settings get KEY"), &error))
        return env.usage(error);
    const QString value = Settings(env.context().db()).value(args.positional(0));
    env.printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("key"), args.positional(0)},
                              {QStringLiteral("value"), value}});
    env.print(value);
    return ExitOk;
}

int runSettingsSet(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(2, QStringLiteral("settings set KEY VALUE"), &error))
        return env.usage(error);
    if (auto s = SettingsWorkflows(env.context()).set(args.positional(0), args.positional(1)); !s)
        return env.fail(s.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}});
    env.print(HistoryCommands::tr("%1 = %2").arg(args.positional(0), args.positional(1)));
    return ExitOk;
}

int runSettingsList(CliEnv& env, const CliArgs&)
{
    Settings settings(env.context().db());
    QStringList keys = Settings::knownKeys();
    for (const QString& d : DeviceTypes::ids())
        keys << SettingKey::device(d, "profile") << SettingKey::device(d, "key_type")
             << SettingKey::device(d, "attach");
    QJsonObject obj;
    for (const QString& k : keys) {
        QString v = settings.value(k);
        if (v.isEmpty() && k.startsWith(QLatin1String("device."))) {
            const DevicePolicy p = DeviceTypes::defaultPolicy(k.section(QLatin1Char('.'), 1, 1));
            if (k.endsWith(QLatin1String("profile")))
                v = pkcs12ProfileId(p.profile);
            else if (k.endsWith(QLatin1String("key_type")))
                v = keyTypeId(p.keyType);
            else
                v = p.attachToMail ? QStringLiteral("1") : QStringLiteral("0");
        }
        obj.insert(k, v);
        env.print(k + QStringLiteral(" = ") + v);
    }
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("settings"), obj}});
    return ExitOk;
}

} // namespace certdesk::cli
