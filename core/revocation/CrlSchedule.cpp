#include "revocation/CrlSchedule.h"
#include "revocation/CrlPublisher.h"
#include "revocation/HistoryCheckpoints.h"

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
    if (m_started)
        m_soon.start(delayMs);
}

CrlSchedule::Outcome CrlSchedule::runNow()
{
    if (m_running)
        return Outcome::NotDue; // the keychain runs a local event loop: a timer may fire meanwhile
    m_running = true;
    struct Reset
    {
        bool& flag;
        ~Reset() { flag = false; }
    } reset{m_running};

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
