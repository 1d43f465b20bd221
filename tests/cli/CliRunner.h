#pragma once
// Runs the built certdesk-cli (CERTDESK_BIN_DIR) against a database URL.
#include "OpensslCli.h"

namespace certdesk::test {

QString cliPath();
ProcessResult runCli(const QString& dbUrl, const QStringList& args, const QStringList& extraEnv = {},
                     const QByteArray& stdinData = {});

} // namespace certdesk::test
