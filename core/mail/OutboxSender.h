#pragma once
// Sends the outbox: every due mail once, with exponential backoff between attempts (1 min,
// 2, 4 … capped at 6 h; given up after 10 attempts). A mail is claimed (queued → sending) before it is
// sent and marked sent together with its history row ("notify", operator System) in one transaction, so
// two senders never send the same mail and a restart resumes the queue. A claim holds a lease (a few
// times the SMTP timeout, at least 15 minutes): a mail whose sender died before marking it shows, once
// the lease has passed, as "unknown — may have been sent". It is never re-sent on its own; an operator
// may resend or cancel it (history rows), as a queued or failed one.
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
    // How long a claim lasts with these settings (CURLOPT_TIMEOUT is 4 × the timeout, plus margin).
    static qint64 leaseSeconds(const SmtpSettings& smtp);
    // The state to show: the stored one, or OutboxState::Unknown for a "sending" mail whose lease ended.
    static QString shownState(const OutboxRecord& mail, const QDateTime& nowUtc);
    // Whether an operator may resend or cancel the mail now (queued, failed or unknown).
    static bool mayResendOrCancel(const OutboxRecord& mail, const QDateTime& nowUtc);

    explicit OutboxSender(WorkflowContext& ctx) : m_ctx(ctx) {}
    // Tries every due mail once (every queued one when `ignoreBackoff`).
    Result<OutboxRunSummary> sendDue(bool ignoreBackoff = false);
    // Puts a failed, queued or unknown mail back to be tried now / cancels one (its sealed secrets are
    // wiped). The change and its history row ("mail-retry" / "mail-cancel", by the acting operator) commit
    // together; returns the mail as it is now. A mail being sent (lease not over) is refused (Conflict).
    Result<OutboxRecord> retry(qint64 id);
    Result<OutboxRecord> cancel(qint64 id);

private:
    // A queued, failed or unknown mail to `toState` with its history row `operation`; `refusal` for any
    // other state.
    Result<OutboxRecord> changeState(qint64 id, const QString& toState, const QString& operation,
                                     const QString& refusal, bool dropSecret);
    Status sendOne(qint64 id, const SmtpSettings& smtp, const QByteArray& password,
                   OutboxRunSummary& summary);
    WorkflowContext& m_ctx;
};

} // namespace certdesk
