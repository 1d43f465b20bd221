#pragma once
// Sends the outbox: every due mail once, with exponential backoff between attempts (1 min,
// 2, 4 … capped at 6 h; given up after 10 attempts). A mail is claimed (queued → sending) before it is
// sent and marked sent together with its history row ("notify", operator System) in one transaction, so
// two senders never send the same mail and a restart resumes the queue. A mail whose process died while
// sending stays "sending" and is shown, never re-sent on its own.
#include "mail/SmtpSettings.h"
#include "session/WorkflowContext.h"
#include "store/OutboxStore.h"

namespace certdesk {

struct OutboxRunSummary
{
    int attempted = 0;
    int sent = 0;
    int retrying = 0;   // failed this time, queued again
    int failed = 0;     // given up
    QStringList errors; // one per failed attempt: "mail N to ADDRESS: message"
};

class OutboxSender
{
    Q_DECLARE_TR_FUNCTIONS(OutboxSender)
public:
    static constexpr int kMaxAttempts = 10;
    static QDateTime nextAttempt(const QDateTime& nowUtc, int attemptsMade);

    explicit OutboxSender(WorkflowContext& ctx) : m_ctx(ctx) {}
    // Tries every due mail once (every queued one when `ignoreBackoff`).
    Result<OutboxRunSummary> sendDue(bool ignoreBackoff = false);
    // Puts a failed or queued mail back to be tried now / cancels a queued or failed one. The change and
    // its history row ("mail-retry" / "mail-cancel", by the acting operator) commit together; returns
    // the mail as it is now.
    Result<OutboxRecord> retry(qint64 id);
    Result<OutboxRecord> cancel(qint64 id);

private:
    // A queued or failed mail to `toState` with its history row `operation`; `refusal` for any other state.
    Result<OutboxRecord> changeState(qint64 id, const QString& toState, const QString& operation,
                                     const QString& refusal);
    Status sendOne(qint64 id, const SmtpSettings& smtp, const QByteArray& password,
                   OutboxRunSummary& summary);
    WorkflowContext& m_ctx;
};

} // namespace certdesk
