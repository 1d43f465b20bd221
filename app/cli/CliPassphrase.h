#pragma once
#include "session/WorkflowContext.h"

namespace certdesk::cli {
class CliEnv;

// The CA passphrase, in this order: --passphrase-file, CERTDESK_CA_PASSPHRASE, the OS keychain
// (when one is reachable), a prompt without echo when stdin is a terminal.
// `mayPrompt` false: never asks (work nobody asked for, e.g. re-signing the CRL after a revocation).
PassphraseProvider makePassphraseProvider(CliEnv& env, bool mayPrompt = true);
// For commands that set a new passphrase (init, ca import): file, environment, or a prompt asked twice.
Result<QByteArray> newPassphrase(CliEnv& env);
QString keychainKey(const CaRecord& ca);
// Asks `question` on the terminal without echo. `noTerminal` when stdin is not a terminal (a script must
// give the secret another way), Cancelled when nothing could be read.
Result<QByteArray> promptHidden(const QString& question, const Error& noTerminal);
// True when standard input is a terminal (a prompt can be answered).
bool stdinIsTerminal();
bool keychainReachable();

} // namespace certdesk::cli
