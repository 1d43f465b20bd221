#include "workflows/CaWorkflows.h"
#include "store/CaStore.h"
#include "store/Settings.h"
#include "store/Transaction.h"
#include "workflows/SettingsWorkflows.h"

namespace certdesk {

QString CaWorkflows::passphraseError(const QByteArray& passphrase)
{
    if (passphrase.size() < 8)
        return tr("The CA passphrase must have at least 8 characters.");
    if (passphrase.size() > 1024)
        return tr("The CA passphrase is too long (at most 1024 characters).");
    return {};
}

Result<CaRecord> CaWorkflows::createRoot(const CaSubject& subject, KeyType keyType, int validityDays,
                                         const QByteArray& passphrase, const QString& orgName)
{
    if (auto s = m_ctx.require(Permission::Administer, QStringLiteral("ca create")); !s)
        return s.error();
    if (subject.commonName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The CA needs a name."));
    if (validityDays < 1 || validityDays > 36500)
        return makeError(ErrorCode::Invalid, tr("The CA validity must be from 1 to 36500 days."));
    if (const QString err = passphraseError(passphrase); !err.isEmpty())
        return makeError(ErrorCode::Invalid, err);
    if (const QString err = SettingsWorkflows::validate(SettingKey::OrgName, orgName); !err.isEmpty())
        return makeError(ErrorCode::Invalid, err);
    auto ca = CertificateAuthority::createRoot(subject, keyType, validityDays, m_ctx.clock());
    if (!ca)
        return ca.error();
    return store(ca.value(), subject.commonName, passphrase, Op::CaCreated, orgName);
}

Result<CaRecord> CaWorkflows::import(const QByteArray& data, const QByteArray& keyPem,
                                     const QByteArray& importPassword, const QByteArray& passphrase,
                                     const QString& orgName)
{
    if (auto s = m_ctx.require(Permission::Administer, QStringLiteral("ca import")); !s)
        return s.error();
    if (const QString err = passphraseError(passphrase); !err.isEmpty())
        return makeError(ErrorCode::Invalid, err);
    if (const QString err = SettingsWorkflows::validate(SettingKey::OrgName, orgName); !err.isEmpty())
        return makeError(ErrorCode::Invalid, err);
    const bool looksPem = data.contains("-----BEGIN");
    auto ca = looksPem
                  ? CertificateAuthority::importPem(data, keyPem.isEmpty() ? data : keyPem, importPassword)
                  : CertificateAuthority::importPkcs12(data, importPassword);
    if (!ca)
        return ca.error();
    return store(ca.value(), ca->certificate().commonName(), passphrase, Op::CaImported, orgName);
}

Result<CaRecord> CaWorkflows::store(const CertificateAuthority& ca, const QString& name,
                                    const QByteArray& passphrase, const QString& operation,
                                    const QString& orgName)
{
    auto key = ca.encryptedKeyPem(passphrase);
    if (!key)
        return key.error();
    CaRecord r;
    r.name = name;
    r.subject = ca.certificate().subject();
    r.certDer = ca.certificate().toDer();
    r.chainPem = ca.chainPem();
    r.encryptedKeyPem = key.value();
    r.keyType = ca.key().type() ? keyTypeId(*ca.key().type()) : ca.key().description();
    r.fingerprint = ca.certificate().sha256Fingerprint();
    r.serialHex = ca.certificate().serialHex();
    r.notBefore = ca.certificate().notBefore();
    r.notAfter = ca.certificate().notAfter();
    r.createdAt = m_ctx.now();

    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto id = CaStore(m_ctx.db()).insert(r);
    if (!id)
        return id.error();
    r.id = id.value();
    HistoryEntry h = m_ctx.historyEntry(operation);
    h.details = QStringLiteral("subject=%1 sha256=%2").arg(r.subject, r.fingerprint);
    if (auto s = HistoryLog::append(m_ctx.db(), h); !s)
        return s.error();
    // The organisation name and its history row belong to the CA's transaction: both or neither.
    if (!orgName.isEmpty()) {
        if (auto org = SettingsWorkflows::writeWithHistory(m_ctx, {{SettingKey::OrgName, orgName}}); !org)
            return org.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    m_ctx.forgetUnlockedCa();
    return r;
}

Result<std::optional<CaRecord>> CaWorkflows::active()
{
    return CaStore(m_ctx.db()).active();
}

Result<CrlPublication> CaWorkflows::generateCrl()
{
    return CrlPublisher(m_ctx).publish();
}

} // namespace certdesk
