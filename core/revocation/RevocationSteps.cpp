#include "revocation/RevocationSteps.h"
#include "store/CertificateStore.h"

namespace certdesk {

Status RevocationSteps::revokeOne(WorkflowContext& ctx, const CertificateRecord& cert,
                                  RevocationReason reason, const QString& remarks)
{
    if (cert.status == CertStatus::Revoked)
        return makeError(ErrorCode::Conflict,
                         tr("The certificate %1 is already revoked.").arg(cert.serialHex));
    const QDateTime at = ctx.now();
    if (auto s = CertificateStore(ctx.db()).markRevoked(cert.id, at, revocationReasonId(reason)); !s)
        return s;
    HistoryEntry h = ctx.historyEntry(Op::Revoke);
    h.at = at;
    h.targetLogin = cert.loginId;
    h.device = cert.device;
    h.notifyEmail = cert.notifyEmail;
    h.remarks = remarks.isEmpty() ? cert.remarks : remarks;
    h.details = QStringLiteral("serial=%1 slot=%2 reason=%3")
                    .arg(cert.serialHex)
                    .arg(cert.slot)
                    .arg(revocationReasonId(reason));
    return HistoryLog::append(ctx.db(), h);
}

Result<int> RevocationSteps::revokeAllOfUser(WorkflowContext& ctx, const UserRecord& user,
                                             RevocationReason reason)
{
    auto certs = CertificateStore(ctx.db()).forUser(user.id);
    if (!certs)
        return certs.error();
    int n = 0;
    for (const CertificateRecord& c : certs.value()) {
        if (c.status == CertStatus::Revoked)
            continue;
        if (auto s = revokeOne(ctx, c, reason); !s)
            return s.error();
        ++n;
    }
    return n;
}

} // namespace certdesk
