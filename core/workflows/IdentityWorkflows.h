#pragma once
#include "revocation/RevocationWorkflows.h"
#include "session/WorkflowContext.h"

namespace certdesk {

struct IdentityInput
{
    QString familyName;
    QString givenName;
    QString familyKana;
    QString givenKana;
    QString familyEn; // empty: filled from the katakana by passport Hepburn
    QString givenEn;
};

struct FieldError
{
    QString field;   // "family_kana", ...
    QString message; // translated
};

// 証明書情報: register once (immutable), delete (revokes every certificate of the user).
class IdentityWorkflows
{
    Q_DECLARE_TR_FUNCTIONS(IdentityWorkflows)
public:
    explicit IdentityWorkflows(WorkflowContext& ctx) : m_ctx(ctx) {}

    // Fills empty English names from the katakana (passport Hepburn) and lists every invalid field.
    static QList<FieldError> validate(IdentityInput& input);
    Result<IdentityRecord> registerIdentity(const QString& loginId, IdentityInput input);
    // The steps of registering validated information inside the caller's transaction: the row and its
    // "identity-register" history row. Also used by bulk issuance.
    static Result<IdentityRecord> insertWithHistory(WorkflowContext& ctx, qint64 userId,
                                                    const QString& loginId, const IdentityInput& input);
    // Revokes every certificate of the user (cessationOfOperation) and removes the information; returns
    // how many certificates were revoked and what re-signing the CRL after the commit did.
    Result<RevocationCount> deleteIdentity(const QString& loginId);
    Result<std::optional<IdentityRecord>> get(const QString& loginId);

private:
    WorkflowContext& m_ctx;
};

} // namespace certdesk
