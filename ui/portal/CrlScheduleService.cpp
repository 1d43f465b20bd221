#include "CrlScheduleService.h"
#include "AppSession.h"
#include "workflows/CrlPublisher.h"

#include <QTimer>

namespace certdesk {

CrlScheduleService::CrlScheduleService(AppSession& session, QObject* parent)
    : QObject(parent), m_session(session),
      m_ctx(std::make_unique<WorkflowContext>(session.db(), Actor::system(), session.clock())),
      m_timer(new QTimer(this)), m_soon(new QTimer(this))
{
    setObjectName(QStringLiteral("crlScheduleService"));
    m_ctx->setQuietPassphraseProvider(&AppSession::quietPassphrase);
    m_timer->setInterval(kIntervalMs);
    m_soon->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { (void)runNow(); });
    connect(m_soon, &QTimer::timeout, this, [this] { (void)runNow(); });
    connect(&session, &AppSession::certificatesChanged, this, [this] {
        if (m_started)
            runSoon();
    });
    connect(&session, &AppSession::caChanged, this, [this] { m_ctx->forgetUnlockedCa(); });
}

CrlScheduleService::~CrlScheduleService() = default;

bool CrlScheduleService::disabledByEnvironment()
{
    return qEnvironmentVariableIntValue("CERTDESK_NO_CRL_SCHEDULE") == 1;
}

void CrlScheduleService::start()
{
    m_started = true;
    m_timer->start();
    runSoon(5000);
}

void CrlScheduleService::stop()
{
    m_started = false;
    m_timer->stop();
    m_soon->stop();
}

void CrlScheduleService::runSoon(int delayMs)
{
    m_soon->start(delayMs);
}

CrlScheduleService::Outcome CrlScheduleService::runNow()
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
    if (!due.value())
        return Outcome::NotDue;
    WorkflowContext* ctx = m_ctx.get();
    if (!m_ctx->unlockedCaQuietly()) {
        if (!m_session.caUnlocked())
            return Outcome::Locked; // the dashboard warns; nobody is asked
        ctx = &m_session.context(); // unlocked by the administrator in this session: signs without asking
    }
    auto p = CrlPublisher(*ctx).publish();
    if (!p) {
        emit failed(p.error().message);
        return Outcome::Failed;
    }
    m_session.notifyCrlPublished();
    emit published(p->number, p->problem);
    return Outcome::Published;
}

} // namespace certdesk
