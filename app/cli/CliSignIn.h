#pragma once
// Signing in before a command. Rules:
//  - help and version need no database; init on a database without operators creates the first
//    administrator (--admin), and operator bootstrap creates it on a database made before operators
//    existed; everything else runs only for a signed-in operator;
//  - while a database has no operator, every other command is refused and says how to bootstrap;
//  - an operator who must change the password may run nothing but passwd;
//  - the operator is --operator NAME or CERTDESK_OPERATOR, the password comes from
//    --operator-password-file, CERTDESK_OPERATOR_PASSWORD or a prompt without echo;
//  - before a command runs, the signed-in operator's role is checked against what the command does
//    (auth/Roles, through WorkflowContext::require: a refusal is a history row and exit code 11).
#include "Commands.h"

namespace certdesk::cli {

// Opens the database for `command` and signs in as the rules above say. ExitOk, or the exit code of a
// refusal that was already printed.
int prepareCommand(CliEnv& env, const Command& command, const CliArgs& args);

// Signs in as `login` with `password` and makes env's context act as that operator.
// `forPasswordChange`: the command is passwd, which an operator who must change the password may run.
int signInAs(CliEnv& env, const QString& login, const QString& password, bool forPasswordChange);

// A new operator password read from `file` or, without one, asked twice without echo on a terminal.
// The rules (auth/PasswordRules) are checked by the workflow that sets it.
Result<QString> newOperatorPassword(CliEnv& env, const QString& file, const QString& login);

} // namespace certdesk::cli
