#include "ca/CertificateAuthority.h"

#include "ca/OpensslError.h"
#include "ca/Pkcs12Bundle.h"
#include "ca/X509Builder.h"

namespace certdesk {
namespace {

constexpr qint64 kBackdateSecs = 5 * 60;

bool isSelfIssued(const Certificate& cert)
{
    return X509_check_issued(cert.get(), cert.get()) == X509_V_OK;
}

// Orders the issuers above `ca` nearest first, following issuer names and key identifiers.
// Certificates that are not part of the CA's path are dropped.
QList<Certificate> orderChain(const Certificate& ca, QList<Certificate> others)
{
    QList<Certificate> chain;
    const Certificate* current = &ca;
    while (!isSelfIssued(*current)) {
        qsizetype found = -1;
        for (qsizetype i = 0; i < others.size(); ++i) {
            if (X509_cmp(others[i].get(), current->get()) != 0 &&
                X509_check_issued(others[i].get(), current->get()) == X509_V_OK) {
                found = i;
                break;
            }
        }
        if (found < 0)
            break;
        chain.append(others.takeAt(found));
        current = &chain.last();
    }
    return chain;
}

} // namespace

Result<CertificateAuthority> CertificateAuthority::createRoot(const CaSubject& subject, KeyType keyType,
                                                              int validityDays, const Clock& clock)
{
    if (subject.commonName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The CA needs a common name."));
    const QString country = subject.country.trimmed().toUpper();
    if (!country.isEmpty() && (country.size() != 2 || !country[0].isLetter() || !country[1].isLetter() ||
                               country[0].unicode() > 127 || country[1].unicode() > 127))
        return makeError(ErrorCode::Invalid, tr("The country must be a two-letter code such as JP."));
    if (validityDays < 1 || validityDays > 100 * 366)
        return makeError(ErrorCode::Invalid, tr("The CA validity must be between 1 day and 100 years."));

    auto key = PrivateKey::generate(keyType);
    if (!key)
        return key.error();

    const QDateTime now = clock.nowUtc();
    X509Builder builder;
    Status st = builder.setRandomSerial();
    if (st)
        st = builder.setSubject({{NID_countryName, country},
                                 {NID_organizationName, subject.organization.trimmed()},
                                 {NID_commonName, subject.commonName.trimmed()}});
    if (st)
        st = builder.setIssuer(X509_get_subject_name(builder.get()));
    if (st)
        st = builder.setValidity(now.addSecs(-kBackdateSecs), now.addDays(validityDays));
    if (st)
        st = builder.setPublicKey(key->get());
    if (st)
        st = builder.addExtension(NID_basic_constraints, "critical,CA:TRUE,pathlen:0", nullptr);
    if (st)
        st = builder.addExtension(NID_key_usage, "critical,keyCertSign,cRLSign", nullptr);
    if (st)
        st = builder.addExtension(NID_subject_key_identifier, "hash", nullptr);
    if (st) // after the SKI: a self-signed AKI copies it
        st = builder.addExtension(NID_authority_key_identifier, "keyid:always", nullptr);
    if (!st)
        return st.error();
    auto cert = builder.sign(key->get());
    if (!cert)
        return cert.error();

    CertificateAuthority ca;
    ca.m_certificate = std::move(cert).value();
    ca.m_key = std::move(key).value();
    return ca;
}

namespace {

struct CaParts
{
    Certificate certificate;
    QList<Certificate> chain;
};

// Picks the certificate that belongs to `key` as the CA, checks it may sign certificates and orders
// the others as its chain.
Result<CaParts> pickCa(const QList<Certificate>& certs, const PrivateKey& key)
{
    QList<Certificate> others = certs;
    qsizetype index = -1;
    for (qsizetype i = 0; i < others.size(); ++i) {
        if (others[i].matchesKey(key.get())) {
            index = i;
            break;
        }
    }
    if (index < 0)
        return makeError(ErrorCode::Invalid,
                         CertificateAuthority::tr("The private key does not belong to the CA certificate."));
    CaParts parts;
    parts.certificate = others.takeAt(index);
    if (!parts.certificate.isCa())
        return makeError(ErrorCode::Invalid,
                         CertificateAuthority::tr("The certificate \"%1\" is not a CA certificate "
                                                  "(basicConstraints CA:TRUE is missing).")
                             .arg(parts.certificate.subject()));
    if (!(X509_get_key_usage(parts.certificate.get()) & KU_KEY_CERT_SIGN))
        return makeError(
            ErrorCode::Invalid,
            CertificateAuthority::tr("The CA certificate \"%1\" is not allowed to sign certificates "
                                     "(keyUsage keyCertSign is missing).")
                .arg(parts.certificate.subject()));
    parts.chain = orderChain(parts.certificate, others);
    return parts;
}

} // namespace

Result<CertificateAuthority> CertificateAuthority::importPem(const QByteArray& certificatesPem,
                                                             const QByteArray& keyPem,
                                                             const QByteArray& keyPassphrase)
{
    auto certs = Certificate::listFromPem(certificatesPem);
    if (!certs)
        return certs.error();
    // The key may sit in the certificate file.
    auto key = PrivateKey::fromPem(keyPem.trimmed().isEmpty() ? certificatesPem : keyPem, keyPassphrase);
    if (!key)
        return key.error();
    auto parts = pickCa(certs.value(), key.value());
    if (!parts)
        return parts.error();
    CertificateAuthority ca;
    ca.m_certificate = parts->certificate;
    ca.m_chain = parts->chain;
    ca.m_key = std::move(key).value();
    return ca;
}

Result<CertificateAuthority> CertificateAuthority::importPkcs12(const QByteArray& pkcs12,
                                                                const QByteArray& password)
{
    auto contents = Pkcs12Bundle::parse(pkcs12, password);
    if (!contents)
        return contents.error();
    if (contents->key.isNull())
        return makeError(ErrorCode::Invalid, tr("The PKCS#12 file does not contain a private key."));
    QList<Certificate> certs = contents->caCertificates;
    if (!contents->certificate.isNull())
        certs.prepend(contents->certificate);
    auto parts = pickCa(certs, contents->key);
    if (!parts)
        return parts.error();
    CertificateAuthority ca;
    ca.m_certificate = parts->certificate;
    ca.m_chain = parts->chain;
    ca.m_key = std::move(contents->key);
    return ca;
}

Result<CertificateAuthority> CertificateAuthority::load(const QByteArray& certificateDer,
                                                        const QByteArray& chainPem,
                                                        const QByteArray& encryptedKeyPem,
                                                        const QByteArray& passphrase)
{
    auto cert = Certificate::fromDer(certificateDer);
    if (!cert)
        return cert.error();
    QList<Certificate> chain;
    if (!chainPem.trimmed().isEmpty()) {
        auto list = Certificate::listFromPem(chainPem);
        if (!list)
            return list.error();
        chain = list.value();
    }
    auto key = PrivateKey::fromPem(encryptedKeyPem, passphrase);
    if (!key)
        return key.error();
    if (!cert->matchesKey(key->get()))
        return makeError(ErrorCode::Invalid, tr("The stored CA key does not belong to the CA certificate."));
    CertificateAuthority ca;
    ca.m_certificate = cert.value();
    ca.m_chain = chain;
    ca.m_key = std::move(key).value();
    return ca;
}

QByteArray CertificateAuthority::chainPem() const
{
    QByteArray pem;
    for (const Certificate& cert : m_chain)
        pem += cert.toPem();
    return pem;
}

Result<QByteArray> CertificateAuthority::encryptedKeyPem(const QByteArray& passphrase) const
{
    return m_key.toEncryptedPkcs8Pem(passphrase);
}

} // namespace certdesk
