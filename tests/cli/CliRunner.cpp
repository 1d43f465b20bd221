#include "CliRunner.h"

#include <QDir>

namespace certdesk::test {

QString cliPath()
{
    return QDir(qEnvironmentVariable("CERTDESK_BIN_DIR")).filePath(QStringLiteral("certdesk-cli"));
}

ProcessResult runCli(const QString& dbUrl, const QStringList& args, const QStringList& extraEnv,
                     const QByteArray& stdinData)
{
    QStringList all{QStringLiteral("--db"), dbUrl};
    all += args;
    return runProcess(cliPath(), all, stdinData, 120000, extraEnv);
}

} // namespace certdesk::test
