// certdesk-cli: every CertDesk workflow without a display.
#include "CliSignIn.h"
#include "Commands.h"
#include "platform/ProcessHardening.h"
#include "util/AppTranslator.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace certdesk;
using namespace certdesk::cli;

namespace {

void printHelp()
{
    QTextStream out(stdout);
    out << QCoreApplication::translate("main", "Usage: certdesk-cli [--db URL] [--operator NAME] "
                                               "[--operator-password-file F] [--json] [--passphrase-file F] "
                                               "[--lang ja|en] COMMAND ...")
        << "\n\n"
        << QCoreApplication::translate(
               "main", "URL is sqlite:PATH or postgresql://USER@HOST:PORT/DB (default: $CERTDESK_DB).")
        << "\n"
        << QCoreApplication::translate(
               "main", "The CA passphrase comes from --passphrase-file, $CERTDESK_CA_PASSPHRASE, "
                       "the OS keychain or a prompt.")
        << "\n"
        << QCoreApplication::translate(
               "main", "Every command runs for a signed-in operator: --operator NAME (default: "
                       "$CERTDESK_OPERATOR), the password from --operator-password-file, "
                       "$CERTDESK_OPERATOR_PASSWORD or a prompt. Without a sign-in only help, version, init "
                       "(which creates the first administrator) and operator bootstrap (the first "
                       "administrator of a database made before operators existed) run.")
        << "\n\n"
        << QCoreApplication::translate("main", "Commands:") << "\n";
    for (const Command& c : commands())
        out << "  " << QString(c.usage).remove(QStringLiteral("certdesk-cli --db URL ")) << "\n";
    out << "\n"
        << QCoreApplication::translate(
               "main", "Exit codes: 0 ok, 1 failure, 2 usage, 3 not found, 4 invalid input, "
                       "5 conflict, 6 CA locked or wrong passphrase, 7 crypto, 8 database, 9 file, "
                       "10 cancelled, 11 not permitted (not signed in, wrong password, locked or disabled "
                       "operator, or the role may not do this), 12 database unreachable or connection lost "
                       "(nothing saved; try again).")
        << "\n";
}

} // namespace

int main(int argc, char** argv)
{
    ProcessHardening::disableCoreDumps(); // before anything holds a key or a password
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CertDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));

    QStringList words = app.arguments().mid(1);
    CliEnv env;
    env.dbUrl = qEnvironmentVariable("CERTDESK_DB");
    env.operatorName = qEnvironmentVariable("CERTDESK_OPERATOR");
    QString lang = qEnvironmentVariable("CERTDESK_LANG");
    // Global options come before the command.
    while (!words.isEmpty() && words.first().startsWith(QLatin1String("--"))) {
        const QString w = words.takeFirst();
        auto takeValue = [&](const QString& name, QString* target) -> bool {
            if (w.startsWith(name + QLatin1Char('='))) {
                *target = w.mid(name.size() + 1);
                return true;
            }
            if (w == name) {
                if (words.isEmpty())
                    return false;
                *target = words.takeFirst();
                return true;
            }
            return false;
        };
        if (w == QLatin1String("--json"))
            env.json = true;
        else if (w == QLatin1String("--help")) {
            installTranslators(lang);
            printHelp();
            return ExitOk;
        } else if (w == QLatin1String("--version")) {
            std::printf("certdesk-cli %s\n", CERTDESK_VERSION);
            return ExitOk;
        } else if (!takeValue(QStringLiteral("--db"), &env.dbUrl) &&
                   !takeValue(QStringLiteral("--passphrase-file"), &env.passphraseFile) &&
                   !takeValue(QStringLiteral("--operator"), &env.operatorName) &&
                   !takeValue(QStringLiteral("--operator-password-file"), &env.operatorPasswordFile) &&
                   !takeValue(QStringLiteral("--lang"), &lang)) {
            installTranslators(lang);
            return env.usage(QCoreApplication::translate("main", "Unknown global option %1.").arg(w));
        }
    }
    installTranslators(lang);
    if (words.removeAll(QStringLiteral("--json")) > 0)
        env.json = true;
    if (words.isEmpty() || words.first() == QLatin1String("help")) {
        printHelp();
        return words.isEmpty() ? ExitUsage : ExitOk;
    }
    if (words.first() == QLatin1String("version")) {
        std::printf("certdesk-cli %s\n", CERTDESK_VERSION);
        return ExitOk;
    }
    const QString name = words.takeFirst();
    const Command* match = nullptr;
    bool known = false;
    for (const Command& c : commands()) {
        if (c.name != name)
            continue;
        known = true;
        if (c.sub.isEmpty() || (!words.isEmpty() && words.first() == c.sub)) {
            match = &c;
            break;
        }
    }
    if (!known)
        return env.usage(QCoreApplication::translate("main", "Unknown command \"%1\".").arg(name));
    if (!match)
        return env.usage(QCoreApplication::translate("main", "\"%1\" needs a subcommand: %2").arg(name, [&] {
            QStringList subs;
            for (const Command& c : commands())
                if (c.name == name)
                    subs << c.sub;
            return subs.join(QLatin1String(", "));
        }()));
    if (!match->sub.isEmpty())
        words.removeFirst();
    CliArgs args(words);
    QString error;
    if (!args.parse(match->valueOptions, match->flags, &error))
        return env.usage(error + QLatin1Char('\n') +
                         QCoreApplication::translate("main", "Usage: %1").arg(match->usage));
    if (const int rc = prepareCommand(env, *match, args); rc != ExitOk)
        return rc;
    return match->handler(env, args);
}
