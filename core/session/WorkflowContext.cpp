#include "session/WorkflowContext.h"
#include "ca/WipedBytes.h"
#include "session/PasswordSealer.h"
#include "store/CaStore.h"
#include "store/UserStore.h"

namespace certdesk {

WorkflowContext::WorkflowContext(DatabasePtr db, Actor actor, const Clock& clock)
    : m_db(std::move(db)), m_actor(std::move(actor)), m_clock(clock)
{
}

void WorkflowContext::setActor(Actor actor)
{
    const bool same = actor.isSystem == m_actor.isSystem && actor.operatorId == m_actor.operatorId &&
                      actor.role == m_actor.role;
    m_actor = std::move(actor);
    if (!same)
        forgetUnlockedCa();
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
    const WipedBytes wipe(pass.value()); // this copy of the passphrase is not needed after unlocking
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
    const WipedBytes wipe(pass.value());
    return unlockCa(pass.value());
}

Result<std::shared_ptr<const CertificateAuthority>> WorkflowContext::unlockedCaQuietly(qint64 caId)
{
    if (m_ca && m_caId == caId)
        return m_ca;
    if (const auto it = m_otherCas.constFind(caId); it != m_otherCas.constEnd())
        return it.value();
    auto active = CaStore(*m_db).active();
    if (!active)
        return active.error();
    if (active.value() && active.value()->id == caId)
        return unlockedCaQuietly();
    auto rec = CaStore(*m_db).findById(caId);
    if (!rec)
        return rec.error();
    if (!rec.value())
        return makeError(ErrorCode::NotFound, tr("There is no certificate authority number %1.").arg(caId));
    const PassphraseProvider& provider = m_quietProvider ? m_quietProvider : m_passphraseProvider;
    if (!provider)
        return makeError(ErrorCode::Locked,
                         tr("The CA passphrase is needed to sign. Give it with --passphrase-file, "
                            "CERTDESK_CA_PASSPHRASE or the keychain."));
    if (auto s = require(Permission::IssueAndRevoke, QStringLiteral("ca unlock")); !s)
        return s.error();
    const CaRecord& r = *rec.value();
    auto pass = provider(r);
    if (!pass)
        return pass.error();
    const WipedBytes wipe(pass.value());
    auto ca = CertificateAuthority::load(r.certDer, r.chainPem, r.encryptedKeyPem, pass.value());
    if (!ca) {
        Error e = ca.error();
        if (e.code == ErrorCode::Locked)
            e.message = tr("The passphrase of the earlier CA \"%1\" is wrong.").arg(r.name);
        return e;
    }
    auto unlocked = std::make_shared<const CertificateAuthority>(std::move(ca).value());
    m_otherCas.insert(caId, unlocked);
    return unlocked;
}

Result<std::shared_ptr<const CertificateAuthority>> WorkflowContext::unlockCa(const QByteArray& passphrase)
{
    if (auto s = require(Permission::IssueAndRevoke, QStringLiteral("ca unlock")); !s)
        return s.error();
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
    m_otherCas.clear();
    m_sealer.reset();
}

namespace {

// The permission's name in Refused history rows (stable, not translated).
QString permissionId(Permission permission)
{
    switch (permission) {
    case Permission::ViewData:
        return QStringLiteral("view-data");
    case Permission::IssueAndRevoke:
        return QStringLiteral("issue-and-revoke");
    case Permission::ManageUsers:
        return QStringLiteral("manage-users");
    case Permission::Administer:
        return QStringLiteral("administer");
    case Permission::ViewHistory:
        return QStringLiteral("view-history");
    case Permission::ExportHistory:
        return QStringLiteral("export-history");
    }
    return {};
}

} // namespace

Status WorkflowContext::require(Permission permission, const QString& action)
{
    if (m_actor.may(permission))
        return {};
    const QString message = m_actor.role
                                ? Roles::refusalMessage(m_actor.operatorName, *m_actor.role, permission)
                                : tr("Nobody is signed in. Sign in as an operator first.");
    // The refusal is recorded on its own: the caller has not opened its transaction yet, and nothing of
    // what was asked is written. A failure to record it does not turn the refusal into something else.
    HistoryEntry h = historyEntry(Op::Refused);
    h.details = action + QStringLiteral(" permission=") + permissionId(permission);
    Transaction tx(*m_db);
    Status recorded = tx.begin();
    if (recorded)
        recorded = commitWithHistory(tx, h);
    if (!recorded)
        qWarning("the refusal of \"%s\" was not recorded: %s", qPrintable(action),
                 qPrintable(recorded.error().message));
    return makeError(ErrorCode::NotPermitted, message);
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
