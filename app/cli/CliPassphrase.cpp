#include "CliPassphrase.h"
#include "CliEnv.h"
#include "platform/TerminalEcho.h"
#include "secrets/Keychain.h"

#include <QCoreApplication>
#include <cstdio>

namespace certdesk::cli {
namespace {

class CliPassphrase
{
    Q_DECLARE_TR_FUNCTIONS(CliPassphrase)
};

Result<QByteArray> prompt(const QString& question)
{
    return promptHidden(
        question,
        makeError(ErrorCode::Locked,
                  CliPassphrase::tr("The CA passphrase is needed. Give it with --passphrase-file FILE "
                                    "or the environment variable CERTDESK_CA_PASSPHRASE.")));
}

} // namespace

bool stdinIsTerminal()
{
    return TerminalEcho::stdinIsTerminal();
}

Result<QByteArray> promptHidden(const QString& question, const Error& noTerminal)
{
    if (!stdinIsTerminal())
        return noTerminal;
    std::fprintf(stderr, "%s", question.toLocal8Bit().constData());
    std::fflush(stderr);
    std::optional<QByteArray> line = TerminalEcho::readLineWithoutEcho();
    std::fprintf(stderr, "\n");
    if (!line)
        return makeError(ErrorCode::Cancelled, CliPassphrase::tr("Nothing was entered."));
    return *line;
}

bool keychainReachable()
{
    return Keychain::sessionPresent();
}

QString keychainKey(const CaRecord& ca)
{
    return Keychain::caPassphraseKey(ca.fingerprint);
}

PassphraseProvider makePassphraseProvider(CliEnv& env, bool mayPrompt)
{
    return [&env, mayPrompt](const CaRecord& ca) -> Result<QByteArray> {
        if (!env.passphraseFile.isEmpty())
            return env.readSecretFile(env.passphraseFile);
        const QByteArray fromEnv = qgetenv("CERTDESK_CA_PASSPHRASE");
        if (!fromEnv.isEmpty())
            return fromEnv;
        if (keychainReachable()) {
            auto stored = Keychain::load(keychainKey(ca));
            if (stored)
                return stored;
        }
        if (!mayPrompt)
            return makeError(
                ErrorCode::Locked,
                CliPassphrase::tr("The CA is locked (no --passphrase-file, CERTDESK_CA_PASSPHRASE "
                                  "or remembered passphrase)."));
        return prompt(CliPassphrase::tr("CA passphrase for %1: ").arg(ca.name));
    };
}

Result<QByteArray> newPassphrase(CliEnv& env)
{
    if (!env.passphraseFile.isEmpty())
        return env.readSecretFile(env.passphraseFile);
    const QByteArray fromEnv = qgetenv("CERTDESK_CA_PASSPHRASE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    auto first = prompt(CliPassphrase::tr("New CA passphrase (at least 8 characters): "));
    if (!first)
        return first;
    auto second = prompt(CliPassphrase::tr("The same passphrase again: "));
    if (!second)
        return second;
    if (first.value() != second.value())
        return makeError(ErrorCode::Invalid, CliPassphrase::tr("The two passphrases differ."));
    return first;
}

} // namespace certdesk::cli
