#pragma once
#include "ca/CryptoTypes.h"
#include "session/CertificateRef.h"
#include "session/WorkflowContext.h"

namespace certdesk {

enum class PasswordMode { Manual, Auto };

struct IssueRequest
{
    QString loginId;
    QString device;      // DeviceTypes id
    QString notifyEmail; // empty: the user's e-mail
    PasswordMode passwordMode = PasswordMode::Auto;
    QByteArray password; // Manual only: 6..32 half-width alphanumerics
    QString remarks;
    int slot = 0; // 0: the lowest free slot
};

struct IssueResult
{
    CertificateRecord certificate;
    QByteArray pkcs12;
    QByteArray generatedPassword; // only for PasswordMode::Auto; shown once, never stored in clear
    QString fileName;             // LOGIN-DEVICE.p12
    QString downloadUrl;          // the portal link (shown once); empty without a portal base URL
    int mailsQueued = 0;          // download request (+ key password mail) queued in the same transaction
    bool mailConfigured = false;  // false: no mail server set, nothing queued
};

// Issue, re-issue and delivery of device certificates. One transaction per change, history row
// included; key generation and signing happen before the transaction opens. Revoking is
// RevocationWorkflows (core/revocation).
class CertificateWorkflows
{
    Q_DECLARE_TR_FUNCTIONS(CertificateWorkflows)
public:
    explicit CertificateWorkflows(WorkflowContext& ctx) : m_ctx(ctx) {}

    Result<IssueResult> issue(const IssueRequest& request);
    // Re-issues a revoked slot with its previous device, address and remarks. A slot still in use is a
    // Conflict: revoke it first (RevocationWorkflows::revoke).
    Result<IssueResult> reissue(const QString& loginId, int slot, PasswordMode mode = PasswordMode::Auto,
                                const QByteArray& password = {});
    Result<CertificateRecord> markDelivered(const CertificateRef& ref);
    Result<CertificateRecord> find(const CertificateRef& ref) { return ref.resolve(m_ctx); }
    // The newest certificate of each slot (the slot table), ordered by slot.
    Result<QList<CertificateRecord>> slotTable(const QString& loginId);
    Result<QByteArray> pkcs12(qint64 certificateId);

private:
    Result<IssueResult> issueInto(const IssueRequest& request, const QString& operation);
    WorkflowContext& m_ctx;
};

} // namespace certdesk
