#include "workflows/IdentityWorkflows.h"
#include "revocation/RevocationSteps.h"
#include "store/Transaction.h"
#include "store/UserStore.h"
#include "text/Hepburn.h"
#include "text/NameRules.h"
#include "workflows/UserWorkflows.h"

namespace certdesk {

QList<FieldError> IdentityWorkflows::validate(IdentityInput& in)
{
    in.familyName = in.familyName.trimmed();
    in.givenName = in.givenName.trimmed();
    in.familyKana = in.familyKana.trimmed();
    in.givenKana = in.givenKana.trimmed();
    in.familyEn = in.familyEn.trimmed();
    in.givenEn = in.givenEn.trimmed();
    if (in.familyEn.isEmpty() && NameRules::isValidKana(in.familyKana))
        in.familyEn = passportHepburn(in.familyKana);
    if (in.givenEn.isEmpty() && NameRules::isValidKana(in.givenKana))
        in.givenEn = passportHepburn(in.givenKana);

    QList<FieldError> errors;
    auto check = [&errors](const char* field, const QString& message) {
        if (!message.isEmpty())
            errors.append({QString::fromLatin1(field), message});
    };
    // NameRules refuses control characters and line breaks; format characters (bidi overrides, zero-width
    // spaces, soft hyphens) are refused here like in every other identifier (UserWorkflows).
    const auto nameError = [](const QString& label, const QString& text) {
        QString e = NameRules::nameError(label, text);
        if (e.isEmpty() && UserWorkflows::hasControlCharacters(text))
            e = tr("%1 must not contain line breaks, tabs or other control or format characters.").arg(label);
        return e;
    };
    check("family_name", nameError(tr("Family name"), in.familyName));
    check("given_name", nameError(tr("Given name"), in.givenName));
    check("family_kana", NameRules::kanaError(tr("Furigana (family name)"), in.familyKana));
    check("given_kana", NameRules::kanaError(tr("Furigana (given name)"), in.givenKana));
    check("family_en", NameRules::englishError(tr("Family name in English"), in.familyEn));
    check("given_en", NameRules::englishError(tr("Given name in English"), in.givenEn));
    return errors;
}

Result<IdentityRecord> IdentityWorkflows::registerIdentity(const QString& loginId, IdentityInput in)
{
    if (auto s =
            m_ctx.require(Permission::IssueAndRevoke, QStringLiteral("register information %1").arg(loginId));
        !s)
        return s.error();
    const QList<FieldError> errors = validate(in);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const FieldError& e : errors)
            messages << e.message;
        return makeError(ErrorCode::Invalid, messages.join(QLatin1Char('\n')));
    }
    UserStore users(m_ctx.db());
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto user = m_ctx.requireUser(loginId, true);
    if (!user)
        return user.error();
    auto existing = users.identity(user->id);
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(
            ErrorCode::Conflict,
            tr("The certificate information of \"%1\" is already registered and cannot be changed. "
               "To change it, delete the information (this revokes the user's certificates) and register it "
               "again.")
                .arg(loginId));
    auto r = insertWithHistory(m_ctx, user->id, loginId, in);
    if (!r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r.value();
}

Result<IdentityRecord> IdentityWorkflows::insertWithHistory(WorkflowContext& ctx, qint64 userId,
                                                            const QString& loginId, const IdentityInput& in)
{
    IdentityRecord r;
    r.familyName = in.familyName;
    r.givenName = in.givenName;
    r.familyKana = in.familyKana;
    r.givenKana = in.givenKana;
    r.familyEn = in.familyEn;
    r.givenEn = in.givenEn;
    r.registeredAt = ctx.now();
    r.registeredBy = ctx.actor().operatorName;
    if (auto s = UserStore(ctx.db()).insertIdentity(userId, r); !s)
        return s.error();
    HistoryEntry h = ctx.historyEntry(Op::RegisterIdentity);
    h.targetLogin = loginId;
    h.details = QStringLiteral("%1 %2 / %3 %4 / %5 %6")
                    .arg(r.familyName, r.givenName, r.familyKana, r.givenKana, r.familyEn, r.givenEn);
    if (auto s = HistoryLog::append(ctx.db(), h); !s)
        return s.error();
    return r;
}

Result<RevocationCount> IdentityWorkflows::deleteIdentity(const QString& loginId)
{
    if (auto s = m_ctx.require(Permission::ManageUsers, QStringLiteral("delete information %1").arg(loginId));
        !s)
        return s.error();
    UserStore users(m_ctx.db());
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto user = m_ctx.requireUser(loginId, true);
    if (!user)
        return user.error();
    auto existing = users.identity(user->id);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return makeError(ErrorCode::NotFound,
                         tr("\"%1\" has no registered certificate information.").arg(loginId));
    auto revoked =
        RevocationSteps::revokeAllOfUser(m_ctx, user.value(), RevocationReason::CessationOfOperation);
    if (!revoked)
        return revoked.error();
    if (auto s = users.removeIdentity(user->id); !s)
        return s.error();
    HistoryEntry h = m_ctx.historyEntry(Op::DeleteIdentity);
    h.targetLogin = loginId;
    h.details = QStringLiteral("revoked=%1").arg(revoked.value());
    if (auto s = m_ctx.commitWithHistory(tx, h); !s)
        return s.error();
    return RevocationWorkflows::afterCommit(m_ctx, revoked.value());
}

Result<std::optional<IdentityRecord>> IdentityWorkflows::get(const QString& loginId)
{
    auto user = m_ctx.requireUser(loginId);
    if (!user)
        return user.error();
    return UserStore(m_ctx.db()).identity(user->id);
}

} // namespace certdesk
