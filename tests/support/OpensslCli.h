#pragma once
// Runs the `openssl` command as an independent verifier of what CertDesk produced.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QProcess;

namespace certdesk::test {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out; // stdout
    QByteArray err; // stderr
    QString all() const { return QString::fromUtf8(out + err); }
};

// Runs `openssl args...` with optional stdin; waits up to 60 s.
ProcessResult runOpenssl(const QStringList& args, const QByteArray& stdinData = {});
// Runs any program; waits up to timeoutMs.
ProcessResult runProcess(const QString& program, const QStringList& args, const QByteArray& stdinData = {},
                         int timeoutMs = 120000, const QStringList& extraEnv = {});

// Stops a server the test started: SIGTERM, up to 10 s, then SIGKILL. Nothing when it is not running.
void stopProcess(QProcess& process);

// Writes bytes to dir/name and returns the absolute path.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data);

} // namespace certdesk::test
