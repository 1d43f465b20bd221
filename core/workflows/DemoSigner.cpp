#include "workflows/DemoSigner.h"

#include <thread>

namespace certdesk {

DemoSigner::DemoSigner(const CertificateAuthority& ca, const DemoPlanner& plan,
                       const QList<DevicePolicy>& policies, const ClientCertificateRequest& base, int threads)
    : m_ca(ca), m_plan(plan), m_policies(policies), m_base(base), m_threads(std::max(1, threads))
{
}

Status DemoSigner::generateKeys()
{
    for (const DevicePolicy& p : std::as_const(m_policies)) {
        if (m_keys.count(p.keyType))
            continue;
        auto key = PrivateKey::generate(p.keyType);
        if (!key)
            return key.error();
        m_keys.emplace(p.keyType, std::move(key).value());
    }
    return {};
}

Result<Certificate> DemoSigner::signOne(const DemoCertPlan& c) const
{
    const DemoUserPlan& u = m_plan.users.at(c.user);
    ClientCertificateRequest r = m_base;
    r.loginId = u.loginId;
    r.givenNameEn = DemoNames::givenNames().at(u.given).english;
    r.familyNameEn = DemoNames::familyNames().at(u.family).english;
    r.email = u.email();
    r.validityDays = c.validityDays;
    const FixedClock issuedAt(QDateTime::fromSecsSinceEpoch(c.issuedAt, Qt::UTC));
    return ClientCertificateSigner::sign(m_ca, m_keys.at(m_policies.at(c.device).keyType), r, issuedAt);
}

DemoSigner::Batch DemoSigner::sign(int first, int end) const
{
    Batch batch;
    batch.first = first;
    const int count = std::max(0, end - first);
    batch.certificates.resize(static_cast<size_t>(count));
    std::vector<std::optional<Error>> errors(static_cast<size_t>(m_threads));
    const auto work = [&](int worker) {
        // Interleaved, so that every thread gets a similar mix of key types.
        for (int i = worker; i < count; i += m_threads) {
            auto cert = signOne(m_plan.certs.at(first + i));
            if (!cert) {
                errors[static_cast<size_t>(worker)] = cert.error();
                return;
            }
            batch.certificates[static_cast<size_t>(i)] = std::move(cert).value();
        }
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < m_threads; ++w)
        pool.emplace_back(work, w);
    work(0);
    for (std::thread& t : pool)
        t.join();
    for (const auto& e : errors) {
        if (e) {
            batch.error = e;
            break;
        }
    }
    return batch;
}

} // namespace certdesk
