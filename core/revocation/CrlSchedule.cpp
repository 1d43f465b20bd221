#include "revocation/CrlSchedule.h"
#include "revocation/CrlPublisher.h"
#include "revocation/HistoryCheckpoints.h"
#include "store/HistoryLog.h"

namespace certdesk {

CrlSchedule::CrlSchedule(std::shared_ptr<WorkflowContext> ctx, UnlockedFallback fallback, QObject* parent)
    : QObject(parent), m_ctx(std::move(ctx)), m_fallback(std::move(fallback))
{
    setObjectName(QStringLiteral("crlSchedule"));
    m_timer.setInterval(kDefaultIntervalMs);
    m_soon.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)runNow(); });
    connect(&m_soon, &QTimer::timeout, this, [this] { (void)runNow(); });
}

bool CrlSchedule::disabledByEnvironment()
{
    return qEnvironmentVariableIntValue("CERTDESK_NO_CRL_SCHEDULE") == 1;
}

void CrlSchedule::start(int firstCheckMs)
{
    m_started = true;
    m_timer.start();
    if (firstCheckMs >= 0)
        m_soon.start(firstCheckMs);
}

void CrlSchedule::stop()
{
    m_started = false;
    m_timer.stop();
    m_soon.stop();
}

void CrlSchedule::runSoon(int delayMs)
{
    if (m_started && (!m_soon.isActive() || m_soon.remainingTime() > delayMs))
        m_soon.start(delayMs); // never postpones a check already due sooner
}

void CrlSchedule::follow(ChangeFeed* feed)
{
    connect(feed, &ChangeFeed::changed, this, [this](const QList<Change>& changes) {
        if (concernsCrl(changes))
            changeSeen();
    });
    connect(feed, &ChangeFeed::connectionRestored, this, &CrlSchedule::changeSeen);
}

bool CrlSchedule::concernsCrl(const QList<Change>& changes)
{
    for (const Change& c : changes) {
        if (c.isAnything() || c.table == QLatin1String("crls"))
            return true;
        if (c.table == QLatin1String("history") &&
            (c.operation == Op::Revoke || c.operation == Op::CaCreated || c.operation == Op::CaImported))
            return true;
    }
    return false;
}

void CrlSchedule::changeSeen()
{
    if (!m_started)
        return;
    if (m_running) {
        m_changedDuringCheck = true; // one more check right after this one
        return;
    }
    scheduleFollowCheck();
}

void CrlSchedule::scheduleFollowCheck()
{
    int delay = kFollowDelayMs;
    if (m_sinceSigning.isValid())
        delay = int(qMax<qint64>(delay, kFollowGapMs - m_sinceSigning.elapsed()));
    // A check already scheduled soon enough takes this change too; one further away is brought forward.
    if (!m_soon.isActive() || m_soon.remainingTime() > delay)
        m_soon.start(delay);
}

CrlSchedule::Outcome CrlSchedule::runNow()
{
    if (m_running)
        return Outcome::NotDue; // the keychain runs a local event loop: a timer may fire meanwhile
    m_running = true;
    m_changedDuringCheck = false;
    const Outcome outcome = check();
    m_running = false;
    if (outcome == Outcome::Published)
        m_sinceSigning.start();
    if (m_changedDuringCheck) {
        m_changedDuringCheck = false;
        if (m_started)
            scheduleFollowCheck();
    }
    emit checked(outcome);
    return outcome;
}

CrlSchedule::Outcome CrlSchedule::check()
{
    auto due = CrlPublisher(*m_ctx).isDue();
    if (!due) {
        emit failed(due.error().message);
        return Outcome::Failed;
    }
    // The published files must match the newest stored CRL, whether or not a new one can be signed now.
    auto repairFiles = [this] {
        if (auto repaired = CrlPublisher(*m_ctx).repairPublishedFiles(); !repaired)
            emit failed(repaired.error().message);
    };
    if (!due.value()) {
        repairFiles();
        // A signed checkpoint of the history at least daily (each CRL signing makes one too).
        if (auto signedNow = HistoryCheckpoints(*m_ctx).signIfDue(m_fallback); !signedNow)
            emit failed(signedNow.error().message);
        return Outcome::NotDue;
    }
    WorkflowContext* ctx = m_ctx.get();
    if (!m_ctx->unlockedCaQuietly()) {
        ctx = m_fallback ? m_fallback() : nullptr;
        if (!ctx) {
            repairFiles();
            return Outcome::Locked; // nobody is asked; the dashboard warns
        }
    }
    auto p = CrlPublisher(*ctx).publishScheduled();
    if (!p) {
        emit failed(p.error().message);
        return Outcome::Failed;
    }
    emit published(p->number, p->problem);
    return Outcome::Published;
}

} // namespace certdesk
