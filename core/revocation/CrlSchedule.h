#pragma once
// The CRL schedule of a process (the desktop app, the portal): at a fixed interval and shortly after
// certificates changed, publishes a new CRL when one is due (CrlPublisher::isDue: none yet, a revocation
// newer than the newest CRL, or the newest older than a day) and the CA can be unlocked without asking
// anyone. Never prompts: it signs through its own context's quiet passphrase provider, or through a
// context whose CA someone already unlocked (the fallback, e.g. the administrator's desktop session).
// CERTDESK_NO_CRL_SCHEDULE=1 keeps it off (tests, screenshots).
//
// follow(feed): the CRL follows every revocation committed anywhere (another desktop, the CLI, a helpdesk
// without the CA passphrase) within a second. The first change that may concern the CRL schedules a check
// after kFollowDelayMs; changes arriving while a check is scheduled join it (they never postpone it), and
// changes during a check cause exactly one more check after it. A followed check comes no sooner than
// kFollowGapMs after the last signing ended, so that a burst of revocations (one CLI process each) costs
// one or two signings, while every revocation still reaches the CRL within kFollowGapMs + one signing.
#include "session/WorkflowContext.h"
#include "store/ChangeFeed.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace certdesk {

class CrlSchedule : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 10 * 60 * 1000;
    static constexpr int kFollowDelayMs = 150; // first followed change -> check
    static constexpr int kFollowGapMs = 500;   // end of a signing -> the next followed check, at the earliest
    enum class Outcome { NotDue, Locked, Published, Failed };
    Q_ENUM(Outcome)
    // A context whose CA is unlocked already, or null.
    using UnlockedFallback = std::function<WorkflowContext*()>;

    // `ctx` should act as Actor::system() with a quiet passphrase provider.
    explicit CrlSchedule(std::shared_ptr<WorkflowContext> ctx, UnlockedFallback fallback = {},
                         QObject* parent = nullptr);
    static bool disabledByEnvironment(); // CERTDESK_NO_CRL_SCHEDULE=1

    void setInterval(int ms) { m_timer.setInterval(ms); }
    // First check after firstCheckMs (none early when negative), then every interval.
    void start(int firstCheckMs = 5000);
    void stop();
    bool isStarted() const { return m_started; }
    // A check soon (after certificates changed); nothing when the schedule is not started.
    void runSoon(int delayMs = 2000);
    Outcome runNow(); // one check, on the calling thread
    // Checks soon after every change of `feed` that may concern the CRL (concernsCrl) and after the feed's
    // connection came back. Nothing while the schedule is not started.
    void follow(ChangeFeed* feed);
    // A revocation (a "revoke" history row: every way of revoking writes one per certificate), a new CA, a
    // CRL stored by another process (this computer's files follow it), or anything ("*": SQLite, after a
    // reconnect).
    static bool concernsCrl(const QList<Change>& changes);
    // The CA changed (import, new passphrase): unlock again at the next signing.
    void forgetUnlockedCa() { m_ctx->forgetUnlockedCa(); }

signals:
    void published(qint64 number, const QString& problem); // problem: translated, empty when all went well
    void failed(const QString& problem);
    void checked(certdesk::CrlSchedule::Outcome outcome); // after every check (runNow)

private:
    Outcome check();
    void changeSeen();
    void scheduleFollowCheck();

    std::shared_ptr<WorkflowContext> m_ctx;
    UnlockedFallback m_fallback;
    QTimer m_timer;
    QTimer m_soon;
    bool m_started = false;
    bool m_running = false;
    bool m_changedDuringCheck = false;
    QElapsedTimer m_sinceSigning; // invalid until this schedule signed
};

} // namespace certdesk
