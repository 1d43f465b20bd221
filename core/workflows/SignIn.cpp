#include "workflows/SignIn.h"
#include "session/WorkflowContext.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace certdesk {
namespace {

// The login role (migration 13) that may do nothing but call certdesk_sign_in_failed: it has no secret,
// pg_hba.conf lets it in without a password.
const QString kSignInRole = QStringLiteral("certdesk_signin");

enum class Refusal { None, WrongPassword, MayNotLogIn };

// How the server refused the connection. libpq reports no SQLSTATE for a failed connection, only the
// server's message, in the server's language (lc_messages): English and Japanese are recognized.
Refusal refusalOf(const Error& error)
{
    const QString text = error.message + QLatin1Char('\n') + error.detail;
    if (text.contains(QLatin1String("28P01")) ||
        text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QStringLiteral("パスワード認証に失敗しました")))
        return Refusal::WrongPassword;
    if (text.contains(QLatin1String("is not permitted to log in")) ||
        text.contains(QStringLiteral("ログインが許可されていません")))
        return Refusal::MayNotLogIn;
    return Refusal::None;
}

// Records the refused connection through the sign-in counter role; returns the state the database
// function reports ("unknown", "disabled", "locked", "counted", "locked-now").
Result<QString> countRefusal(const DatabaseUrl& url, const QString& login, const QString& component)
{
    const QString name =
        QStringLiteral("certdesk-signin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QString> outcome = QString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(kSignInRole);
        db.setDatabaseName(url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=certdesk-signin") +
                             url.tlsConnectOptions());
        if (!db.open()) {
            outcome = makeError(ErrorCode::Database,
                                SignIn::tr("The failed sign-in could not be counted: %1")
                                    .arg(db.lastError().databaseText().trimmed()),
                                db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT certdesk_sign_in_failed(?, ?, ?)"));
            q.addBindValue(login);
            q.addBindValue(QSysInfo::machineHostName());
            q.addBindValue(Actor::localUser(component).userAgent);
            if (!q.exec() || !q.next())
                outcome = makeError(ErrorCode::Database,
                                    SignIn::tr("The failed sign-in could not be counted: %1")
                                        .arg(q.lastError().databaseText().trimmed()),
                                    q.lastError().text());
            else
                outcome = q.value(0).toString();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

Result<SignedIn> signInOver(DatabasePtr db, const QString& login, const QString& password,
                            const QString& component, const Clock& clock)
{
    WorkflowContext ctx(db, Actor::localUser(component), clock);
    auto result = OperatorWorkflows(ctx).signIn(login, password, component);
    if (!result)
        return result.error();
    return SignedIn{std::move(db), std::move(result).value()};
}

} // namespace

Result<SignedIn> SignIn::open(const DatabaseUrl& url, const QString& login, const QString& password,
                              const QString& component, const Clock& clock)
{
    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        auto db = Database::open(url);
        if (!db)
            return db.error();
        return signInOver(std::move(db).value(), login, password, component, clock);
    }

    // PostgreSQL: the operator's own login role; the server checks the password (SCRAM-SHA-256). The
    // password is in no message: Database's errors name the URL without it.
    if (login.isEmpty() || password.isEmpty())
        return makeError(ErrorCode::NotPermitted, OperatorWorkflows::wrongPasswordMessage());
    DatabaseUrl asOperator = url;
    asOperator.user = login;
    asOperator.password = password;
    auto db = Database::open(asOperator);
    if (db)
        return signInOver(std::move(db).value(), login, password, component, clock);

    const Refusal refusal = refusalOf(db.error());
    if (refusal == Refusal::None)
        return db.error();
    auto state = countRefusal(url, login, component);
    if (!state)
        return state.error();
    if (state.value() == QLatin1String("disabled"))
        return makeError(ErrorCode::NotPermitted, OperatorWorkflows::disabledMessage(login));
    if (state.value() == QLatin1String("locked") || state.value() == QLatin1String("locked-now"))
        return makeError(ErrorCode::NotPermitted, OperatorWorkflows::lockedMessage(login));
    if (refusal == Refusal::MayNotLogIn)
        return makeError(ErrorCode::NotPermitted,
                         tr("The operator %1 is locked or disabled. Ask an administrator.").arg(login));
    return makeError(ErrorCode::NotPermitted, OperatorWorkflows::wrongPasswordMessage());
}

} // namespace certdesk
