#pragma once
// Bulk revocation from a CSV file (SPEC §6, seed 002 "CSV一括失効"): one certificate reference per line,
// all-or-nothing validation, then every revocation and its history row in one transaction.
#include "bulk/CsvProblem.h"
#include "ca/CryptoTypes.h"
#include "revocation/RevocationWorkflows.h"
#include "session/WorkflowContext.h"

namespace certdesk {

struct BulkRevokeTarget
{
    int line = 0;
    CertificateRecord certificate;
};

struct BulkRevokePlan
{
    QString fileName;
    QString encoding;
    QList<BulkRevokeTarget> targets;
    CsvProblems problems;
    bool ok() const { return problems.isEmpty() && !targets.isEmpty(); }
    int userCount() const; // distinct login IDs among the targets
};

class BulkRevoke
{
    Q_DECLARE_TR_FUNCTIONS(BulkRevoke)
public:
    // Each line names certificates by one of:
    //   a serial number (hex, colons allowed)           → that certificate
    //   a common name (= the login ID of the subject)   → every certificate of it that is not revoked
    //   login ID, device (two cells; device id, or its column name in certificateform.csv) → that device's
    //   certificates that are not revoked
    // An optional header line (シリアル番号 / コモンネーム / ログインID,デバイス or English) is skipped.
    // Problems: unknown reference, nothing left to revoke, the same certificate twice, bad device.
    static Result<BulkRevokePlan> validate(WorkflowContext& ctx, const QByteArray& bytes,
                                           const QString& fileName);
    // Revokes every target (wiping its PKCS#12) with one history row each plus a "bulk accepted" row
    // (details kind=revoke), all in one transaction, then re-signs the CRL. Returns how many were revoked
    // and what re-signing the CRL did.
    static Result<RevocationCount> apply(WorkflowContext& ctx, const BulkRevokePlan& plan,
                                         RevocationReason reason, const QString& remarks = {});
};

} // namespace certdesk
