#pragma once
// The GUI's CRL schedule: every 10 minutes and shortly after certificates changed, publishes a new CRL
// when one is due (CrlPublisher::isDue: none yet, a revocation newer than the newest CRL, or the newest
// older than a day) and the CA can be unlocked without asking anyone — the environment, the keychain, or
// the CA the administrator already unlocked in this session. Never prompts. Started by MainWindow;
// CERTDESK_NO_CRL_SCHEDULE=1 keeps it off (tests, screenshots).
#include <QObject>
#include <memory>

class QTimer;

namespace certdesk {
class AppSession;
class WorkflowContext;

class CrlScheduleService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 10 * 60 * 1000;
    enum class Outcome { NotDue, Locked, Published, Failed };

    explicit CrlScheduleService(AppSession& session, QObject* parent = nullptr);
    ~CrlScheduleService() override;
    static bool disabledByEnvironment(); // CERTDESK_NO_CRL_SCHEDULE=1

    void start(); // first check soon, then every kIntervalMs
    void stop();
    void runSoon(int delayMs = 2000);
    Outcome runNow(); // one check, on the calling (GUI) thread

signals:
    void published(qint64 number, const QString& problem); // problem: translated, empty when all went well
    void failed(const QString& problem);

private:
    AppSession& m_session;
    std::unique_ptr<WorkflowContext> m_ctx; // System actor, quiet passphrase provider only
    QTimer* m_timer;
    QTimer* m_soon;
    bool m_started = false;
    bool m_running = false;
};

} // namespace certdesk
