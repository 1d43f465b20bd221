#pragma once
// The GUI's shared state: one workflow context over the open database, the signed-in operator (the
// context's actor), and change notifications so that every screen shows fresh data after any workflow
// succeeds and shows only what the signed-in operator's role may do.
#include "session/WorkflowContext.h"
#include "store/ChangeFeed.h"
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace certdesk {

class CrlSchedule;

class AppSession : public QObject
{
    Q_OBJECT
public:
    explicit AppSession(DatabasePtr db, const Clock& clock = Clock::system(), QObject* parent = nullptr);

    WorkflowContext& context() { return m_ctx; }
    const DatabasePtr& db() const { return m_ctx.dbPtr(); }
    const Clock& clock() const { return m_ctx.clock(); }
    bool caUnlocked() const { return m_ctx.unlockedCaId() != 0; }

    // The signed-in operator. Until setSignedIn() nobody is, and may() allows nothing.
    const Actor& actor() const { return m_ctx.actor(); }
    bool may(Permission permission) const { return m_ctx.actor().may(permission); }
    QString operatorDisplayName() const { return m_displayName; }
    // Sets the operator on the context (after a sign-in, or a change of its own role); actorChanged().
    void setSignedIn(const Actor& actor, const QString& displayName);
    // Nobody signed in any more (after "logout"): forgets the unlocked CA; actorChanged().
    void clearSignedIn();
    // Forgets the unlocked CA key (sign-out, the idle lock); caLockChanged(false).
    void forgetUnlockedCa();

    // The CA passphrase without asking anyone: CERTDESK_CA_PASSPHRASE, then the OS keychain; Locked
    // otherwise. The quiet provider of the session's context and of the contexts of background work
    // (the post-revocation CRL, the CRL schedule, the in-process portal).
    static Result<QByteArray> quietPassphrase(const CaRecord& ca);

    // The desktop's CRL schedule (not started): signs as System through the quiet provider, or through
    // this session's context when the administrator unlocked the CA here; checks soon after certificates
    // changed, forgets the unlocked CA when the CA changed, and reports each new CRL (crlPublished()).
    CrlSchedule* createCrlSchedule(QObject* parent);

    // The session's one change feed over its database (created and started on the first call): every
    // change committed anywhere (another desktop, the CLI, the portal, this one) arrives as
    // databaseChanged(); screens follow it through LiveReload. An error when its first connection
    // failed; it keeps trying and says so through liveChanged().
    Status startChangeFeed();
    ChangeFeed* changeFeed() const { return m_feed; }
    // Whether the screens are live (the feed is connected), and why not (translated).
    bool isLive() const { return m_feed && m_live; }
    QString notLiveReason() const { return m_notLiveReason; }

    // Where the passphrase prompt is parented (the main window).
    void setDialogParent(QWidget* parent) { m_dialogParent = parent; }
    QWidget* dialogParent() const { return m_dialogParent; }

    // Call after a successful change; the matching signals fire, and historyChanged() always.
    void notifyUsersChanged();
    // One user's certificates changed (`loginId`), or many users' (empty: a bulk run, which may also have
    // added users — usersChanged() then fires too).
    void notifyCertificatesChanged(const QString& loginId);
    void notifyCaChanged();
    void notifySettingsChanged();
    void notifyCrlPublished(); // a new CRL was signed (any screen, the schedule, after a revocation)
    void notifyOperatorsChanged();

signals:
    void usersChanged();
    void certificatesChanged(const QString& loginId);
    void historyChanged();
    void caChanged();
    void settingsChanged();
    void caLockChanged(bool unlocked);
    void crlPublished();
    void operatorsChanged();
    void actorChanged(); // another operator signed in, nobody is signed in, or the role changed
    void databaseChanged(const QList<certdesk::Change>& changes); // from the change feed, coalesced
    void liveChanged(bool live); // the change feed lost or regained its connection

private:
    Result<QByteArray> askPassphrase(const CaRecord& ca);
    WorkflowContext m_ctx;
    QPointer<QWidget> m_dialogParent;
    QString m_displayName;
    ChangeFeed* m_feed = nullptr;
    bool m_live = false;
    QString m_notLiveReason;
};

} // namespace certdesk
