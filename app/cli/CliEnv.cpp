#include "CliEnv.h"
#include "CliPassphrase.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <cstdio>

namespace certdesk::cli {

QString errorCodeId(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("none");
    case ErrorCode::Invalid:
        return QStringLiteral("invalid");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Locked:
        return QStringLiteral("locked");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::NotPermitted:
        return QStringLiteral("not-permitted");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    }
    return QStringLiteral("error");
}

CliEnv::CliEnv() : m_out(stdout), m_err(stderr) {}

int CliEnv::requireDatabaseUrl()
{
    if (dbUrl.isEmpty())
        return usage(tr("No database given. Use --db sqlite:PATH or --db postgresql://USER@HOST:PORT/DB "
                        "(or set CERTDESK_DB)."));
    return ExitOk;
}

int CliEnv::openDatabase()
{
    if (const int rc = requireDatabaseUrl(); rc != ExitOk)
        return rc;
    auto db = Database::open(dbUrl);
    if (!db)
        return fail(db.error());
    useContext(db.value(), Actor::localUser(QStringLiteral("certdesk-cli")));
    return ExitOk;
}

void CliEnv::useContext(DatabasePtr db, Actor actor)
{
    ctx = std::make_unique<WorkflowContext>(std::move(db), std::move(actor));
    ctx->setPassphraseProvider(makePassphraseProvider(*this));
    ctx->setQuietPassphraseProvider(makePassphraseProvider(*this, false));
}

int CliEnv::fail(const Error& error)
{
    if (json) {
        QJsonObject e{{QStringLiteral("code"), errorCodeId(error.code)},
                      {QStringLiteral("message"), error.message}};
        if (!error.detail.isEmpty())
            e.insert(QStringLiteral("detail"), error.detail);
        printJson(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), e}});
    }
    m_err << tr("certdesk-cli: error: %1").arg(error.message) << Qt::endl;
    if (!error.detail.isEmpty() && qEnvironmentVariableIsSet("CERTDESK_VERBOSE"))
        m_err << QStringLiteral("  ") << error.detail << Qt::endl;
    switch (error.code) {
    case ErrorCode::Invalid:
        return ExitInvalid;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::Conflict:
        return ExitConflict;
    case ErrorCode::Locked:
        return ExitLocked;
    case ErrorCode::Crypto:
        return ExitCrypto;
    case ErrorCode::Database:
        return ExitDatabase;
    case ErrorCode::Io:
        return ExitIo;
    case ErrorCode::Cancelled:
        return ExitCancelled;
    case ErrorCode::NotPermitted:
        return ExitNotPermitted;
    case ErrorCode::Unavailable:
        return ExitUnavailable;
    case ErrorCode::None:
        break;
    }
    return ExitFailure;
}

int CliEnv::usage(const QString& message)
{
    if (json)
        printJson(QJsonObject{
            {QStringLiteral("ok"), false},
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("usage")},
                                                  {QStringLiteral("message"), message}}}});
    m_err << tr("certdesk-cli: %1").arg(message) << Qt::endl
          << tr("Run \"certdesk-cli help\" for the commands.") << Qt::endl;
    return ExitUsage;
}

void CliEnv::print(const QString& text)
{
    if (!json)
        m_out << text << Qt::endl;
}

void CliEnv::printJson(const QJsonObject& object)
{
    if (json)
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
}

void CliEnv::note(const QString& text)
{
    m_err << text << Qt::endl;
}

Result<QByteArray> CliEnv::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

Result<QByteArray> CliEnv::readSecretFile(const QString& path)
{
    auto data = readFile(path);
    if (!data)
        return data;
    QByteArray s = data.value();
    const qsizetype nl = s.indexOf('\n');
    if (nl >= 0)
        s.truncate(nl);
    if (s.endsWith('\r'))
        s.chop(1);
    return s;
}

Status CliEnv::writeFile(const QString& path, const QByteArray& data, bool privateFile)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, f.errorString()));
    if (privateFile)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(data) != data.size() || !f.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace certdesk::cli
