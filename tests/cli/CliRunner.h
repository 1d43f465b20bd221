#pragma once
// Runs the built certdesk-cli (CERTDESK_BIN_DIR) against a database URL, signed in as the test
// administrator.
#include "OpensslCli.h"
#include "store/Database.h"

namespace certdesk::test {

// The administrator the CLI tests sign in as: created by init (cliAdminOptions()) or, on a database
// without operators, by bootstrapCliAdmin(). On PostgreSQL operators are login roles of the whole
// cluster, shared by the test databases of parallel suites: its password never changes. (A database
// prepared by WorkflowFixture has its administrator already: sign in as kAdminLogin there.)
inline const QString kCliAdmin = QStringLiteral("cli-admin");
inline const QString kCliAdminPassword = QStringLiteral("Desk-Test-Passw0rd");

QString cliPath();
// certdesk-cli --db dbUrl args..., signed in as kCliAdmin through CERTDESK_OPERATOR and
// CERTDESK_OPERATOR_PASSWORD, unless extraEnv gives its own CERTDESK_OPERATOR (empty: nobody signs in).
ProcessResult runCli(const QString& dbUrl, const QStringList& args, const QStringList& extraEnv = {},
                     const QByteArray& stdinData = {});
// The environment that signs in as `login` with `password`.
QStringList cliSignInEnv(const QString& login = kCliAdmin, const QString& password = kCliAdminPassword);
// "--admin cli-admin --admin-password-file FILE": init with these creates the test administrator.
QStringList cliAdminOptions();
// Creates the test administrator on a database that has no operator yet (operator bootstrap). Empty on
// success, else what went wrong.
QString bootstrapCliAdmin(const QString& dbUrl);
// A file holding `password` (first line), in a folder that lives as long as the test.
QString cliPasswordFile(const QString& password);
// dumpContent (TestDatabase) without what every signed-in command changes: its "login" history rows,
// the history head and the operators' sign-in state. Compare before/after a refused command.
QString contentApartFromSignIns(Database& db);

} // namespace certdesk::test
