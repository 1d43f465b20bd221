#pragma once
// Revocation steps shared by revoke, delete-information and delete-user. They run inside the caller's
// open transaction and write one history row per revoked certificate.
#include "ca/CryptoTypes.h"
#include "session/WorkflowContext.h"

namespace certdesk {

class RevocationSteps
{
    Q_DECLARE_TR_FUNCTIONS(RevocationSteps)
public:
    static Status revokeOne(WorkflowContext& ctx, const CertificateRecord& cert, RevocationReason reason,
                            const QString& remarks = {});
    // Returns how many certificates were revoked.
    static Result<int> revokeAllOfUser(WorkflowContext& ctx, const UserRecord& user, RevocationReason reason);
};

} // namespace certdesk
