#pragma once
// The CPU-heavy half of issuing a device certificate: key generation, signing, PKCS#12 and the sealed
// copy of an auto-generated password. Touches no database, so bulk issuance runs it on every core.
#include "ca/ClientCertificate.h"
#include "policy/DeviceTypes.h"
#include "session/PasswordSealer.h"

namespace certdesk {

// Everything the crypto needs, read from the database beforehand.
struct IssueCryptoInput
{
    ClientCertificateRequest request;
    DevicePolicy policy;
    QString device; // DeviceTypes id (friendly name)
    bool autoPassword = true;
    QByteArray password;                    // when !autoPassword
    const PasswordSealer* sealer = nullptr; // required when autoPassword
};

struct IssueCryptoOutput
{
    Certificate certificate;
    QByteArray pkcs12;
    QByteArray password;       // the key password used (generated or given)
    QByteArray sealedPassword; // auto passwords only: encrypted by the PasswordSealer
};

// Reads settings (organisation, validity, CRL/OCSP/caIssuers URLs) into a request template. Database
// access: call on the thread that owns the connection, before fanning out.
ClientCertificateRequest clientRequestTemplate(const Settings& settings);

class IssueCrypto
{
    Q_DECLARE_TR_FUNCTIONS(IssueCrypto)
public:
    // Thread-safe: the CA is only read.
    static Result<IssueCryptoOutput> run(const CertificateAuthority& ca, const IssueCryptoInput& input,
                                         const Clock& clock);
};

} // namespace certdesk
