// licence: the contracted number of active certificates, how many are issued and how many more may be.
#include "Commands.h"
#include "workflows/LicenceLimit.h"

#include <QJsonObject>

namespace certdesk::cli {
namespace {

class LicenceCommand
{
    Q_DECLARE_TR_FUNCTIONS(LicenceCommand)
};

} // namespace

int runLicence(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(0, QStringLiteral("licence"), &error))
        return env.usage(error);
    auto c = LicenceLimit::counts(env.context().db(), env.context().now());
    if (!c)
        return env.fail(c.error());
    // JSON: contracted and remaining are null when no limit is set (licence.contracted = 0).
    env.printJson(QJsonObject{
        {QStringLiteral("ok"), true},
        {QStringLiteral("contracted"), c->limited() ? QJsonValue(double(c->contracted)) : QJsonValue()},
        {QStringLiteral("issued"), double(c->issued)},
        {QStringLiteral("remaining"), c->limited() ? QJsonValue(double(c->remaining())) : QJsonValue()}});
    env.print(LicenceCommand::tr("Contracted: %1")
                  .arg(c->limited() ? QString::number(c->contracted)
                                    : LicenceCommand::tr("no limit (licence.contracted = 0)")));
    env.print(LicenceCommand::tr("Issued:     %1 (active: not revoked, not expired)").arg(c->issued));
    env.print(LicenceCommand::tr("Remaining:  %1")
                  .arg(c->limited() ? QString::number(c->remaining()) : LicenceCommand::tr("no limit")));
    return ExitOk;
}

} // namespace certdesk::cli
