#pragma once
// The GUI's shared state: one workflow context over the open database, and change notifications so
// that every screen shows fresh data after any workflow succeeds.
#include "session/WorkflowContext.h"
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

    // The CA passphrase without asking anyone: CERTDESK_CA_PASSPHRASE, then the OS keychain; Locked
    // otherwise. The quiet provider of the session's context and of the contexts of background work
    // (the post-revocation CRL, the CRL schedule, the in-process portal).
    static Result<QByteArray> quietPassphrase(const CaRecord& ca);

    // The desktop's CRL schedule (not started): signs as System through the quiet provider, or through
    // this session's context when the administrator unlocked the CA here; checks soon after certificates
    // changed, forgets the unlocked CA when the CA changed, and reports each new CRL (crlPublished()).
    CrlSchedule* createCrlSchedule(QObject* parent);

    // Where the passphrase prompt is parented (the main window).
    void setDialogParent(QWidget* parent) { m_dialogParent = parent; }
    QWidget* dialogParent() const { return m_dialogParent; }

    // Call after a successful change; the matching signals fire, and historyChanged() always.
    void notifyUsersChanged();
    void notifyCertificatesChanged(const QString& loginId);
    void notifyCaChanged();
    void notifySettingsChanged();
    void notifyCrlPublished(); // a new CRL was signed (any screen, the schedule, after a revocation)

signals:
    void usersChanged();
    void certificatesChanged(const QString& loginId);
    void historyChanged();
    void caChanged();
    void settingsChanged();
    void caLockChanged(bool unlocked);
    void crlPublished();

private:
    Result<QByteArray> askPassphrase(const CaRecord& ca);
    WorkflowContext m_ctx;
    QPointer<QWidget> m_dialogParent;
};

} // namespace certdesk
