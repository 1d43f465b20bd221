#pragma once
// Demo data (certdesk-cli demo, bench/scale): realistic Japanese users with certificate information,
// real certificates signed by the active CA in every status, and a year of operation history.
//
// Not an operator action: the rows are written in large transactions (DemoOptions::batchRows each)
// with statements prepared once, through the store classes, and the history keeps its hash chain
// (history verify stays intact). One "settings-changed" row ("demo data: N users ...") is written at
// the end so the generation itself is visible. 100,000 users / 300,000 certificates / 3,000,000
// history rows take a few minutes on SQLite.
//
// Demo-only shortcuts, never used by the real workflows:
//  - every demo certificate of one key type certifies the SAME generated key (one key per key type),
//    because generating 300,000 keys would dominate the run. The certificates themselves are real:
//    signed by the CA, random 16-byte serials (the UNIQUE constraint guards them), verifiable by openssl;
//  - no PKCS#12 is stored (p12 NULL) except for the first DemoOptions::pkcs12Count certificates awaiting
//    download, so delivery can be tried; their key password is DemoSummary::pkcs12Password.
#include "auth/Roles.h"
#include "session/WorkflowContext.h"
#include <functional>

namespace certdesk {

struct DemoOptions
{
    int users = 1000;
    double certificatesPerUser = 3.0; // average over all users: round(users * this) certificates
    double historyPerUser = 10.0;     // round(users * this) history rows, plus the summary row
    quint32 seed = 1;                 // the same seed gives the same users, slots, statuses and history
    int pkcs12Count = 20;             // the first N certificates awaiting download get a deliverable .p12
    int batchRows = 5000;             // rows per transaction
    int signingThreads = 0;           // 0: one per core
};

// A demo operator: one per role, so that each role can be tried (login demo-admin, demo-helpdesk,
// demo-auditor).
struct DemoOperatorLogin
{
    QString login;
    Role role = Role::Admin;
    QString password; // shown once; empty when the operator existed already (left as it was)
    bool created = false;
};

struct DemoSummary
{
    qint64 users = 0;
    qint64 identities = 0;
    qint64 certAuthOn = 0;
    qint64 certificates = 0;
    qint64 issuing = 0;
    qint64 awaiting = 0;
    qint64 inUse = 0;
    qint64 revoked = 0;
    qint64 deadlinePassed = 0; // awaiting download with the download deadline passed (warning icon)
    qint64 expired = 0;        // not revoked, validity passed (warning icon)
    qint64 pkcs12 = 0;
    qint64 historyRows = 0;             // including the summary row and one row per demo operator created
    QByteArray pkcs12Password;          // key password of the deliverable demo bundles (shown once)
    QList<DemoOperatorLogin> operators; // demo-admin, demo-helpdesk, demo-auditor
    qint64 elapsedMs = 0;
};

// percent 0..100 and a translated stage name. Return false to cancel: generation stops with
// ErrorCode::Cancelled, and what was already committed stays.
using DemoProgress = std::function<bool(int percent, const QString& stage)>;

class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    // Administrators only (Permission::Administer). Needs the active CA unlocked through ctx.unlockedCa()
    // (the passphrase provider is asked once). Also creates the demo operators that do not exist yet,
    // with random passwords that meet the password rules and need no change at the first sign-in.
    static Result<DemoSummary> generate(WorkflowContext& ctx, const DemoOptions& options,
                                        const DemoProgress& progress = {});
    static QString optionsError(const DemoOptions& options); // translated, empty when valid
    // Demo data goes only into a database without real data: ErrorCode::Conflict (translated) when a
    // user's e-mail address is not at kDemoMailDomain, or a certificate belongs to such a user.
    // generate() checks this first, so a second run on a demo database works.
    static Status refuseRealData(Database& db);
    static constexpr char kDemoMailDomain[] = "example.jp";
};

} // namespace certdesk
