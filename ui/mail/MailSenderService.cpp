#include "MailSenderService.h"
#include "AppSession.h"
#include "WorkerPools.h"
#include "mail/MailConfig.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>

namespace certdesk {

OutboxActivity* OutboxActivity::instance()
{
    static QPointer<OutboxActivity> activity;
    if (!activity)
        activity =
            new OutboxActivity; // lives as long as the process (no parent: usable before/after the app)
    return activity;
}

void runOutboxInBackground(AppSession& session, bool ignoreBackoff, QObject* receiver,
                           std::function<void(const Result<OutboxRunSummary>&)> done)
{
    struct Run
    {
        std::unique_ptr<WorkflowContext> own;
        WorkflowContext* ctx = nullptr;
        std::optional<Result<OutboxRunSummary>> result;
    };
    auto run = std::make_shared<Run>();
    if (session.caUnlocked()) {
        run->ctx = &session.context(); // the cached CA opens sealed key passwords; never prompts
    } else {
        run->own = std::make_unique<WorkflowContext>(session.db(), Actor::system(), session.clock());
        run->ctx = run->own.get();
    }
    auto* watcher = new QFutureWatcher<void>(receiver);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, receiver, [watcher, run, done] {
        watcher->deleteLater();
        done(*run->result);
        OutboxActivity::instance()->notify();
    });
    watcher->setFuture(QtConcurrent::run(mailThreadPool(), [run, ignoreBackoff] {
        run->result.emplace(OutboxSender(*run->ctx).sendDue(ignoreBackoff));
    }));
}

MailSenderService::MailSenderService(AppSession& session, QObject* parent)
    : QObject(parent), m_session(session), m_timer(new QTimer(this)), m_soon(new QTimer(this))
{
    setObjectName(QStringLiteral("mailSenderService"));
    m_timer->setInterval(kIntervalMs);
    m_soon->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MailSenderService::runNow);
    connect(m_soon, &QTimer::timeout, this, &MailSenderService::runNow);
    // Issuance and re-issuance queue their mails: send them without waiting for the next minute.
    connect(&session, &AppSession::certificatesChanged, this, [this] {
        if (m_started)
            runSoon();
    });
}

bool MailSenderService::disabledByEnvironment()
{
    return qEnvironmentVariableIntValue("CERTDESK_NO_MAIL_SENDER") == 1;
}

void MailSenderService::start()
{
    m_started = true;
    m_timer->start();
    runSoon(2000); // once at start-up: resumes what a previous session left queued
}

void MailSenderService::stop()
{
    m_started = false;
    m_timer->stop();
    m_soon->stop();
}

void MailSenderService::runSoon(int delayMs)
{
    m_soon->start(delayMs);
}

void MailSenderService::runNow()
{
    if (m_running)
        return; // the next tick tries again
    if (!MailConfig::load(Settings(*m_session.db())).configured())
        return;
    m_running = true;
    runOutboxInBackground(m_session, false, this, [this](const Result<OutboxRunSummary>& result) {
        m_running = false;
        if (result)
            emit runFinished(result->sent, result->retrying + result->failed);
        else
            emit runFinished(0, 0); // e.g. no SMTP password on this session: visible in the outbox view
    });
}

} // namespace certdesk
