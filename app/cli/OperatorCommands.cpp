// operator ..., passwd
#include "CliJson.h"
#include "CliSignIn.h"
#include "Commands.h"
#include "workflows/OperatorWorkflows.h"

#include <QJsonArray>

namespace certdesk::cli {
namespace {

class OperatorCommands
{
    Q_DECLARE_TR_FUNCTIONS(OperatorCommands)
};

QJsonObject toJson(const OperatorRecord& op)
{
    return {{QStringLiteral("login"), op.login},
            {QStringLiteral("display_name"), op.displayName},
            {QStringLiteral("role"), op.role},
            {QStringLiteral("locked"), op.locked},
            {QStringLiteral("disabled"), op.disabled},
            {QStringLiteral("must_change_password"), op.mustChangePassword},
            {QStringLiteral("failed_sign_ins"), op.failedCount},
            {QStringLiteral("created_at"), isoTime(op.createdAt)},
            {QStringLiteral("updated_at"), isoTime(op.updatedAt)},
            {QStringLiteral("last_sign_in_at"), isoTime(op.lastSignInAt)}};
}

QString roleName(const QString& roleId)
{
    const auto role = Roles::fromId(roleId);
    return role ? Roles::displayName(*role) : roleId;
}

// The operator's state in words: disabled, locked, must change the password, or active.
QString stateOf(const OperatorRecord& op)
{
    QStringList states;
    if (op.disabled)
        states << OperatorCommands::tr("disabled");
    if (op.locked)
        states << OperatorCommands::tr("locked");
    if (op.mustChangePassword)
        states << OperatorCommands::tr("must change password");
    return states.isEmpty() ? OperatorCommands::tr("active") : states.join(QStringLiteral(", "));
}

std::optional<Role> roleOption(const QString& value)
{
    return Roles::fromId(value.trimmed().toLower());
}

QString roleUsage()
{
    return OperatorCommands::tr("The role must be admin, helpdesk or auditor.");
}

int done(CliEnv& env, const QString& login, const QString& message)
{
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("login"), login}});
    env.print(message);
    return ExitOk;
}

} // namespace

int runOperatorBootstrap(CliEnv& env, const CliArgs& args)
{
    QString error;
    const QString usage = QStringLiteral("operator bootstrap NAME --password-file F [--display-name N]");
    if (!args.expectPositional(1, usage, &error))
        return env.usage(error);
    const QString login = args.positional(0).trimmed();
    if (!args.has(QStringLiteral("password-file")))
        return env.usage(OperatorCommands::tr("operator bootstrap needs --password-file FILE."));
    auto password = newOperatorPassword(env, args.value(QStringLiteral("password-file")), login);
    if (!password)
        return env.fail(password.error());
    auto op = OperatorWorkflows(env.context())
                  .bootstrap(login, args.value(QStringLiteral("display-name"), login), password.value());
    if (!op)
        return env.fail(op.error());
    return done(
        env, op->login,
        OperatorCommands::tr("Created the administrator %1. Sign in with --operator %1.").arg(op->login));
}

int runOperatorAdd(CliEnv& env, const CliArgs& args)
{
    QString error;
    const QString usage = QStringLiteral(
        "operator add NAME --role admin|helpdesk|auditor [--display-name N] --password-file F");
    if (!args.expectPositional(1, usage, &error))
        return env.usage(error);
    const QString login = args.positional(0).trimmed();
    const auto role = roleOption(args.value(QStringLiteral("role")));
    if (!role)
        return env.usage(roleUsage());
    if (!args.has(QStringLiteral("password-file")))
        return env.usage(
            OperatorCommands::tr("operator add needs --password-file FILE (the initial password)."));
    auto password = env.readSecretFile(args.value(QStringLiteral("password-file")));
    if (!password)
        return env.fail(password.error());
    auto op = OperatorWorkflows(env.context())
                  .add(login, args.value(QStringLiteral("display-name"), login), *role,
                       QString::fromUtf8(password.value()));
    if (!op)
        return env.fail(op.error());
    return done(env, op->login,
                OperatorCommands::tr("Added the operator %1 (%2). The password must be changed at the first "
                                     "sign-in (certdesk-cli passwd).")
                    .arg(op->login, Roles::displayName(*role)));
}

int runOperatorList(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(0, QStringLiteral("operator list"), &error))
        return env.usage(error);
    auto ops = OperatorWorkflows(env.context()).list();
    if (!ops)
        return env.fail(ops.error());
    QJsonArray arr;
    for (const OperatorRecord& op : ops.value()) {
        arr.append(toJson(op));
        env.print(QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(op.login, op.displayName, roleName(op.role), stateOf(op),
                           op.lastSignInAt.isValid() ? localTime(op.lastSignInAt)
                                                     : OperatorCommands::tr("never signed in")));
    }
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("operators"), arr}});
    return ExitOk;
}

int runOperatorSetRole(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(2, QStringLiteral("operator set-role NAME admin|helpdesk|auditor"), &error))
        return env.usage(error);
    const auto role = roleOption(args.positional(1));
    if (!role)
        return env.usage(roleUsage());
    if (auto s = OperatorWorkflows(env.context()).setRole(args.positional(0), *role); !s)
        return env.fail(s.error());
    return done(env, args.positional(0),
                OperatorCommands::tr("%1 is now %2.").arg(args.positional(0), Roles::displayName(*role)));
}

int runOperatorUnlock(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("operator unlock NAME"), &error))
        return env.usage(error);
    if (auto s = OperatorWorkflows(env.context()).unlock(args.positional(0)); !s)
        return env.fail(s.error());
    return done(
        env, args.positional(0),
        OperatorCommands::tr("Unlocked the operator %1; they can sign in again.").arg(args.positional(0)));
}

int runOperatorResetPassword(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("operator reset-password NAME --password-file F"), &error))
        return env.usage(error);
    if (!args.has(QStringLiteral("password-file")))
        return env.usage(OperatorCommands::tr("operator reset-password needs --password-file FILE."));
    auto password = env.readSecretFile(args.value(QStringLiteral("password-file")));
    if (!password)
        return env.fail(password.error());
    if (auto s = OperatorWorkflows(env.context())
                     .resetPassword(args.positional(0), QString::fromUtf8(password.value()));
        !s)
        return env.fail(s.error());
    return done(env, args.positional(0),
                OperatorCommands::tr("Reset the password of %1; it must be changed at the next sign-in.")
                    .arg(args.positional(0)));
}

int runOperatorDisable(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("operator disable NAME"), &error))
        return env.usage(error);
    if (auto s = OperatorWorkflows(env.context()).disable(args.positional(0)); !s)
        return env.fail(s.error());
    return done(env, args.positional(0),
                OperatorCommands::tr("Disabled the operator %1; they can no longer sign in.")
                    .arg(args.positional(0)));
}

// The current password is the one the operator signed in with (CliSignIn checked it); the new one comes
// from --password-file or is asked twice.
int runPasswd(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(0, QStringLiteral("passwd [--password-file F]"), &error))
        return env.usage(error);
    const QString login = env.context().actor().operatorName;
    auto password = newOperatorPassword(env, args.value(QStringLiteral("password-file")), login);
    if (!password)
        return env.fail(password.error());
    if (auto s = OperatorWorkflows(env.context()).changeOwnPassword(env.signInPassword, password.value()); !s)
        return env.fail(s.error());
    return done(env, login, OperatorCommands::tr("Changed the password of %1.").arg(login));
}

} // namespace certdesk::cli
