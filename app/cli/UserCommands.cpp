// user ..., identity ..., selection ...
#include "CliCrl.h"
#include "CliJson.h"
#include "Commands.h"
#include "policy/DeviceTypes.h"
#include "workflows/CertificateWorkflows.h"
#include "workflows/IdentityWorkflows.h"
#include "workflows/UserWorkflows.h"

#include <QJsonArray>

namespace certdesk::cli {
namespace {

class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
};

Result<std::optional<bool>> onOff(const QString& text)
{
    if (text.isEmpty())
        return std::optional<bool>();
    if (text == QLatin1String("on"))
        return std::optional<bool>(true);
    if (text == QLatin1String("off"))
        return std::optional<bool>(false);
    return makeError(ErrorCode::Invalid, UserCommands::tr("Use \"on\" or \"off\", not \"%1\".").arg(text));
}

} // namespace

int runUserAdd(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("user add LOGIN --email E"), &error))
        return env.usage(error);
    UserInput in;
    in.loginId = args.positional(0);
    in.email = args.value(QStringLiteral("email"));
    in.displayName = args.value(QStringLiteral("name"));
    in.department = args.value(QStringLiteral("department"));
    in.title = args.value(QStringLiteral("title"));
    in.groups = args.values(QStringLiteral("group"));
    in.mailLanguage = args.value(QStringLiteral("mail-language"));
    auto certAuth = onOff(args.value(QStringLiteral("cert-auth")));
    if (!certAuth)
        return env.fail(certAuth.error());
    in.certAuth = certAuth.value();
    auto user = UserWorkflows(env.context()).add(in);
    if (!user)
        return env.fail(user.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("user"), toJson(user.value())}});
    env.print(UserCommands::tr("Added the user %1 <%2>.").arg(user->loginId, user->email));
    return ExitOk;
}

int runUserEdit(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("user edit LOGIN ..."), &error))
        return env.usage(error);
    UserWorkflows users(env.context());
    auto current = users.get(args.positional(0));
    if (!current)
        return env.fail(current.error());
    UserInput in;
    in.loginId = current->loginId;
    in.email = args.value(QStringLiteral("email"), current->email);
    in.displayName = args.value(QStringLiteral("name"), current->displayName);
    in.department = args.value(QStringLiteral("department"), current->department);
    in.title = args.value(QStringLiteral("title"), current->title);
    in.mailLanguage = args.value(QStringLiteral("mail-language"), current->mailLanguage);
    in.groups = args.flag(QStringLiteral("clear-groups")) ? QStringList() : current->groups;
    in.groups += args.values(QStringLiteral("group"));
    auto user = users.edit(current->loginId, in);
    if (!user)
        return env.fail(user.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("user"), toJson(user.value())}});
    env.print(UserCommands::tr("Updated the user %1.").arg(user->loginId));
    return ExitOk;
}

int runUserList(CliEnv& env, const CliArgs& args)
{
    UserQuery q;
    q.text = args.value(QStringLiteral("search"));
    q.group = args.value(QStringLiteral("group"));
    q.limit = args.value(QStringLiteral("limit"), QStringLiteral("0")).toInt();
    auto users = UserWorkflows(env.context()).list(q);
    if (!users)
        return env.fail(users.error());
    QJsonArray arr;
    for (const UserRecord& u : users.value()) {
        arr.append(toJson(u));
        env.print(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                      .arg(u.loginId, u.displayName, u.email, u.department,
                           u.certAuth ? UserCommands::tr("certificate authentication: on")
                                      : UserCommands::tr("certificate authentication: off")));
    }
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("users"), arr}});
    return ExitOk;
}

int runUserShow(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("user show LOGIN"), &error))
        return env.usage(error);
    WorkflowContext& ctx = env.context();
    auto user = UserWorkflows(ctx).get(args.positional(0));
    if (!user)
        return env.fail(user.error());
    auto identity = IdentityWorkflows(ctx).get(user->loginId);
    if (!identity)
        return env.fail(identity.error());
    auto slotRows = CertificateWorkflows(ctx).slotTable(user->loginId);
    if (!slotRows)
        return env.fail(slotRows.error());
    QJsonObject obj{{QStringLiteral("ok"), true}, {QStringLiteral("user"), toJson(user.value())}};
    QJsonArray certs;
    for (const CertificateRecord& c : slotRows.value())
        certs.append(toJson(c));
    obj.insert(QStringLiteral("certificates"), certs);
    if (identity.value())
        obj.insert(QStringLiteral("identity"), toJson(*identity.value()));
    env.printJson(obj);

    env.print(UserCommands::tr("User:            %1 <%2>").arg(user->displayName, user->email));
    env.print(UserCommands::tr("Login ID:        %1").arg(user->loginId));
    env.print(UserCommands::tr("Department:      %1   Title: %2").arg(user->department, user->title));
    env.print(UserCommands::tr("Groups:          %1").arg(user->groups.join(QLatin1String(", "))));
    env.print(UserCommands::tr("Certificate authentication: %1")
                  .arg(user->certAuth ? UserCommands::tr("on") : UserCommands::tr("off")));
    if (const auto& i = identity.value()) {
        env.print(
            UserCommands::tr("Name:            %1 %2 (%3 %4) %5 %6")
                .arg(i->familyName, i->givenName, i->familyKana, i->givenKana, i->familyEn, i->givenEn));
    } else {
        env.print(UserCommands::tr("Certificate information: not registered"));
    }
    const QDateTime now = ctx.now();
    for (const CertificateRecord& c : slotRows.value()) {
        env.print(UserCommands::tr("  [%1] %2  %3  %4  expires %5  serial %6%7")
                      .arg(c.slot)
                      .arg(certStatusDisplayName(c.status), DeviceTypes::displayName(c.device), c.notifyEmail,
                           localTime(c.notAfter), c.serialHex,
                           c.needsAttention(now) ? UserCommands::tr("  (!) attention") : QString()));
    }
    return ExitOk;
}

int runUserDelete(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("user delete LOGIN --yes"), &error))
        return env.usage(error);
    if (!args.flag(QStringLiteral("yes")))
        return env.usage(UserCommands::tr(
            "Deleting a user revokes all of that user's certificates. Add --yes to confirm."));
    auto removed = UserWorkflows(env.context()).remove(args.positional(0));
    if (!removed)
        return env.fail(removed.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("revoked"), removed->revoked},
                              {QStringLiteral("crl"), crlPublicationJson(removed->crl)}});
    env.print(UserCommands::tr("Deleted the user %1; %2 certificate(s) revoked.")
                  .arg(args.positional(0))
                  .arg(removed->revoked));
    printCrlPublication(env, removed->crl);
    return ExitOk;
}

int runIdentityRegister(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(
            1,
            QStringLiteral("identity register LOGIN --family F --given G --family-kana FK --given-kana GK"),
            &error))
        return env.usage(error);
    IdentityInput in;
    in.familyName = args.value(QStringLiteral("family"));
    in.givenName = args.value(QStringLiteral("given"));
    in.familyKana = args.value(QStringLiteral("family-kana"));
    in.givenKana = args.value(QStringLiteral("given-kana"));
    in.familyEn = args.value(QStringLiteral("family-en"));
    in.givenEn = args.value(QStringLiteral("given-en"));
    auto identity = IdentityWorkflows(env.context()).registerIdentity(args.positional(0), in);
    if (!identity)
        return env.fail(identity.error());
    env.printJson(
        QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("identity"), toJson(identity.value())}});
    env.print(UserCommands::tr("Registered the certificate information of %1: %2 %3 (%4 %5, %6 %7).")
                  .arg(args.positional(0), identity->familyName, identity->givenName, identity->familyKana,
                       identity->givenKana, identity->familyEn, identity->givenEn));
    return ExitOk;
}

int runIdentityDelete(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("identity delete LOGIN --yes"), &error))
        return env.usage(error);
    if (!args.flag(QStringLiteral("yes")))
        return env.usage(UserCommands::tr("Deleting the certificate information revokes all of the user's "
                                          "certificates. Add --yes to confirm."));
    auto deleted = IdentityWorkflows(env.context()).deleteIdentity(args.positional(0));
    if (!deleted)
        return env.fail(deleted.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("revoked"), deleted->revoked},
                              {QStringLiteral("crl"), crlPublicationJson(deleted->crl)}});
    env.print(UserCommands::tr("Deleted the certificate information of %1; %2 certificate(s) revoked.")
                  .arg(args.positional(0))
                  .arg(deleted->revoked));
    printCrlPublication(env, deleted->crl);
    return ExitOk;
}

int runSelectionSet(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(2, QStringLiteral("selection set LOGIN on|off"), &error))
        return env.usage(error);
    auto on = onOff(args.positional(1));
    if (!on || !on.value())
        return env.usage(UserCommands::tr("selection set LOGIN on|off"));
    if (auto s = UserWorkflows(env.context()).setCertAuth(args.positional(0), *on.value()); !s)
        return env.fail(s.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("cert_auth"), *on.value()}});
    env.print(
        *on.value()
            ? UserCommands::tr("%1 now uses certificate authentication.").arg(args.positional(0))
            : UserCommands::tr("%1 no longer uses certificate authentication.").arg(args.positional(0)));
    return ExitOk;
}

} // namespace certdesk::cli
