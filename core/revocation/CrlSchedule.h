#pragma once
// The CRL schedule of a process (the desktop app, the portal): at a fixed interval and shortly after
// certificates changed, publishes a new CRL when one is due (CrlPublisher::isDue: none yet, a revocation
// newer than the newest CRL, or the newest older than a day) and the CA can be unlocked without asking
// anyone. Never prompts: it signs through its own context's quiet passphrase provider, or through a
// context whose CA someone already unlocked (the fallback, e.g. the administrator's desktop session).
// CERTDESK_NO_CRL_SCHEDULE=1 keeps it off (tests, screenshots).
#include "session/WorkflowContext.h"

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
    enum class Outcome { NotDue, Locked, Published, Failed };
    // A context whose CA is unlocked already, or null.
    using UnlockedFallback = std::function<WorkflowContext*()>;

    // `ctx` should act as Actor::system() with a quiet passphrase provider.
    explicit CrlSchedule(std::shared_ptr<WorkflowContext> ctx, UnlockedFallback fallback = {},
                         QObject* parent = nullptr);
    static bool disabledByEnvironment(); // CERTDESK_NO_CRL_SCHEDULE=1

    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start(int firstCheckMs = 5000); // first check after firstCheckMs, then every interval
    void stop();
    bool isStarted() const { return m_started; }
    // A check soon (after certificates changed); nothing when the schedule is not started.
    void runSoon(int delayMs = 2000);
    Outcome runNow(); // one check, on the calling thread
    // The CA changed (import, new passphrase): unlock again at the next signing.
    void forgetUnlockedCa() { m_ctx->forgetUnlockedCa(); }

signals:
    void published(qint64 number, const QString& problem); // problem: translated, empty when all went well
    void failed(const QString& problem);

private:
    std::shared_ptr<WorkflowContext> m_ctx;
    UnlockedFallback m_fallback;
    QTimer m_timer;
    QTimer m_soon;
    bool m_started = false;
    bool m_running = false;
};

} // namespace certdesk
