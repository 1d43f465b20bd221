#pragma once
// SQL access to the operators who sign in. No business rules here (password rules, lockout, the last
// administrator): the workflows decide, this class reads and writes rows.
#include "store/Database.h"
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace certdesk {

struct OperatorRecord
{
    qint64 id = 0;
    QString login;        // as typed at sign-in; unique, also without regard to case
    QString displayName;  // shown in the window title and the history
    QString role;         // "admin", "helpdesk" or "auditor" (auth/Roles: Roles::fromId)
    QString passwordHash; // auth/PasswordHash encoding, parameters included
    int failedCount = 0;  // consecutive wrong passwords since the last successful sign-in or unlock
    bool locked = false;
    bool disabled = false;
    bool mustChangePassword = false;
    QDateTime createdAt;
    QDateTime updatedAt;    // last change of role, name, password, lock or disabled state
    QDateTime lastSignInAt; // null until the first successful sign-in
};

// Whom to ask: an administrator who can act now, as every operator may see it.
struct AdministratorContact
{
    QString login;
    QString displayName;
};

class OperatorStore
{
    Q_DECLARE_TR_FUNCTIONS(OperatorStore)
public:
    explicit OperatorStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const OperatorRecord& op);
    // Exactly this login (sign-in). lockRow: FOR UPDATE on PostgreSQL, inside the caller's transaction.
    Result<std::optional<OperatorRecord>> findByLogin(const QString& login, bool lockRow = false);
    // The operator whose login equals `login` trimmed and without regard to case (Unicode case folding):
    // the duplicate check before adding or renaming. Operators are few, so this compares in C++ and does
    // not depend on what the database's lower() folds.
    Result<std::optional<OperatorRecord>> findByLoginFolded(const QString& login);
    Result<std::optional<OperatorRecord>> findById(qint64 id, bool lockRow = false);
    Result<QList<OperatorRecord>> list(); // ordered by login

    // Each setter changes one aspect of one operator; those that take nowUtc also set updated_at (sign-in
    // attempts are not changes of the operator). NotFound when no operator has this id.
    Status setRole(qint64 id, const QString& role, const QDateTime& nowUtc);
    Status setDisplayName(qint64 id, const QString& displayName, const QDateTime& nowUtc);
    Status setPasswordHash(qint64 id, const QString& passwordHash, bool mustChangePassword,
                           const QDateTime& nowUtc);
    Status setFailedCount(qint64 id, int failedCount);
    Status setLocked(qint64 id, bool locked, const QDateTime& nowUtc);
    Status setDisabled(qint64 id, bool disabled, const QDateTime& nowUtc);
    Status setLastSignIn(qint64 id, const QDateTime& atUtc);

    // Operators with role admin that are not disabled (locked ones count: an administrator can unlock
    // them). Never let a change bring this to zero.
    Result<qint64> countActiveAdministrators();

    // The administrators who can act now (neither disabled nor locked), ordered by login: the names for
    // "Ask an administrator". Any operator may read it: on PostgreSQL through the SECURITY DEFINER
    // function of migration 22 (row-level security hides other operators' rows from the helpdesk and
    // the auditor), which returns these two columns only.
    Result<QList<AdministratorContact>> activeAdministrators();

private:
    Status updateOne(const QString& assignments, QVariantList binds, qint64 id);
    Database& m_db;
};

} // namespace certdesk
