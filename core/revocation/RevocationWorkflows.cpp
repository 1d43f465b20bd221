#include "revocation/RevocationWorkflows.h"
#include "revocation/RevocationSteps.h"
#include "store/CertificateStore.h"
#include "store/Transaction.h"

namespace certdesk {

Result<RevokeResult> RevocationWorkflows::revoke(const CertificateRef& ref, RevocationReason reason,
                                                 const QString& remarks)
{
    if (auto s = m_ctx.require(Permission::IssueAndRevoke, QStringLiteral("revoke %1").arg(ref.text())); !s)
        return s.error();
    auto target = ref.resolve(m_ctx);
    if (!target)
        return target.error();
    CertificateStore certs(m_ctx.db());
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto locked = certs.findById(target->id, true);
    if (!locked)
        return locked.error();
    if (!locked.value())
        return makeError(ErrorCode::NotFound,
                         tr("No certificate has the serial number %1.").arg(target->serialHex));
    if (auto s = RevocationSteps::revokeOne(m_ctx, *locked.value(), reason, remarks); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    RevokeResult result;
    result.crl = CrlPublisher(m_ctx).afterRevocation();
    auto after = certs.findById(target->id);
    if (!after)
        return after.error();
    if (!after.value())
        return makeError(ErrorCode::NotFound,
                         tr("No certificate has the serial number %1.").arg(target->serialHex));
    result.certificate = *after.value();
    return result;
}

RevocationCount RevocationWorkflows::afterCommit(WorkflowContext& ctx, int revoked)
{
    RevocationCount count;
    count.revoked = revoked;
    if (revoked > 0)
        count.crl = CrlPublisher(ctx).afterRevocation();
    return count;
}

} // namespace certdesk
