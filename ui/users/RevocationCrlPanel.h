#pragma once
// The CRL part of a revocation's result (失効 and the lost-device dialog), in plain words: which servers
// refuse the device now (OCSP-checking ones at once; CRL-checking ones once a CRL listing it is
// published) and the next step this operator can take. When the CRL was not re-signed here (the CA is
// locked), it watches the session's change feed for a few seconds for a CRL re-signed elsewhere (a
// certdesk-portal holding the passphrase does it within a second); if none comes, an operator who may
// unlock the CA gets "Unlock the CA and publish the CRL…", and whoever is not an administrator is told
// which administrators to ask. It never names an environment variable.
#include "AppSession.h"
#include "revocation/CrlPublisher.h"
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace certdesk {

class RevocationCrlPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State {
        None,            // nothing revoked yet
        Published,       // the CRL was re-signed here (right after the revocation, or by the button)
        Waiting,         // not re-signed here; watching for a CRL re-signed elsewhere
        SignedElsewhere, // a CRL covering the revocation appeared (the portal re-signed it)
        NeedsPublishing, // none appeared in time: the button and/or whom to ask
    };
    static constexpr int DefaultWaitMs = 5000;

    explicit RevocationCrlPanel(AppSession& session, QWidget* parent = nullptr);

    // Before revoking a certificate of CA `caId`: remembers that CA's newest CRL number, so that a later
    // one can be recognised as covering the revocation.
    void prepare(qint64 caId);
    // After the revocation committed: shows what re-signing the CRL did and, when it was not re-signed
    // here, starts watching.
    void showOutcome(const CertificateRecord& revoked, const CrlOutcome& outcome);
    State state() const { return m_state; }
    void setWaitMs(int ms); // how long to watch before offering the next step (tests shorten it)

protected:
    void changeEvent(QEvent* event) override;

private:
    void checkForNewCrl();
    void stopWaiting();
    void unlockAndPublish();
    QString administratorNames() const;
    void retranslateUi();
    AppSession& m_session;
    State m_state = State::None;
    qint64 m_caId = 0;
    qint64 m_numberBefore = 0; // the CA's newest CRL number before the revocation
    int m_revokedAfter = 0;    // the CA's revoked certificates right after it
    CrlOutcome m_outcome;
    qint64 m_elsewhereNumber = 0;
    QDateTime m_elsewhereAt;
    QLabel* m_refusal;
    QLabel* m_hint;
    QProgressBar* m_busy;
    QPushButton* m_publish;
    QLabel* m_ask;
    QTimer* m_deadline;
    QTimer* m_poll; // when the session has no live feed
};

} // namespace certdesk
