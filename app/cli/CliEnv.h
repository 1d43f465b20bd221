#pragma once
// What every command gets: output (text or JSON), the opened database and the workflow context.
#include "CliArgs.h"
#include "session/WorkflowContext.h"
#include "util/Result.h"
#include <QJsonObject>
#include <QTextStream>
#include <memory>

namespace certdesk::cli {

enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitNotFound = 3,
    ExitInvalid = 4,
    ExitConflict = 5,
    ExitLocked = 6,
    ExitCrypto = 7,
    ExitDatabase = 8,
    ExitIo = 9,
    ExitCancelled = 10,
};

class CliEnv
{
    Q_DECLARE_TR_FUNCTIONS(CliEnv)
public:
    CliEnv();

    bool json = false;
    QString dbUrl;
    QString passphraseFile;
    QString operatorName;
    std::unique_ptr<WorkflowContext> ctx;

    // Opens the database (running migrations) and builds the workflow context.
    int openDatabase();
    WorkflowContext& context() { return *ctx; }

    int fail(const Error& error);              // prints and maps to an exit code
    int usage(const QString& message);         // exit 2
    void print(const QString& text);           // text mode only
    void printJson(const QJsonObject& object); // json mode only
    void note(const QString& text);            // always to stderr (progress, hints)

    // Reads a secret from a file (first line, without the line break). Never echoes it.
    Result<QByteArray> readSecretFile(const QString& path);
    Result<QByteArray> readFile(const QString& path);
    // Writes atomically; `privateFile` makes it readable by the owner only (.p12, keys).
    Status writeFile(const QString& path, const QByteArray& data, bool privateFile = false);

private:
    QTextStream m_out;
    QTextStream m_err;
};

QString errorCodeId(ErrorCode code);

} // namespace certdesk::cli
