#pragma once
// Internal to DemoData: signs the planned certificates with the CA (ClientCertificateSigner, so they
// are exactly what the issue workflow produces) on several threads.
//
// Demo only: every certificate of one key type certifies the same key, generated once here.
// Generating a key per certificate would dominate the run (300,000 keys), and demo certificates are
// never used to authenticate a real device.
#include "ca/ClientCertificate.h"
#include "policy/DeviceTypes.h"
#include "workflows/DemoPlanner.h"
#include <map>
#include <vector>

namespace certdesk {

class DemoSigner
{
public:
    DemoSigner(const CertificateAuthority& ca, const DemoPlanner& plan, const QList<DevicePolicy>& policies,
               const ClientCertificateRequest& base, int threads);

    Status generateKeys(); // one key per key type used by the device policies
    const PrivateKey& key(KeyType type) const { return m_keys.at(type); }

    struct Batch
    {
        int first = 0;
        std::vector<Certificate> certificates; // plan.certs[first + i]
        std::optional<Error> error;
    };
    // Signs plan.certs[first, end) on the worker threads; blocks until done. Reads the plan only.
    Batch sign(int first, int end) const;

private:
    Result<Certificate> signOne(const DemoCertPlan& cert) const;

    const CertificateAuthority& m_ca;
    const DemoPlanner& m_plan;
    QList<DevicePolicy> m_policies;
    ClientCertificateRequest m_base;
    int m_threads;
    std::map<KeyType, PrivateKey> m_keys;
};

} // namespace certdesk
