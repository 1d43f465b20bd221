#pragma once
// Internal to DemoData: decides from the seed alone who the demo users are and which certificates they
// hold when (slots, devices, statuses, deadlines, revocations). Nothing is signed or written here.
#include "ca/CryptoTypes.h"
#include "store/Records.h"
#include "workflows/DemoData.h"
#include "workflows/DemoNames.h"
#include "workflows/DemoRandom.h"
#include <QSet>

namespace certdesk {

constexpr qint64 kDemoDay = 86400;

struct DemoUserPlan
{
    QString loginId;
    qint16 family = 0; // index into DemoNames::familyNames()
    qint16 given = 0;  // index into DemoNames::givenNames()
    qint16 department = 0;
    qint16 title = 0;
    QStringList groups;
    bool identity = false;
    bool certAuth = false;
    qint64 createdAt = 0;    // seconds since the epoch (UTC), like every time below
    qint64 registeredAt = 0; // certificate information
    qint64 certAuthAt = 0;   // certificate authentication switched on
    int firstCert = 0; // the user's certificates are certs[firstCert, firstCert + certCount), oldest first
    int certCount = 0;

    QString email() const { return loginId + QStringLiteral("@example.jp"); }
};

struct DemoCertPlan
{
    int user = 0;
    int slot = 0;
    qint16 device = 0; // index into DeviceTypes::ids()
    CertStatus status = CertStatus::InUse;
    bool reissue = false; // the slot held an earlier (revoked) certificate
    bool passwordAuto = true;
    bool pkcs12 = false; // gets a deliverable PKCS#12
    qint16 actor = 0;    // index into DemoNames::operators(): who issued
    qint16 revokeActor = 0;
    qint16 downloadCount = 0;
    RevocationReason reason = RevocationReason::Unspecified;
    int validityDays = 365;
    qint64 issuedAt = 0;
    qint64 downloadedAt = 0; // 0: never
    qint64 revokedAt = 0;    // 0: not revoked
    qint64 deadline = 0;
    QString remarks;
};

struct DemoPolicy
{
    qint64 now = 0; // seconds since the epoch, UTC
    int maxSlots = 5;
    int deadlineDays = 14;
    int validityDays = 365;
};

class DemoPlanner
{
public:
    DemoPlanner(const DemoOptions& options, const DemoPolicy& policy, QSet<QString> takenLogins);

    void plan();
    qint64 windowStart() const { return m_policy.now - 365 * kDemoDay; } // history covers the last 365 days
    const DemoPolicy& policy() const { return m_policy; }

    QList<DemoUserPlan> users;
    QList<DemoCertPlan> certs;

private:
    DemoUserPlan planUser();
    QList<int> certificateCounts();
    void planCertificates(int userIndex, int count);
    void finishStatus(DemoCertPlan& cert, bool issuingNow);
    QString uniqueLogin(const QString& givenEn, const QString& familyEn);
    int weighted(const QList<int>& weights);

    DemoOptions m_options;
    DemoPolicy m_policy;
    QSet<QString> m_taken;
    DemoRandom m_random;
    QList<int> m_deviceWeights;
    int m_nextIssuingUser = 7;
    int m_pkcs12Given = 0;
};

} // namespace certdesk
