#pragma once
#include "revocation/RevocationWorkflows.h"
#include "session/WorkflowContext.h"
#include "store/UserStore.h"

namespace certdesk {

struct UserInput
{
    QString loginId;
    QString email;
    QString displayName;
    QString department;
    QString title;
    QStringList groups;
    QString mailLanguage;         // "", "ja" or "en"
    std::optional<bool> certAuth; // add: default from settings when unset
};

// Users: add, edit, delete, find, list, and the certificate-authentication switch.
class UserWorkflows
{
    Q_DECLARE_TR_FUNCTIONS(UserWorkflows)
public:
    explicit UserWorkflows(WorkflowContext& ctx) : m_ctx(ctx) {}

    Result<UserRecord> add(const UserInput& input);
    // The steps of adding a valid user inside the caller's transaction: the row and its "user-add" history
    // row (details "cert_auth=N" plus `extraDetails`). Also used by bulk issuance.
    static Result<UserRecord> insertWithHistory(WorkflowContext& ctx, const UserInput& input,
                                                const QString& extraDetails = {});
    Result<UserRecord> edit(const QString& loginId, const UserInput& input); // login ID itself cannot change
    // Revokes every certificate of the user (reason cessationOfOperation), removes the certificate
    // information and the user. Certificates and history stay for the CRL and the audit trail. Returns how
    // many certificates were revoked and what re-signing the CRL after the commit did.
    Result<RevocationCount> remove(const QString& loginId);
    Result<UserRecord> get(const QString& loginId);
    Result<QList<UserRecord>> list(const UserQuery& query);
    Result<qint64> count(const UserQuery& query);
    Status setCertAuth(const QString& loginId, bool on);
    // The user-selection screen's Apply (設定): every change and its history row in one transaction.
    // Returns how many users actually changed.
    Result<int> setCertAuthMany(const QList<QPair<QString, bool>>& changes);

    static QString loginIdError(const QString& loginId); // translated, empty when valid
    static QString emailError(const QString& email);
    // Whether `text` holds a control, format, line or paragraph separator character (CR, LF, tab, U+2028...).
    static bool hasControlCharacters(const QString& text);

private:
    QString validate(const UserInput& input, bool checkLogin) const;
    WorkflowContext& m_ctx;
};

} // namespace certdesk
