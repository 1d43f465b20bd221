#include "workflows/OperatorWorkflows.h"
#include "auth/PasswordHash.h"
#include "auth/PasswordRules.h"
#include "store/PgRoles.h"
#include "store/Transaction.h"

#include <QRegularExpression>

namespace certdesk {
namespace {

// Login names double as PostgreSQL role names in shared mode: ASCII letters, digits and . _ -, starting
// with a letter or digit, at most 63 characters (PostgreSQL's identifier limit), never one of the group
// roles (certdesk_…) or a reserved PostgreSQL name (pg_…).
constexpr int kMaxLoginLength = 63;
constexpr int kMaxDisplayNameLength = 128;
// How much of a login name that matches no operator goes into the login-failed history row.
constexpr int kUnknownLoginShown = 64;

} // namespace

QString OperatorWorkflows::loginError(const QString& login)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]*")));
    if (login.isEmpty())
        return tr("The operator needs a login name.");
    if (login.size() > kMaxLoginLength)
        return tr("The login name may have at most %1 characters.").arg(kMaxLoginLength);
    if (!pattern.match(login).hasMatch())
        return tr("The login name may contain only letters A–Z, digits and . _ -, and must start with a "
                  "letter or a digit.");
    const QString lower = login.toLower();
    if (lower.startsWith(QLatin1String("pg_")) || lower.startsWith(QLatin1String("certdesk_")))
        return tr("Login names starting with pg_ or certdesk_ are reserved.");
    return {};
}

Result<bool> OperatorWorkflows::needsBootstrap()
{
    auto all = OperatorStore(m_ctx.db()).list();
    if (!all)
        return all.error();
    return all->isEmpty();
}

Status OperatorWorkflows::checkPassword(const QString& password, const QString& login)
{
    const QStringList problems = PasswordRules::problems(password, login);
    if (problems.isEmpty())
        return {};
    return makeError(ErrorCode::Invalid, tr("The password does not meet the rules:") +
                                             QStringLiteral("\n- ") + problems.join(QStringLiteral("\n- ")));
}

Result<OperatorRecord> OperatorWorkflows::newOperator(const QString& login, const QString& displayName,
                                                      Role role, const QString& password)
{
    if (const QString err = loginError(login); !err.isEmpty())
        return makeError(ErrorCode::Invalid, err);
    const QString name = displayName.trimmed().isEmpty() ? login : displayName.trimmed();
    if (name.size() > kMaxDisplayNameLength)
        return makeError(ErrorCode::Invalid,
                         tr("The display name may have at most %1 characters.").arg(kMaxDisplayNameLength));
    if (auto s = checkPassword(password, login); !s)
        return s.error();
    auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    OperatorRecord op;
    op.login = login;
    op.displayName = name;
    op.role = Roles::id(role);
    op.passwordHash = hash.value();
    op.createdAt = m_ctx.now();
    op.updatedAt = op.createdAt;
    return op;
}

Result<OperatorRecord> OperatorWorkflows::insertOperator(OperatorRecord op, const QString& password)
{
    OperatorStore store(m_ctx.db());
    auto same = store.findByLoginFolded(op.login);
    if (!same)
        return same.error();
    if (same.value())
        return makeError(
            ErrorCode::Conflict,
            tr("There is already an operator with the login name \"%1\".").arg(same.value()->login));
    auto id = store.insert(op);
    if (!id)
        return id.error();
    op.id = id.value();
    if (auto s = PgRoles::createLogin(m_ctx.db(), op.login, op.role, password); !s)
        return s.error();
    return op;
}

Result<OperatorRecord> OperatorWorkflows::bootstrap(const QString& login, const QString& displayName,
                                                    const QString& password)
{
    auto op = newOperator(login, displayName, Role::Admin, password);
    if (!op)
        return op.error();
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto all = OperatorStore(m_ctx.db()).list();
    if (!all)
        return all.error();
    if (!all->isEmpty())
        return makeError(ErrorCode::Conflict,
                         tr("This database has operators already. Sign in as an administrator to add one."));
    // Nobody could sign in yet: the first administrator is the person at the keyboard, and the history
    // row names them.
    auto stored = insertOperator(op.value(), password);
    if (!stored)
        return stored.error();
    HistoryEntry h = m_ctx.historyEntry(Op::OperatorAdded);
    h.operatorName = stored->login;
    h.details = QStringLiteral("login=%1 role=%2 first administrator").arg(stored->login, stored->role);
    if (auto s = m_ctx.commitWithHistory(tx, h); !s)
        return s.error();
    return stored;
}

QString OperatorWorkflows::wrongPasswordMessage()
{
    return tr("The login name or the password is wrong.");
}

QString OperatorWorkflows::lockedMessage(const QString& login)
{
    return tr("The operator %1 is locked after %2 wrong passwords. Ask an administrator to unlock it.")
        .arg(login)
        .arg(kMaxFailures);
}

QString OperatorWorkflows::disabledMessage(const QString& login)
{
    return tr("The operator %1 is disabled. Ask an administrator.").arg(login);
}

// A wrong password of a known operator, inside the caller's transaction with the row locked: counts it,
// locks the operator at the kMaxFailures-th consecutive one (and makes its PostgreSQL role NOLOGIN), and
// writes the login-failed row (and the operator-locked row). Returns whether the operator is now locked.
Result<bool> OperatorWorkflows::countFailure(const OperatorRecord& op, const QString& reason)
{
    OperatorStore store(m_ctx.db());
    const int failures = op.failedCount + 1;
    if (auto s = store.setFailedCount(op.id, failures); !s)
        return s.error();
    HistoryEntry failed = m_ctx.historyEntry(Op::LoginFailed);
    failed.operatorName = op.login;
    failed.details = QStringLiteral("login=%1 reason=%2 failures=%3").arg(op.login, reason).arg(failures);
    if (auto s = HistoryLog::append(m_ctx.db(), failed); !s)
        return s.error();
    if (failures < kMaxFailures)
        return false;
    if (auto s = store.setLocked(op.id, true, m_ctx.now()); !s)
        return s.error();
    if (auto s = PgRoles::setCanLogin(m_ctx.db(), op.login, false); !s)
        return s.error();
    HistoryEntry locked = m_ctx.historyEntry(Op::OperatorLocked);
    locked.operatorName = op.login;
    locked.details = QStringLiteral("login=%1 failures=%2").arg(op.login).arg(failures);
    if (auto s = HistoryLog::append(m_ctx.db(), locked); !s)
        return s.error();
    return true;
}

Result<SignInResult> OperatorWorkflows::signIn(const QString& login, const QString& password,
                                               const QString& component)
{
    OperatorStore store(m_ctx.db());
    // The slow password check runs before the transaction, so that it does not hold the write lock; the
    // counting below reads the row again, locked. An unknown login costs the same check (against a hash
    // of nothing), so the time taken does not tell which login names exist.
    auto before = store.findByLogin(login);
    if (!before)
        return before.error();
    static const QString dummyHash = [] {
        auto h = PasswordHash::hash(QStringLiteral("no operator"));
        return h ? h.value() : QString();
    }();
    // PostgreSQL, connected as the operator's own login role (SignIn::open): the server has checked the
    // password already (SCRAM-SHA-256 against the role's verifier).
    auto serverChecked = PgRoles::connectedAs(m_ctx.db(), login);
    if (!serverChecked)
        return serverChecked.error();
    const bool passwordRight =
        (serverChecked.value() && before.value()) ||
        PasswordHash::verify(password, before.value() ? before.value()->passwordHash : dummyHash);
    std::optional<QString> rehashed;
    if (passwordRight && before.value() && PasswordHash::needsRehash(before.value()->passwordHash)) {
        if (auto h = PasswordHash::hash(password))
            rehashed = h.value();
    }

    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto found = store.findByLogin(login, true);
    if (!found)
        return found.error();
    if (!found.value()) {
        HistoryEntry h = m_ctx.historyEntry(Op::LoginFailed);
        h.details = QStringLiteral("login=%1 reason=unknown-operator").arg(login.left(kUnknownLoginShown));
        if (auto s = m_ctx.commitWithHistory(tx, h); !s)
            return s.error();
        return makeError(ErrorCode::NotPermitted, wrongPasswordMessage());
    }
    OperatorRecord op = *found.value();
    // Locked or disabled: refused whatever the password, and not counted (a locked operator stays locked
    // until an administrator unlocks it).
    if (op.disabled || op.locked) {
        HistoryEntry h = m_ctx.historyEntry(Op::LoginFailed);
        h.operatorName = op.login;
        h.details = QStringLiteral("login=%1 reason=%2")
                        .arg(op.login, op.disabled ? QStringLiteral("disabled") : QStringLiteral("locked"));
        if (auto s = m_ctx.commitWithHistory(tx, h); !s)
            return s.error();
        return makeError(ErrorCode::NotPermitted,
                         op.disabled ? disabledMessage(op.login) : lockedMessage(op.login));
    }
    const auto role = Roles::fromId(op.role);
    // The hash checked above must still be the stored one (a concurrent password change), and the row must
    // name a known role.
    if (!passwordRight || op.passwordHash != before.value().value_or(OperatorRecord{}).passwordHash ||
        !role) {
        auto locked = countFailure(op, QStringLiteral("wrong-password"));
        if (!locked)
            return locked.error();
        // The failure counts even though the sign-in fails: commit it.
        if (auto s = tx.commit(); !s)
            return s.error();
        return makeError(ErrorCode::NotPermitted,
                         locked.value() ? lockedMessage(op.login) : wrongPasswordMessage());
    }

    const QDateTime now = m_ctx.now();
    if (op.failedCount != 0) {
        if (auto s = store.setFailedCount(op.id, 0); !s)
            return s.error();
        op.failedCount = 0;
    }
    if (rehashed) {
        // Stronger parameters than the stored hash: replace it (not a password change, no history row).
        if (auto s = store.setPasswordHash(op.id, *rehashed, op.mustChangePassword, now); !s)
            return s.error();
        op.passwordHash = *rehashed;
    }
    if (auto s = store.setLastSignIn(op.id, now); !s)
        return s.error();
    op.lastSignInAt = now;
    SignInResult result;
    result.op = op;
    result.actor = Actor::forOperator(op, component);
    result.mustChangePassword = op.mustChangePassword;
    HistoryEntry h = m_ctx.historyEntry(Op::Login);
    h.operatorName = result.actor.operatorName;
    h.host = result.actor.host;
    h.userAgent = result.actor.userAgent;
    h.details = QStringLiteral("login=%1 role=%2").arg(op.login, op.role);
    if (auto s = m_ctx.commitWithHistory(tx, h); !s)
        return s.error();
    return result;
}

Status OperatorWorkflows::signOut()
{
    if (!m_ctx.actor().signedIn())
        return makeError(ErrorCode::NotPermitted, tr("Nobody is signed in."));
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::Logout);
    h.details = QStringLiteral("login=%1").arg(m_ctx.actor().operatorName);
    return m_ctx.commitWithHistory(tx, h);
}

Status OperatorWorkflows::changeOwnPassword(const QString& oldPassword, const QString& newPassword)
{
    if (!m_ctx.actor().signedIn())
        return makeError(ErrorCode::NotPermitted, tr("Nobody is signed in. Sign in as an operator first."));
    OperatorStore store(m_ctx.db());
    auto current = store.findById(m_ctx.actor().operatorId);
    if (!current)
        return current.error();
    if (!current.value())
        return makeError(ErrorCode::NotFound, tr("The signed-in operator no longer exists."));
    const QString login = current.value()->login;
    if (auto s = checkPassword(newPassword, login); !s)
        return s;
    if (newPassword == oldPassword)
        return makeError(ErrorCode::Invalid, tr("The new password must differ from the current one."));
    const bool oldRight = PasswordHash::verify(oldPassword, current.value()->passwordHash);
    Result<QString> hash = oldRight ? PasswordHash::hash(newPassword) : Result<QString>(QString());
    if (!hash)
        return hash.error();

    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    auto found = store.findById(m_ctx.actor().operatorId, true);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("The signed-in operator no longer exists."));
    const OperatorRecord& op = *found.value();
    if (op.disabled || op.locked)
        return makeError(ErrorCode::NotPermitted,
                         op.disabled ? disabledMessage(op.login) : lockedMessage(op.login));
    // A wrong current password counts like a wrong password at sign-in: guessing it at an unattended
    // desk locks the operator too.
    if (!oldRight || op.passwordHash != current.value()->passwordHash) {
        auto locked = countFailure(op, QStringLiteral("wrong-current-password"));
        if (!locked)
            return locked.error();
        if (auto s = tx.commit(); !s)
            return s;
        return makeError(ErrorCode::NotPermitted,
                         locked.value() ? lockedMessage(op.login) : tr("The current password is wrong."));
    }
    if (auto s = store.setPasswordHash(op.id, hash.value(), false, m_ctx.now()); !s)
        return s;
    if (op.failedCount != 0) {
        if (auto s = store.setFailedCount(op.id, 0); !s)
            return s;
    }
    if (auto s = PgRoles::setPassword(m_ctx.db(), op.login, newPassword); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::PasswordChanged);
    h.details = QStringLiteral("login=%1 by=self").arg(op.login);
    return m_ctx.commitWithHistory(tx, h);
}

Result<QList<OperatorRecord>> OperatorWorkflows::list()
{
    if (auto s = m_ctx.require(Permission::Administer, QStringLiteral("operator list")); !s)
        return s.error();
    return OperatorStore(m_ctx.db()).list();
}

Result<OperatorRecord> OperatorWorkflows::add(const QString& login, const QString& displayName, Role role,
                                              const QString& password)
{
    if (auto s = m_ctx.require(Permission::Administer, QStringLiteral("operator add %1").arg(login)); !s)
        return s.error();
    auto op = newOperator(login, displayName, role, password);
    if (!op)
        return op.error();
    // Whoever chose this password is not the operator: it must be changed at the first sign-in.
    op->mustChangePassword = true;
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto stored = insertOperator(op.value(), password);
    if (!stored)
        return stored.error();
    HistoryEntry h = m_ctx.historyEntry(Op::OperatorAdded);
    h.details = QStringLiteral("login=%1 role=%2").arg(stored->login, stored->role);
    if (auto s = m_ctx.commitWithHistory(tx, h); !s)
        return s.error();
    return stored;
}

Result<OperatorRecord> OperatorWorkflows::lockedOperator(Transaction& tx, const QString& login)
{
    if (auto s = tx.begin(); !s)
        return s.error();
    auto found = OperatorStore(m_ctx.db()).findByLogin(login, true);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound,
                         tr("There is no operator with the login name \"%1\".").arg(login));
    return *found.value();
}

// Refuses a change that would leave no active administrator. Every active administrator's row is locked
// first (in id order, so two such changes cannot deadlock), so that two administrators demoting or
// disabling each other at the same time cannot both succeed.
Status OperatorWorkflows::keepAnAdministrator(const OperatorRecord& op)
{
    if (op.role != Roles::id(Role::Admin) || op.disabled)
        return {};
    OperatorStore store(m_ctx.db());
    auto all = store.list();
    if (!all)
        return all.error();
    QList<qint64> admins;
    for (const OperatorRecord& other : all.value()) {
        if (other.role == op.role && !other.disabled)
            admins << other.id;
    }
    std::sort(admins.begin(), admins.end());
    for (qint64 id : admins) {
        if (auto locked = store.findById(id, true); !locked)
            return locked.error();
    }
    auto count = store.countActiveAdministrators();
    if (!count)
        return count.error();
    if (count.value() <= 1)
        return makeError(ErrorCode::Conflict,
                         tr("%1 is the last active administrator. Add or enable another administrator first.")
                             .arg(op.login));
    return {};
}

Status OperatorWorkflows::setRole(const QString& login, Role role)
{
    if (auto s = m_ctx.require(Permission::Administer,
                               QStringLiteral("operator set-role %1 %2").arg(login, Roles::id(role)));
        !s)
        return s;
    Transaction tx(m_ctx.db());
    auto op = lockedOperator(tx, login);
    if (!op)
        return op.error();
    if (op->role == Roles::id(role))
        return {};
    if (role != Role::Admin) {
        if (auto s = keepAnAdministrator(op.value()); !s)
            return s;
    }
    if (auto s = OperatorStore(m_ctx.db()).setRole(op->id, Roles::id(role), m_ctx.now()); !s)
        return s;
    if (auto s = PgRoles::setGroup(m_ctx.db(), op->login, Roles::id(role)); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::OperatorChanged);
    h.details = QStringLiteral("login=%1 role=%2->%3").arg(op->login, op->role, Roles::id(role));
    return m_ctx.commitWithHistory(tx, h);
}

Status OperatorWorkflows::setDisplayName(const QString& login, const QString& displayName)
{
    if (auto s =
            m_ctx.require(Permission::Administer, QStringLiteral("operator set-display-name %1").arg(login));
        !s)
        return s;
    const QString name = displayName.trimmed().isEmpty() ? login : displayName.trimmed();
    if (name.size() > kMaxDisplayNameLength)
        return makeError(ErrorCode::Invalid,
                         tr("The display name may have at most %1 characters.").arg(kMaxDisplayNameLength));
    Transaction tx(m_ctx.db());
    auto op = lockedOperator(tx, login);
    if (!op)
        return op.error();
    if (op->displayName == name)
        return {};
    if (auto s = OperatorStore(m_ctx.db()).setDisplayName(op->id, name, m_ctx.now()); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::OperatorChanged);
    h.details = QStringLiteral("login=%1 display_name=%2").arg(op->login, name);
    return m_ctx.commitWithHistory(tx, h);
}

Status OperatorWorkflows::unlock(const QString& login)
{
    if (auto s = m_ctx.require(Permission::Administer, QStringLiteral("operator unlock %1").arg(login)); !s)
        return s;
    Transaction tx(m_ctx.db());
    auto op = lockedOperator(tx, login);
    if (!op)
        return op.error();
    if (!op->locked && op->failedCount == 0)
        return {};
    OperatorStore store(m_ctx.db());
    if (auto s = store.setLocked(op->id, false, m_ctx.now()); !s)
        return s;
    if (auto s = store.setFailedCount(op->id, 0); !s)
        return s;
    // A disabled operator stays unable to connect.
    if (auto s = PgRoles::setCanLogin(m_ctx.db(), op->login, !op->disabled); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::OperatorUnlocked);
    h.details = QStringLiteral("login=%1 failures=%2").arg(op->login).arg(op->failedCount);
    return m_ctx.commitWithHistory(tx, h);
}

Status OperatorWorkflows::resetPassword(const QString& login, const QString& password)
{
    if (auto s =
            m_ctx.require(Permission::Administer, QStringLiteral("operator reset-password %1").arg(login));
        !s)
        return s;
    if (auto s = checkPassword(password, login); !s)
        return s;
    auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    Transaction tx(m_ctx.db());
    auto op = lockedOperator(tx, login);
    if (!op)
        return op.error();
    if (auto s = OperatorStore(m_ctx.db()).setPasswordHash(op->id, hash.value(), true, m_ctx.now()); !s)
        return s;
    if (auto s = PgRoles::setPassword(m_ctx.db(), op->login, password); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::PasswordChanged);
    h.details = QStringLiteral("login=%1 by=administrator").arg(op->login);
    return m_ctx.commitWithHistory(tx, h);
}

Status OperatorWorkflows::disable(const QString& login)
{
    if (auto s = m_ctx.require(Permission::Administer, QStringLiteral("operator disable %1").arg(login)); !s)
        return s;
    Transaction tx(m_ctx.db());
    auto op = lockedOperator(tx, login);
    if (!op)
        return op.error();
    if (op->disabled)
        return {};
    if (auto s = keepAnAdministrator(op.value()); !s)
        return s;
    if (op->id == m_ctx.actor().operatorId)
        return makeError(ErrorCode::Conflict, tr("You cannot disable the operator you are signed in as."));
    if (auto s = OperatorStore(m_ctx.db()).setDisabled(op->id, true, m_ctx.now()); !s)
        return s;
    if (auto s = PgRoles::setCanLogin(m_ctx.db(), op->login, false); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::OperatorDisabled);
    h.details = QStringLiteral("login=%1 role=%2").arg(op->login, op->role);
    return m_ctx.commitWithHistory(tx, h);
}

} // namespace certdesk
