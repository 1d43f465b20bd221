#include "AppSession.h"
#include "Prompts.h"
#include "revocation/CrlSchedule.h"
#include "secrets/Keychain.h"

namespace certdesk {

AppSession::AppSession(DatabasePtr db, const Clock& clock, QObject* parent)
    : QObject(parent), m_ctx(std::move(db), Actor::localUser(QStringLiteral("certdesk")), clock)
{
    m_ctx.setPassphraseProvider([this](const CaRecord& ca) { return askPassphrase(ca); });
    m_ctx.setQuietPassphraseProvider(&AppSession::quietPassphrase); // never prompts (CRL after a revocation)
}

CrlSchedule* AppSession::createCrlSchedule(QObject* parent)
{
    auto ctx = std::make_shared<WorkflowContext>(db(), Actor::system(), clock());
    ctx->setQuietPassphraseProvider(&AppSession::quietPassphrase);
    auto* schedule = new CrlSchedule(
        std::move(ctx), [this]() -> WorkflowContext* { return caUnlocked() ? &m_ctx : nullptr; }, parent);
    connect(this, &AppSession::certificatesChanged, schedule, [schedule] { schedule->runSoon(); });
    connect(this, &AppSession::caChanged, schedule, &CrlSchedule::forgetUnlockedCa);
    connect(schedule, &CrlSchedule::published, this, &AppSession::notifyCrlPublished);
    // Revocations committed anywhere (another desktop, the CLI) re-sign the CRL soon.
    if (m_feed)
        schedule->follow(m_feed);
    return schedule;
}

Status AppSession::startChangeFeed()
{
    if (m_feed)
        return {};
    m_feed = new ChangeFeed(db(), this);
    connect(m_feed, &ChangeFeed::changed, this, &AppSession::databaseChanged);
    connect(m_feed, &ChangeFeed::connectionLost, this, [this](const QString& message) {
        m_live = false;
        m_notLiveReason = message;
        emit liveChanged(false);
    });
    connect(m_feed, &ChangeFeed::connectionRestored, this, [this] {
        m_live = true;
        m_notLiveReason.clear();
        emit liveChanged(true);
    });
    auto started = m_feed->start();
    m_live = started.ok();
    if (!started)
        m_notLiveReason = started.error().message;
    emit liveChanged(m_live);
    return started;
}

Result<QByteArray> AppSession::quietPassphrase(const CaRecord& ca)
{
    const QByteArray fromEnv = qgetenv("CERTDESK_CA_PASSPHRASE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (Keychain::sessionPresent()) {
        auto stored = Keychain::load(Keychain::caPassphraseKey(ca.fingerprint));
        if (stored)
            return stored;
    }
    return makeError(ErrorCode::Locked,
                     tr("The CA is locked: its passphrase is not remembered in this computer's keychain."));
}

// Unlocking happens when a signing action first needs it: the environment (scripts), the OS keychain
// when the passphrase was remembered, or a prompt (with "remember on this computer").
Result<QByteArray> AppSession::askPassphrase(const CaRecord& ca)
{
    if (auto quiet = quietPassphrase(ca))
        return quiet;
    bool remember = false;
    auto entered = Prompts::passphrase(m_dialogParent, ca.name, &remember);
    if (!entered)
        return makeError(ErrorCode::Cancelled,
                         tr("Signing was cancelled: the CA passphrase was not entered."));
    // Check it before remembering it.
    auto unlocked = CertificateAuthority::load(ca.certDer, ca.chainPem, ca.encryptedKeyPem, *entered);
    if (!unlocked)
        return makeError(ErrorCode::Locked, tr("The CA passphrase is wrong."));
    if (remember) {
        if (auto s = Keychain::store(Keychain::caPassphraseKey(ca.fingerprint), *entered); !s)
            Prompts::warn(
                m_dialogParent, tr("Keychain"),
                tr("The passphrase could not be remembered on this computer: %1").arg(s.error().message));
    }
    emit caLockChanged(true);
    return *entered;
}

void AppSession::setSignedIn(const Actor& actor, const QString& displayName)
{
    m_ctx.setActor(actor);
    m_displayName = displayName.isEmpty() ? actor.operatorName : displayName;
    emit actorChanged();
}

void AppSession::clearSignedIn()
{
    forgetUnlockedCa();
    m_ctx.setActor(Actor::localUser(QStringLiteral("certdesk")));
    m_displayName.clear();
    emit actorChanged();
}

void AppSession::forgetUnlockedCa()
{
    const bool wasUnlocked = caUnlocked();
    m_ctx.forgetUnlockedCa();
    if (wasUnlocked)
        emit caLockChanged(false);
}

void AppSession::notifyOperatorsChanged()
{
    emit operatorsChanged();
    emit historyChanged();
}

void AppSession::notifyUsersChanged()
{
    emit usersChanged();
    emit historyChanged();
}

void AppSession::notifyCertificatesChanged(const QString& loginId)
{
    emit certificatesChanged(loginId);
    // One user's certificates: the users themselves (their number, groups, names) did not change. A bulk
    // run (no login ID) may have added users too.
    if (loginId.isEmpty())
        emit usersChanged();
    emit historyChanged();
}

void AppSession::notifyCaChanged()
{
    m_ctx.forgetUnlockedCa();
    emit caChanged();
    emit caLockChanged(false);
    emit historyChanged();
}

void AppSession::notifySettingsChanged()
{
    emit settingsChanged();
    emit historyChanged();
}

void AppSession::notifyCrlPublished()
{
    emit crlPublished();
    emit historyChanged();
}

} // namespace certdesk
