#include "CliSignIn.h"
#include "CliPassphrase.h"
#include "auth/PasswordRules.h"
#include "workflows/SignIn.h"

#include <QFileInfo>
#include <QHash>
#include <optional>

namespace certdesk::cli {
namespace {

class CliSignIn
{
    Q_DECLARE_TR_FUNCTIONS(CliSignIn)
};

const QString kComponent = QStringLiteral("certdesk-cli");

QString commandKey(const Command& command)
{
    return command.sub.isEmpty() ? command.name : command.name + QLatin1Char(' ') + command.sub;
}

// What each command does, as the role matrix names it, checked before the command reads a secret, asks
// for the CA passphrase or writes a file. Commands not listed only read what every role may see, or are
// checked by their workflow alone where the permission depends on the data (identity register: a
// helpdesk operator may register certificate information only for a user who has none).
std::optional<Permission> commandPermission(const Command& command)
{
    static const QHash<QString, Permission> map = {
        {QStringLiteral("init"), Permission::Administer},
        {QStringLiteral("ca import"), Permission::Administer},
        {QStringLiteral("crl publish"), Permission::Administer},
        {QStringLiteral("settings set"), Permission::Administer},
        {QStringLiteral("mail configure"), Permission::Administer},
        {QStringLiteral("mail test"), Permission::Administer},
        {QStringLiteral("demo"), Permission::Administer},
        {QStringLiteral("operator add"), Permission::Administer},
        {QStringLiteral("operator list"), Permission::Administer},
        {QStringLiteral("operator set-role"), Permission::Administer},
        {QStringLiteral("operator unlock"), Permission::Administer},
        {QStringLiteral("operator reset-password"), Permission::Administer},
        {QStringLiteral("operator disable"), Permission::Administer},
        {QStringLiteral("user add"), Permission::ManageUsers},
        {QStringLiteral("user edit"), Permission::ManageUsers},
        {QStringLiteral("user delete"), Permission::ManageUsers},
        {QStringLiteral("user import"), Permission::ManageUsers},
        {QStringLiteral("user export"), Permission::ManageUsers},
        {QStringLiteral("identity delete"), Permission::ManageUsers},
        {QStringLiteral("selection set"), Permission::ManageUsers},
        {QStringLiteral("bulk-template"), Permission::ManageUsers},
        {QStringLiteral("bulk-issue"), Permission::ManageUsers},
        {QStringLiteral("bulk-revoke"), Permission::ManageUsers},
        {QStringLiteral("export-zip"), Permission::ManageUsers},
        {QStringLiteral("issue"), Permission::IssueAndRevoke},
        {QStringLiteral("reissue"), Permission::IssueAndRevoke},
        {QStringLiteral("revoke"), Permission::IssueAndRevoke},
        {QStringLiteral("delivered"), Permission::IssueAndRevoke},
        {QStringLiteral("mail retry"), Permission::IssueAndRevoke},
        {QStringLiteral("mail cancel"), Permission::IssueAndRevoke},
        {QStringLiteral("ca remember-passphrase"), Permission::IssueAndRevoke},
        {QStringLiteral("history list"), Permission::ViewHistory},
        {QStringLiteral("history export"), Permission::ExportHistory},
        {QStringLiteral("history verify"), Permission::ExportHistory},
        {QStringLiteral("history anchor"), Permission::Administer},
    };
    const auto it = map.constFind(commandKey(command));
    if (it == map.constEnd())
        return std::nullopt;
    return *it;
}

bool isFirstAdministratorCommand(const Command& command)
{
    return commandKey(command) == QLatin1String("init") ||
           commandKey(command) == QLatin1String("operator bootstrap");
}

// True when the database at `url` can be opened and has no operator yet. Opened as the URL says, with
// nobody signed in, and without updating its schema (a refused command changes nothing): no schema at
// all counts as "no operators"; any other failure as "no" (the caller reports its own error).
bool needsBootstrap(const DatabaseUrl& url)
{
    if (url.kind == DatabaseUrl::Kind::Sqlite && !QFileInfo::exists(url.path))
        return false;
    auto db = Database::openWithoutMigrations(url);
    if (!db)
        return false;
    if (db.value()->schemaVersion() == 0)
        return true;
    WorkflowContext ctx(db.value(), Actor::localUser(kComponent));
    auto needs = OperatorWorkflows(ctx).needsBootstrap();
    return needs && needs.value();
}

Error noOperatorsYet()
{
    return makeError(ErrorCode::NotPermitted,
                     CliSignIn::tr("This database has no operators yet. Create the first administrator: "
                                   "certdesk-cli operator bootstrap NAME --password-file FILE"));
}

// The signed-in operator's password: --operator-password-file, CERTDESK_OPERATOR_PASSWORD, or a prompt.
Result<QString> operatorPassword(CliEnv& env)
{
    if (!env.operatorPasswordFile.isEmpty()) {
        auto data = env.readSecretFile(env.operatorPasswordFile);
        if (!data)
            return data.error();
        return QString::fromUtf8(data.value());
    }
    if (const QString fromEnv = qEnvironmentVariable("CERTDESK_OPERATOR_PASSWORD"); !fromEnv.isEmpty())
        return fromEnv;
    auto typed = promptHidden(
        CliSignIn::tr("Password of operator %1: ").arg(env.operatorName),
        makeError(
            ErrorCode::NotPermitted,
            CliSignIn::tr("The password of operator %1 is needed. Give it with --operator-password-file "
                          "FILE or the environment variable CERTDESK_OPERATOR_PASSWORD.")
                .arg(env.operatorName)));
    if (!typed)
        return typed.error();
    return QString::fromUtf8(typed.value());
}

// The refusal when nobody signs in: how to bootstrap a database without operators, else how to sign in.
int refuseWithoutSignIn(CliEnv& env, const DatabaseUrl& url)
{
    if (needsBootstrap(url))
        return env.fail(noOperatorsYet());
    return env.fail(makeError(
        ErrorCode::NotPermitted,
        CliSignIn::tr("Sign in first: give the operator with --operator NAME (or CERTDESK_OPERATOR) and the "
                      "password with --operator-password-file FILE, CERTDESK_OPERATOR_PASSWORD or at the "
                      "prompt.")));
}

// The history's record of what was asked: the command, its subcommand and its first argument
// ("settings set org.name", "revoke taro:1").
QString actionOf(const Command& command, const CliArgs& args)
{
    QString action = commandKey(command);
    if (!args.positional(0).isEmpty())
        action += QLatin1Char(' ') + args.positional(0);
    return action;
}

int checkPermission(CliEnv& env, const Command& command, const CliArgs& args)
{
    const auto permission = commandPermission(command);
    if (!permission)
        return ExitOk;
    if (auto allowed = env.context().require(*permission, actionOf(command, args)); !allowed)
        return env.fail(allowed.error());
    return ExitOk;
}

} // namespace

int signInAs(CliEnv& env, const QString& login, const QString& password, bool forPasswordChange)
{
    auto url = DatabaseUrl::parse(env.dbUrl);
    if (!url)
        return env.fail(url.error());
    auto signedIn = SignIn::open(url.value(), login, password, kComponent);
    if (!signedIn) {
        // On PostgreSQL a database nobody bootstrapped may not even have its schema yet: whatever the
        // refusal, a database without operators says how to start.
        if (needsBootstrap(url.value()))
            return env.fail(noOperatorsYet());
        return env.fail(signedIn.error());
    }
    if (signedIn->result.mustChangePassword && !forPasswordChange)
        return env.fail(
            makeError(ErrorCode::NotPermitted,
                      CliSignIn::tr("Operator %1 must change the password before anything else. Run: "
                                    "certdesk-cli passwd")
                          .arg(login)));
    env.useContext(signedIn->db, signedIn->result.actor);
    env.signInPassword = password;
    return ExitOk;
}

int prepareCommand(CliEnv& env, const Command& command, const CliArgs& args)
{
    if (const int rc = env.requireDatabaseUrl(); rc != ExitOk)
        return rc;
    if (isFirstAdministratorCommand(command)) {
        if (const int rc = env.openDatabase(); rc != ExitOk)
            return rc;
        if (command.name == QLatin1String("operator"))
            return ExitOk; // the workflow refuses it once any operator exists
        auto needs = OperatorWorkflows(env.context()).needsBootstrap();
        if (!needs)
            return env.fail(needs.error());
        if (needs.value())
            return ExitOk; // init creates the first administrator, then signs in as it
        if (args.has(QStringLiteral("admin")))
            return env.fail(makeError(ErrorCode::Conflict,
                                      CliSignIn::tr("This database already has operators. Sign in as an "
                                                    "administrator with --operator instead of --admin.")));
        // init on a database with operators (e.g. bootstrapped without a CA): an administrator's work.
    }
    auto url = DatabaseUrl::parse(env.dbUrl);
    if (!url)
        return env.fail(url.error());
    if (env.operatorName.isEmpty())
        return refuseWithoutSignIn(env, url.value());
    auto password = operatorPassword(env);
    if (!password)
        return env.fail(password.error());
    const bool passwd = commandKey(command) == QLatin1String("passwd");
    if (const int rc = signInAs(env, env.operatorName, password.value(), passwd); rc != ExitOk)
        return rc;
    return checkPermission(env, command, args);
}

Result<QString> newOperatorPassword(CliEnv& env, const QString& file, const QString& login)
{
    if (!file.isEmpty()) {
        auto data = env.readSecretFile(file);
        if (!data)
            return data.error();
        return QString::fromUtf8(data.value());
    }
    const Error noTerminal =
        makeError(ErrorCode::Invalid, CliSignIn::tr("Give the new password with --password-file FILE."));
    if (stdinIsTerminal())
        env.note(PasswordRules::description());
    auto first = promptHidden(CliSignIn::tr("New password of operator %1: ").arg(login), noTerminal);
    if (!first)
        return first.error();
    auto second = promptHidden(CliSignIn::tr("The same password again: "), noTerminal);
    if (!second)
        return second.error();
    if (first.value() != second.value())
        return makeError(ErrorCode::Invalid, CliSignIn::tr("The two passwords differ."));
    return QString::fromUtf8(first.value());
}

} // namespace certdesk::cli
