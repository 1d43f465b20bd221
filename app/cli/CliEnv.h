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
    ExitNotPermitted = 11, // the signed-in operator's role may not do this, or nobody could sign in
    ExitUnavailable = 12,  // the database cannot be reached (or the connection was lost); nothing was saved
};

class CliEnv
{
    Q_DECLARE_TR_FUNCTIONS(CliEnv)
public:
    CliEnv();

    bool json = false;
    QString dbUrl;
    QString passphraseFile;
    QString operatorName;         // who signs in: --operator or CERTDESK_OPERATOR
    QString operatorPasswordFile; // --operator-password-file
    std::unique_ptr<WorkflowContext> ctx;
    // The password the operator signed in with (passwd checks it as the current one); empty when nobody
    // signed in.
    QString signInPassword;

    // ExitOk when a database was given, else the usage error that says how to give one.
    int requireDatabaseUrl();
    // Opens the database (running migrations) with nobody signed in: only for init and operator bootstrap
    // (CliSignIn signs in for everything else).
    int openDatabase();
    // The workflow context over `db` for `actor`, with the CA passphrase providers of the command line.
    void useContext(DatabasePtr db, Actor actor);
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
