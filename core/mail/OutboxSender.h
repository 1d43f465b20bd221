#pragma once
// Sends the outbox (SPEC §8): every due mail once, with exponential backoff between attempts (1 min,
// 2, 4 … capped at 6 h; given up after 10 attempts). A mail is claimed (queued → sending) before it is
// sent and marked sent together with its history row ("notify", operator System) in one transaction, so
// two senders never send the same mail and a restart resumes the queue. A mail whose process died while
// sending stays "sending" and is shown, never re-sent on its own.
#include "mail/SmtpSettings.h"
#include "session/WorkflowContext.h"

namespace certdesk {

struct OutboxRunSummary
{
    int attempted = 0;
    int sent = 0;
    int retrying = 0; // failed this time, queued again
    int failed = 0;   // given up
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
    // Puts a failed or queued mail back to be tried now / cancels a queued or failed one.
    Status retry(qint64 id);
    Status cancel(qint64 id);

private:
    Status sendOne(qint64 id, const SmtpSettings& smtp, const QByteArray& password, OutboxRunSummary& summary);
    WorkflowContext& m_ctx;
};

} // namespace certdesk
