#pragma once
// Revoking a certificate: the revocation and its history row in one transaction, then the CRL re-signed
// right after the commit. Every revoking workflow returns what happened to the CRL in its result (never
// through the context), so the dialog or command that revoked can show it. README.md lists every place
// where certificates are revoked.
#include "ca/CryptoTypes.h"
#include "revocation/CrlPublisher.h"
#include "session/CertificateRef.h"

namespace certdesk {

struct RevokeResult
{
    CertificateRecord certificate; // as stored after the commit
    CrlOutcome crl;                // what re-signing the CRL right after the commit did
};

// A change that revoked every certificate of a user or of a file (delete user, delete certificate
// information, bulk revocation).
struct RevocationCount
{
    int revoked = 0; // certificates revoked
    CrlOutcome crl;  // Untouched when nothing was revoked
};

class RevocationWorkflows
{
    Q_DECLARE_TR_FUNCTIONS(RevocationWorkflows)
public:
    explicit RevocationWorkflows(WorkflowContext& ctx) : m_ctx(ctx) {}

    // Revokes the certificate `ref` names (Conflict when it is revoked already). `remarks` empty keeps the
    // certificate's remarks in the history row. The lost-device dialog calls this with keyCompromise.
    Result<RevokeResult> revoke(const CertificateRef& ref, RevocationReason reason,
                                const QString& remarks = {});
    // After a change that revoked `revoked` certificates has committed: re-signs the CRL when there is
    // anything to add to it.
    static RevocationCount afterCommit(WorkflowContext& ctx, int revoked);

private:
    WorkflowContext& m_ctx;
};

} // namespace certdesk
