#pragma once
// Runs the `openssl` command as an independent verifier of what CertDesk produced.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

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

// Writes bytes to dir/name and returns the absolute path.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data);

} // namespace certdesk::test
