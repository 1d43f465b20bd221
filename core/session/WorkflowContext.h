#pragma once
// What every workflow needs: the database, the clock, who is acting, and (when signing) the unlocked CA.
#include "ca/CertificateAuthority.h"
#include "session/Actor.h"
#include "store/Database.h"
#include "store/HistoryLog.h"
#include "store/Records.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include <QHash>
#include <functional>

namespace certdesk {

class PasswordSealer;

// Asked for the CA passphrase when a signing action first needs it (file, environment, keychain, prompt).
using PassphraseProvider = std::function<Result<QByteArray>(const CaRecord& ca)>;

class WorkflowContext
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowContext)
public:
    WorkflowContext(DatabasePtr db, Actor actor, const Clock& clock = Clock::system());

    Database& db() const { return *m_db; }
    const DatabasePtr& dbPtr() const { return m_db; }
    const Clock& clock() const { return m_clock; }
    QDateTime now() const { return m_clock.nowUtc(); }
    const Actor& actor() const { return m_actor; }
    // Another operator (or nobody) takes over: the CA unlocked by the previous one is forgotten.
    void setActor(Actor actor);

    void setPassphraseProvider(PassphraseProvider provider) { m_passphraseProvider = std::move(provider); }
    // For work nobody asked for interactively (re-signing the CRL after a revocation, the CRL schedule):
    // must never prompt. Without one, the normal provider is used.
    void setQuietPassphraseProvider(PassphraseProvider provider) { m_quietProvider = std::move(provider); }
    // The active CA, unlocked (asks the provider once, then caches). Locked when no passphrase / wrong one.
    Result<std::shared_ptr<const CertificateAuthority>> unlockedCa();
    // As unlockedCa(), through the quiet provider.
    Result<std::shared_ptr<const CertificateAuthority>> unlockedCaQuietly();
    // Unlocks with an explicit passphrase (e.g. a dialog), caching on success. Reading the CA key to sign
    // needs Permission::IssueAndRevoke (System always may): an auditor never unlocks it.
    Result<std::shared_ptr<const CertificateAuthority>> unlockCa(const QByteArray& passphrase);
    // Any CA of the database by id (the active one, or one that `ca import` replaced and whose certificates
    // are still in use: their CRLs and OCSP answers are signed with its key), through the quiet provider
    // (else the normal one). Cached like the active CA until forgetUnlockedCa().
    Result<std::shared_ptr<const CertificateAuthority>> unlockedCaQuietly(qint64 caId);
    // Forgets every unlocked CA key (and the data key of the password sealer).
    void forgetUnlockedCa();
    // Whether a CA key is unlocked in memory (a long-running portal forgets it right after signing).
    bool holdsUnlockedCa() const { return m_ca != nullptr || !m_otherCas.isEmpty(); }
    // Encrypts key passwords for keeping (one data key per unlocked CA and context, created on first use
    // in its own transaction: call it before opening one).
    Result<std::shared_ptr<const PasswordSealer>> passwordSealer();
    qint64 unlockedCaId() const { return m_caId; }

    // The one authorization check of every workflow, called before it opens its transaction (and before
    // reads that expose secrets): ok when the acting operator's role allows `permission`. Otherwise it
    // writes one Op::Refused history row (details: `action`, e.g. "settings set org.name") in its own
    // transaction and returns ErrorCode::NotPermitted with a translated message that names the operator,
    // the role and what the role may not do.
    Status require(Permission permission, const QString& action);

    // A history row prefilled with the operation, the actor and the current time.
    HistoryEntry historyEntry(const QString& operation) const;
    // The last steps of every change: its history row, then the commit of the caller's transaction.
    Status commitWithHistory(Transaction& tx, const HistoryEntry& entry);
    // The user with this login ID (row-locked when `lock`), or a translated NotFound error.
    Result<UserRecord> requireUser(const QString& loginId, bool lock = false);

private:
    DatabasePtr m_db;
    Actor m_actor;
    const Clock& m_clock;
    PassphraseProvider m_passphraseProvider;
    PassphraseProvider m_quietProvider;
    std::shared_ptr<const CertificateAuthority> m_ca;
    qint64 m_caId = 0;
    QHash<qint64, std::shared_ptr<const CertificateAuthority>> m_otherCas; // unlocked by id, not active
    std::shared_ptr<const PasswordSealer> m_sealer;
};

} // namespace certdesk
