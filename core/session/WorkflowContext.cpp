#include "session/WorkflowContext.h"
#include "session/PasswordSealer.h"
#include "store/CaStore.h"
#include "store/UserStore.h"

namespace certdesk {

WorkflowContext::WorkflowContext(DatabasePtr db, Actor actor, const Clock& clock)
    : m_db(std::move(db)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<std::shared_ptr<const CertificateAuthority>> WorkflowContext::unlockedCa()
{
    if (m_ca)
        return m_ca;
    auto rec = CaStore(*m_db).active();
    if (!rec)
        return rec.error();
    if (!rec.value())
        return makeError(ErrorCode::NotFound,
                         tr("This database has no certificate authority yet. Create or import one first."));
    if (!m_passphraseProvider)
        return makeError(ErrorCode::Locked,
                         tr("The CA passphrase is needed to sign. Give it with --passphrase-file, "
                            "CERTDESK_CA_PASSPHRASE or the keychain."));
    auto pass = m_passphraseProvider(*rec.value());
    if (!pass)
        return pass.error();
    return unlockCa(pass.value());
}

Result<std::shared_ptr<const CertificateAuthority>> WorkflowContext::unlockedCaQuietly()
{
    if (m_ca || !m_quietProvider)
        return unlockedCa();
    auto rec = CaStore(*m_db).active();
    if (!rec)
        return rec.error();
    if (!rec.value())
        return makeError(ErrorCode::NotFound,
                         tr("This database has no certificate authority yet. Create or import one first."));
    auto pass = m_quietProvider(*rec.value());
    if (!pass)
        return pass.error();
    return unlockCa(pass.value());
}

Result<std::shared_ptr<const CertificateAuthority>> WorkflowContext::unlockCa(const QByteArray& passphrase)
{
    auto rec = CaStore(*m_db).active();
    if (!rec)
        return rec.error();
    if (!rec.value())
        return makeError(ErrorCode::NotFound,
                         tr("This database has no certificate authority yet. Create or import one first."));
    const CaRecord& r = *rec.value();
    auto ca = CertificateAuthority::load(r.certDer, r.chainPem, r.encryptedKeyPem, passphrase);
    if (!ca) {
        Error e = ca.error();
        if (e.code == ErrorCode::Locked)
            e.message = tr("The CA passphrase is wrong.");
        return e;
    }
    m_ca = std::make_shared<const CertificateAuthority>(std::move(ca).value());
    m_caId = r.id;
    m_sealer.reset();
    return m_ca;
}

void WorkflowContext::forgetUnlockedCa()
{
    m_ca.reset();
    m_caId = 0;
    m_sealer.reset();
}

HistoryEntry WorkflowContext::historyEntry(const QString& operation) const
{
    HistoryEntry e;
    e.at = now();
    e.operation = operation;
    e.operatorName = m_actor.operatorName;
    e.host = m_actor.host;
    e.userAgent = m_actor.userAgent;
    return e;
}

Status WorkflowContext::commitWithHistory(Transaction& tx, const HistoryEntry& entry)
{
    if (auto s = HistoryLog::append(*m_db, entry); !s)
        return s;
    return tx.commit();
}

Result<UserRecord> WorkflowContext::requireUser(const QString& loginId, bool lock)
{
    auto found = UserStore(*m_db).findByLogin(loginId, lock);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no user with the login ID \"%1\".").arg(loginId));
    return *found.value();
}

} // namespace certdesk

namespace certdesk {

Result<std::shared_ptr<const PasswordSealer>> WorkflowContext::passwordSealer()
{
    if (m_sealer)
        return m_sealer;
    auto sealer = PasswordSealer::create(*this);
    if (!sealer)
        return sealer.error();
    m_sealer = sealer.value();
    return m_sealer;
}

} // namespace certdesk
