#include "workflows/UserWorkflows.h"
#include "revocation/RevocationSteps.h"
#include "store/Settings.h"
#include "store/Transaction.h"
#include "text/EmailAddress.h"

#include <QRegularExpression>

namespace certdesk {

bool UserWorkflows::hasControlCharacters(const QString& text)
{
    // Line and paragraph separators, tabs, CR/LF and every other control or format character would
    // split one identifier into two in a certificate subject, a CSV cell or a log line.
    for (const QChar c : text) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Separator_Line ||
            cat == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

QString UserWorkflows::loginIdError(const QString& loginId)
{
    // anchoredPattern: a `$` would also accept a trailing line break.
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}")));
    if (loginId.isEmpty())
        return tr("The login ID is empty.");
    if (!re.match(loginId).hasMatch())
        return tr("The login ID \"%1\" may only contain half-width letters, digits and . _ @ + - (at most 64 "
                  "characters).")
            .arg(loginId);
    return {};
}

QString UserWorkflows::emailError(const QString& email)
{
    if (email.isEmpty())
        return {};
    if (!isValidEmailAddress(email))
        return tr("\"%1\" is not a valid e-mail address.").arg(email);
    return {};
}

QString UserWorkflows::validate(const UserInput& in, bool checkLogin) const
{
    if (checkLogin) {
        if (const QString e = loginIdError(in.loginId); !e.isEmpty())
            return e;
    }
    if (in.email.isEmpty())
        return tr("The e-mail address is required.");
    if (const QString e = emailError(in.email); !e.isEmpty())
        return e;
    if (in.displayName.size() > 128 || in.department.size() > 128 || in.title.size() > 128)
        return tr("Name, department and title may have at most 128 characters.");
    for (const QString& field :
         QStringList{in.displayName, in.department, in.title, in.mailLanguage} + in.groups) {
        if (hasControlCharacters(field))
            return tr("Name, department, title and groups may not contain line breaks, tabs or other "
                      "control characters.");
    }
    if (!in.mailLanguage.isEmpty() && in.mailLanguage != QLatin1String("ja") &&
        in.mailLanguage != QLatin1String("en"))
        return tr("The mail language must be \"ja\" or \"en\".");
    return {};
}

Result<UserRecord> UserWorkflows::insertWithHistory(WorkflowContext& ctx, const UserInput& in,
                                                    const QString& extraDetails)
{
    // Login IDs that differ only in (ASCII) case name the same person to most directories.
    auto folded = ctx.db().exec(QStringLiteral("SELECT login_id FROM users WHERE lower(login_id) = ?"),
                                {in.loginId.toLower()});
    if (!folded)
        return folded.error();
    if (folded->next())
        return makeError(ErrorCode::Conflict,
                         tr("A user with the login ID \"%1\" already exists; login IDs that differ only "
                            "in upper and lower case are not allowed.")
                             .arg(folded->value(0).toString()));
    UserRecord u;
    u.loginId = in.loginId;
    u.email = in.email;
    u.displayName = in.displayName.trimmed().isEmpty() ? in.loginId : in.displayName.trimmed();
    u.department = in.department.trimmed();
    u.title = in.title.trimmed();
    u.groups = in.groups;
    u.mailLanguage = in.mailLanguage;
    // The setting is read only when the caller did not decide (a bulk row passes it, read once per run).
    u.certAuth = in.certAuth ? *in.certAuth : Settings(ctx.db()).boolValue(SettingKey::DefaultCertAuth);
    u.createdAt = u.updatedAt = ctx.now();
    auto id = UserStore(ctx.db()).insert(u);
    if (!id)
        return id.error();
    u.id = id.value();
    HistoryEntry h = ctx.historyEntry(Op::UserAdd);
    h.targetLogin = u.loginId;
    h.notifyEmail = u.email;
    h.details = QStringLiteral("cert_auth=%1").arg(u.certAuth ? 1 : 0);
    if (!extraDetails.isEmpty())
        h.details += QLatin1Char(' ') + extraDetails;
    if (auto s = HistoryLog::append(ctx.db(), h); !s)
        return s.error();
    return u;
}

Result<UserRecord> UserWorkflows::add(const UserInput& in)
{
    if (auto s = m_ctx.require(Permission::ManageUsers, QStringLiteral("user add %1").arg(in.loginId)); !s)
        return s.error();
    if (const QString err = validate(in, true); !err.isEmpty())
        return makeError(ErrorCode::Invalid, err);
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto existing = UserStore(m_ctx.db()).findByLogin(in.loginId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(ErrorCode::Conflict,
                         tr("A user with the login ID \"%1\" already exists.").arg(in.loginId));
    auto u = insertWithHistory(m_ctx, in);
    if (!u)
        return u.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return u.value();
}

Result<UserRecord> UserWorkflows::edit(const QString& loginId, const UserInput& in)
{
    if (auto s = m_ctx.require(Permission::ManageUsers, QStringLiteral("user edit %1").arg(loginId)); !s)
        return s.error();
    if (const QString err = validate(in, false); !err.isEmpty())
        return makeError(ErrorCode::Invalid, err);
    UserStore users(m_ctx.db());
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto found = m_ctx.requireUser(loginId, true);
    if (!found)
        return found.error();
    UserRecord u = found.value();
    u.email = in.email;
    u.displayName = in.displayName.trimmed().isEmpty() ? u.displayName : in.displayName.trimmed();
    u.department = in.department.trimmed();
    u.title = in.title.trimmed();
    u.groups = in.groups;
    u.mailLanguage = in.mailLanguage;
    u.updatedAt = m_ctx.now();
    if (auto s = users.update(u); !s)
        return s.error();
    HistoryEntry h = m_ctx.historyEntry(Op::UserEdit);
    h.targetLogin = u.loginId;
    h.notifyEmail = u.email;
    if (auto s = m_ctx.commitWithHistory(tx, h); !s)
        return s.error();
    return u;
}

Result<RevocationCount> UserWorkflows::remove(const QString& loginId)
{
    if (auto s = m_ctx.require(Permission::ManageUsers, QStringLiteral("user delete %1").arg(loginId)); !s)
        return s.error();
    UserStore users(m_ctx.db());
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto found = m_ctx.requireUser(loginId, true);
    if (!found)
        return found.error();
    auto revoked =
        RevocationSteps::revokeAllOfUser(m_ctx, found.value(), RevocationReason::CessationOfOperation);
    if (!revoked)
        return revoked.error();
    if (auto s = users.remove(found->id); !s)
        return s.error();
    HistoryEntry h = m_ctx.historyEntry(Op::UserDelete);
    h.targetLogin = loginId;
    h.details = QStringLiteral("revoked=%1").arg(revoked.value());
    if (auto s = m_ctx.commitWithHistory(tx, h); !s)
        return s.error();
    return RevocationWorkflows::afterCommit(m_ctx, revoked.value());
}

Result<UserRecord> UserWorkflows::get(const QString& loginId)
{
    return m_ctx.requireUser(loginId);
}

Result<QList<UserRecord>> UserWorkflows::list(const UserQuery& query)
{
    return UserStore(m_ctx.db()).list(query);
}

Result<qint64> UserWorkflows::count(const UserQuery& query)
{
    return UserStore(m_ctx.db()).count(query);
}

Status UserWorkflows::setCertAuth(const QString& loginId, bool on)
{
    auto n = setCertAuthMany({{loginId, on}});
    if (!n)
        return n.error();
    return {};
}

Result<int> UserWorkflows::setCertAuthMany(const QList<QPair<QString, bool>>& changes)
{
    QStringList targets;
    for (const auto& [loginId, on] : changes)
        targets << loginId + (on ? QStringLiteral("=on") : QStringLiteral("=off"));
    if (auto s =
            m_ctx.require(Permission::ManageUsers,
                          QStringLiteral("user cert-auth %1").arg(targets.join(QLatin1Char(' ')).left(500)));
        !s)
        return s.error();
    UserStore users(m_ctx.db());
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    int changed = 0;
    for (const auto& [loginId, on] : changes) {
        auto found = m_ctx.requireUser(loginId, true);
        if (!found)
            return found.error();
        if (found->certAuth == on)
            continue;
        if (auto s = users.setCertAuth(found->id, on, m_ctx.now()); !s)
            return s.error();
        HistoryEntry h = m_ctx.historyEntry(on ? Op::CertAuthOn : Op::CertAuthOff);
        h.targetLogin = loginId;
        if (auto s = HistoryLog::append(m_ctx.db(), h); !s)
            return s.error();
        ++changed;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return changed;
}

} // namespace certdesk
