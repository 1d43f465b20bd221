#pragma once
// The GUI's outbox sender: runs OutboxSender::sendDue off the GUI thread — every minute, once at
// start-up and shortly after certificates changed (issuance queues mails) — when mail is configured and
// no run is in progress. Errors are not shown: they stay in the outbox (Settings → Mail → Outbox).
// Started by MainWindow; CERTDESK_NO_MAIL_SENDER=1 keeps it off (tests, screenshots).
#include "mail/OutboxSender.h"

#include <QObject>
#include <functional>

class QThreadPool;
class QTimer;

namespace certdesk {
class AppSession;

// Emits outboxChanged() after any outbox run or change from the GUI, so every outbox view refreshes.
class OutboxActivity : public QObject
{
    Q_OBJECT
public:
    static OutboxActivity* instance();
    void notify() { emit outboxChanged(); }
signals:
    void outboxChanged();
};

// Runs sendDue(ignoreBackoff) on mailThreadPool(); `done` is called on `receiver`'s thread (not when
// `receiver` is gone). Uses the session's context when its CA is unlocked (key password mails need it),
// else a context of its own without a passphrase prompt: such mails wait until the CA is unlocked.
void runOutboxInBackground(AppSession& session, bool ignoreBackoff, QObject* receiver,
                           std::function<void(const Result<OutboxRunSummary>&)> done);

class MailSenderService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 60 * 1000;
    explicit MailSenderService(AppSession& session, QObject* parent = nullptr);
    static bool disabledByEnvironment(); // CERTDESK_NO_MAIL_SENDER=1

    void start(); // first run soon, then every kIntervalMs
    void stop();
    bool isRunning() const { return m_running; } // a run is in progress
    void runSoon(int delayMs = 1000);

signals:
    void runFinished(int sent, int failedOrRetrying);

private:
    void runNow();
    AppSession& m_session;
    QTimer* m_timer;
    QTimer* m_soon;
    bool m_running = false;
    bool m_started = false;
};

} // namespace certdesk
