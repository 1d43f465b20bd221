#pragma once
// Operators (オペレーター): sign-in with lockout, and the administrator's operator management. Every change
// and its history row commit in one transaction; on PostgreSQL each operator is also a login role in
// the group role of its role (store/PgRoles), changed in the same transaction.
//
// Rules: passwords follow auth/PasswordRules; 6 consecutive wrong passwords lock an operator until an
// administrator unlocks it (the right password is refused while locked, with a message that says to ask
// an administrator); an operator created or reset by an administrator must change the password at the
// next sign-in; the last active administrator can never be disabled or demoted.
#include "auth/Roles.h"
#include "session/WorkflowContext.h"
#include "store/OperatorStore.h"

namespace certdesk {

class Transaction;

struct SignInResult
{
    OperatorRecord op;
    Actor actor;                     // Actor::forOperator(op, component): set it on the context
    bool mustChangePassword = false; // ask for a new password before anything else
};

class OperatorWorkflows
{
    Q_DECLARE_TR_FUNCTIONS(OperatorWorkflows)
public:
    static constexpr int kMaxFailures = 6;

    explicit OperatorWorkflows(WorkflowContext& ctx) : m_ctx(ctx) {}

    // True when the database has no operator yet (made before operators existed, or brand new): then
    // nothing but bootstrap() may run.
    Result<bool> needsBootstrap();
    // The first administrator of a database without operators (no sign-in possible yet, so no
    // permission check); refused with Conflict once any operator exists. Does not ask for a password
    // change (the person who chose it is the one at the keyboard).
    Result<OperatorRecord> bootstrap(const QString& login, const QString& displayName,
                                     const QString& password);

    // Checks the password (history rows: login, login-failed, operator-locked at the 6th failure) and,
    // when it is right, returns the actor to set on the context. `component`: "certdesk", "certdesk-cli".
    // Wrong password / unknown operator: NotPermitted with the same message (no user enumeration);
    // locked or disabled: NotPermitted saying whom to ask.
    Result<SignInResult> signIn(const QString& login, const QString& password, const QString& component);
    // A "logout" history row for the signed-in operator.
    Status signOut();
    // The signed-in operator's own password (clears must-change-password). Checks the old one.
    Status changeOwnPassword(const QString& oldPassword, const QString& newPassword);

    // Administrator only (Permission::Administer).
    Result<QList<OperatorRecord>> list();
    Result<OperatorRecord> add(const QString& login, const QString& displayName, Role role,
                               const QString& password);
    Status setRole(const QString& login, Role role);
    Status setDisplayName(const QString& login, const QString& displayName);
    Status unlock(const QString& login);
    Status resetPassword(const QString& login, const QString& password); // must change at next sign-in
    Status disable(const QString& login);

    // Translated reason why `login` cannot be an operator's login name, or empty. Login names are also
    // PostgreSQL role names: 1 to 63 of A-Z a-z 0-9 . _ -, starting with a letter or digit, not pg_… or
    // certdesk_….
    static QString loginError(const QString& login);
    static QString wrongPasswordMessage();                // also for an unknown login name
    static QString lockedMessage(const QString& login);   // says to ask an administrator
    static QString disabledMessage(const QString& login); // says to ask an administrator

private:
    static Status checkPassword(const QString& password, const QString& login);
    Result<OperatorRecord> newOperator(const QString& login, const QString& displayName, Role role,
                                       const QString& password);
    Result<OperatorRecord> insertOperator(OperatorRecord op, const QString& password);
    Result<bool> countFailure(const OperatorRecord& op, const QString& reason);
    // Begins `tx` and returns the operator `login`, row-locked for the change; NotFound when unknown.
    Result<OperatorRecord> lockedOperator(Transaction& tx, const QString& login);
    Status keepAnAdministrator(const OperatorRecord& op);
    WorkflowContext& m_ctx;
};

} // namespace certdesk
