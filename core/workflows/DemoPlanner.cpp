#include "workflows/DemoPlanner.h"
#include "policy/DeviceTypes.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace certdesk {
namespace {

constexpr qint64 kHour = 3600;

// Relative frequency of each device type; unknown ids get a small share.
int deviceWeight(const QString& id)
{
    if (id == QLatin1String("windows"))
        return 32;
    if (id == QLatin1String("ios-app"))
        return 20;
    if (id == QLatin1String("ios-browser"))
        return 8;
    if (id == QLatin1String("mac"))
        return 12;
    if (id == QLatin1String("android"))
        return 22;
    return 6;
}

} // namespace

DemoPlanner::DemoPlanner(const DemoOptions& options, const DemoPolicy& policy, QSet<QString> takenLogins)
    : m_options(options), m_policy(policy), m_taken(std::move(takenLogins)), m_random(options.seed)
{
    for (const QString& id : DeviceTypes::ids())
        m_deviceWeights << deviceWeight(id);
}

int DemoPlanner::weighted(const QList<int>& weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = m_random.below(total);
    for (int i = 0; i < weights.size(); ++i) {
        if (r < weights.at(i))
            return i;
        r -= weights.at(i);
    }
    return 0;
}

void DemoPlanner::plan()
{
    users.reserve(m_options.users);
    for (int i = 0; i < m_options.users; ++i)
        users << planUser();
    const QList<int> counts = certificateCounts();
    certs.reserve(std::accumulate(counts.cbegin(), counts.cend(), 0));
    for (int i = 0; i < users.size(); ++i)
        planCertificates(i, counts.at(i));
}

QString DemoPlanner::uniqueLogin(const QString& givenEn, const QString& familyEn)
{
    const QString base = givenEn.left(1) + QLatin1Char('.') + familyEn;
    for (int attempt = 0;; ++attempt) {
        const int digits = 4 + attempt / 20; // "t.otsuka1234"; longer only after many collisions
        int limit = 1;
        for (int d = 0; d < digits && limit < 100000000; ++d)
            limit *= 10;
        const QString login =
            base + QStringLiteral("%1").arg(m_random.below(limit), digits, 10, QLatin1Char('0'));
        if (!m_taken.contains(login)) {
            m_taken.insert(login);
            return login;
        }
    }
}

DemoUserPlan DemoPlanner::planUser()
{
    const QList<DemoName>& families = DemoNames::familyNames();
    const QList<DemoName>& givens = DemoNames::givenNames();
    const QStringList& groups = DemoNames::groups();
    DemoUserPlan u;
    u.family = static_cast<qint16>(m_random.skewed(static_cast<int>(families.size())));
    u.given = static_cast<qint16>(m_random.below(static_cast<int>(givens.size())));
    u.loginId = uniqueLogin(givens.at(u.given).english, families.at(u.family).english);
    u.department = static_cast<qint16>(m_random.below(static_cast<int>(DemoNames::departments().size())));
    u.title = static_cast<qint16>(weighted({4, 10, 20, 66})); // 部長, 課長, 主任, 一般
    u.groups << groups.at(weighted({50, 20, 12, 10, 8}));     // one of the five sites
    if (u.title <= 1 && m_random.chance(0.7))
        u.groups << groups.at(7); // 管理職
    else if (m_random.chance(0.25))
        u.groups << groups.at(5 + m_random.below(2)); // 在宅勤務 or 協力会社
    u.identity = m_random.chance(0.9);
    u.certAuth = m_random.chance(u.identity ? 0.65 : 0.1);

    const qint64 now = m_policy.now;
    const qint64 start = windowStart();
    if (m_random.chance(0.5)) // registered before the history window: no user-add row
        u.createdAt = start - m_random.between(kDemoDay, 3 * 365 * kDemoDay);
    else
        u.createdAt = m_random.officeTimeBetween(start, now - kDemoDay);
    u.registeredAt = std::min(u.createdAt + m_random.between(600, 3 * kDemoDay), now - kHour);
    u.certAuthAt = std::min(u.registeredAt + m_random.between(kHour, 14 * kDemoDay), now - 600);
    return u;
}

// round(users * certificatesPerUser) certificates in all, spread over the users with certificate
// information (binomial around the mean, then corrected to the exact total).
QList<int> DemoPlanner::certificateCounts()
{
    QList<int> counts(users.size(), 0);
    QList<int> holders;
    for (int i = 0; i < users.size(); ++i)
        if (users.at(i).identity)
            holders << i;
    const qint64 total =
        holders.isEmpty() ? 0 : std::llround(m_options.users * m_options.certificatesPerUser);
    if (total == 0)
        return counts;
    const double mean = double(total) / holders.size();
    const int trials = std::max(1, static_cast<int>(std::ceil(mean)) * 2);
    const double p = std::min(1.0, mean / trials);
    const int cap = std::max(m_policy.maxSlots + 3, static_cast<int>(std::ceil(mean)) + 3);
    qint64 sum = 0;
    for (int i : holders) {
        int n = 0;
        for (int t = 0; t < trials; ++t)
            n += m_random.chance(p) ? 1 : 0;
        counts[i] = std::min(n, cap);
        sum += counts[i];
    }
    while (sum < total) {
        const int i = holders.at(m_random.below(static_cast<int>(holders.size())));
        if (counts[i] < cap) {
            ++counts[i];
            ++sum;
        }
    }
    while (sum > total) {
        const int i = holders.at(m_random.below(static_cast<int>(holders.size())));
        if (counts[i] > 0) {
            --counts[i];
            --sum;
        }
    }
    return counts;
}

// Replays the user's issuances in time order: each takes the lowest free slot; a certificate frees
// its slot when revoked; when every slot is taken, the oldest certificate is revoked just before
// (superseded), as an operator replacing a device would. So no user ever exceeds the slot limit.
void DemoPlanner::planCertificates(int userIndex, int count)
{
    DemoUserPlan& u = users[userIndex];
    u.firstCert = static_cast<int>(certs.size());
    u.certCount = count;
    if (count == 0)
        return;
    const qint64 now = m_policy.now;
    const qint64 lo = std::max(u.registeredAt + 600, windowStart());
    const qint64 hi = now - 120;
    QList<qint64> times;
    for (int j = 0; j < count; ++j)
        times << m_random.officeTimeBetween(lo, hi);
    std::sort(times.begin(), times.end());

    const QStringList deviceIds = DeviceTypes::ids();
    QList<int> active;                                // indexes into certs, oldest first
    QList<int> lastInSlot(m_policy.maxSlots + 1, -1); // slot -> newest certificate there
    for (const qint64 t : std::as_const(times)) {
        active.removeIf([&](int a) { return certs.at(a).revokedAt != 0 && certs.at(a).revokedAt <= t; });
        if (active.size() >= m_policy.maxSlots) {
            DemoCertPlan& old = certs[active.takeFirst()];
            old.revokedAt = std::min(t, std::max(old.issuedAt + 60, t - m_random.between(60, kHour)));
            old.reason = RevocationReason::Superseded;
        }
        int slot = 1;
        while (std::any_of(active.cbegin(), active.cend(), [&](int a) { return certs.at(a).slot == slot; }))
            ++slot;
        DemoCertPlan c;
        c.user = userIndex;
        c.slot = slot;
        c.issuedAt = t;
        const int previous = lastInSlot.at(slot);
        c.reissue = previous >= 0;
        c.device = static_cast<qint16>(c.reissue && m_random.chance(0.7) ? certs.at(previous).device
                                                                         : weighted(m_deviceWeights));
        c.actor = static_cast<qint16>(weighted({35, 25, 25, 15}));
        c.revokeActor = static_cast<qint16>(weighted({20, 40, 40, 0}));
        c.passwordAuto = m_random.chance(0.7);
        c.remarks = DemoNames::remarks(deviceIds.at(c.device), m_random.below(100));
        c.deadline = t + m_policy.deadlineDays * kDemoDay;
        c.validityDays = m_policy.validityDays;
        const qint64 age = now - t;
        if (age > 2 * kDemoDay && m_random.chance(0.12)) {
            c.revokedAt = t + m_random.between(kDemoDay, age);
            static const QList<RevocationReason> reasons = {
                RevocationReason::KeyCompromise, RevocationReason::Superseded,
                RevocationReason::AffiliationChanged, RevocationReason::CessationOfOperation,
                RevocationReason::Unspecified};
            c.reason = reasons.at(weighted({45, 25, 12, 13, 5}));
        }
        certs << c;
        active << static_cast<int>(certs.size()) - 1;
        lastInSlot[slot] = static_cast<int>(certs.size()) - 1;
    }
    // Every few thousand users, the newest certificate is being issued right now (発行中).
    const bool issuingHere = userIndex >= m_nextIssuingUser && certs.constLast().revokedAt == 0;
    if (issuingHere) {
        m_nextIssuingUser = userIndex + 3001;
        DemoCertPlan& last = certs.last();
        const qint64 before = count > 1 ? certs.at(certs.size() - 2).issuedAt + 1 : lo;
        last.issuedAt = std::max(before, now - m_random.between(60, 900));
        last.deadline = last.issuedAt + m_policy.deadlineDays * kDemoDay;
    }
    for (int k = u.firstCert; k < certs.size(); ++k)
        finishStatus(certs[k], issuingHere && k == certs.size() - 1);
}

void DemoPlanner::finishStatus(DemoCertPlan& c, bool issuingNow)
{
    const qint64 now = m_policy.now;
    const auto downloadedAfter = [&](qint64 until) {
        return c.issuedAt +
               m_random.between(300, std::max<qint64>(301, std::min(c.deadline, until) - c.issuedAt));
    };
    if (c.revokedAt != 0) {
        c.status = CertStatus::Revoked;
        if (c.revokedAt - c.issuedAt > kHour && m_random.chance(0.85)) {
            c.downloadedAt = std::min(downloadedAfter(c.revokedAt), c.revokedAt - 60);
            c.downloadCount = 1;
        }
        return;
    }
    if (issuingNow) {
        c.status = CertStatus::Issuing;
        return;
    }
    const qint64 age = now - c.issuedAt;
    const bool awaiting =
        age < 600 || (age < m_policy.deadlineDays * kDemoDay ? m_random.chance(0.5) : m_random.chance(0.03));
    if (awaiting) {
        c.status = CertStatus::AwaitingDownload;
        if (c.deadline > now && m_pkcs12Given < m_options.pkcs12Count) {
            c.pkcs12 = true;
            c.passwordAuto = true; // the bundle's password is generated, and shown once by the caller
            ++m_pkcs12Given;
        }
        return;
    }
    c.status = CertStatus::InUse;
    c.downloadedAt = std::min(downloadedAfter(now), now - 60);
    c.downloadCount =
        static_cast<qint16>(1 + (m_random.chance(0.12) ? 1 : 0) + (m_random.chance(0.03) ? 1 : 0));
    // A few were issued under an older, shorter policy and have expired (warning icon).
    if (age > 100 * kDemoDay && m_random.chance(0.06))
        c.validityDays = QList<int>{30, 60, 90}.at(m_random.below(3));
}

} // namespace certdesk
