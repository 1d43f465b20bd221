#include "workflows/IssueCrypto.h"
#include "ca/Pkcs12Bundle.h"
#include "text/PasswordGenerator.h"

namespace certdesk {

ClientCertificateRequest clientRequestTemplate(const Settings& settings)
{
    ClientCertificateRequest cr;
    cr.organization = settings.value(SettingKey::OrgName);
    cr.validityDays = settings.intValue(SettingKey::CertValidityDays);
    cr.crlUrl = settings.value(SettingKey::CrlUrl);
    cr.ocspUrl = settings.value(SettingKey::OcspUrl);
    cr.caIssuersUrl = settings.value(SettingKey::CaIssuersUrl);
    return cr;
}

Result<IssueCryptoOutput> IssueCrypto::run(const CertificateAuthority& ca, const IssueCryptoInput& in,
                                           const Clock& clock)
{
    auto key = PrivateKey::generate(in.policy.keyType);
    if (!key)
        return key.error();
    auto cert = ClientCertificateSigner::sign(ca, key.value(), in.request, clock);
    if (!cert)
        return cert.error();
    IssueCryptoOutput out;
    out.password = in.autoPassword ? generateKeyPassword(12) : in.password;
    if (in.autoPassword) {
        if (!in.sealer)
            return makeError(ErrorCode::Crypto,
                             tr("Auto-generated passwords cannot be kept: no password key."));
        // Bound to this certificate: the blob opens for no other row (PasswordSealer).
        auto sealed = in.sealer->seal(out.password, PasswordSealer::certificateBinding(cert->serialHex()));
        if (!sealed)
            return sealed.error();
        out.sealedPassword = sealed.value();
    }
    QList<Certificate> chain{ca.certificate()};
    chain += ca.chain();
    const QString friendly =
        QStringLiteral("%1 (%2)").arg(in.request.loginId, DeviceTypes::displayName(in.device));
    auto p12 =
        Pkcs12Bundle::build(in.policy.profile, key.value(), cert.value(), chain, friendly, out.password);
    if (!p12)
        return p12.error();
    out.pkcs12 = p12.value();
    out.certificate = cert.value();
    return out;
}

} // namespace certdesk
