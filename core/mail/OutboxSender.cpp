#include "mail/OutboxSender.h"
#include "mail/MailConfig.h"
#include "mail/SmtpClient.h"
#include "session/PasswordSealer.h"
#include "store/CertificateStore.h"
#include "store/OutboxStore.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace certdesk {

QDateTime OutboxSender::nextAttempt(const QDateTime& nowUtc, int attemptsMade)
{
    const qint64 delay = qMin<qint64>(qint64(60) << qBound(0, attemptsMade - 1, 20), 6 * 3600);
    return nowUtc.addSecs(delay);
}

Result<OutboxRunSummary> OutboxSender::sendDue(bool ignoreBackoff)
{
    // Sending fills in sealed key passwords and download links: the background sender (System) or an
    // operator who may resend mails.
    if (auto s = m_ctx.require(Permission::IssueAndRevoke, QStringLiteral("mail send")); !s)
        return s.error();
    const SmtpSettings smtp = MailConfig::load(Settings(m_ctx.db()));
    if (!smtp.configured())
        return makeError(ErrorCode::Invalid, MailConfig::notConfiguredMessage());
    auto password = MailConfig::password(smtp);
    if (!password)
        return password.error();
    auto due = OutboxStore(m_ctx.db()).due(m_ctx.now(), ignoreBackoff);
    if (!due)
        return due.error();
    OutboxRunSummary summary;
    for (qint64 id : due.value()) {
        if (auto s = sendOne(id, smtp, password.value(), summary); !s)
            return s.error();
    }
    return summary;
}

Status OutboxSender::sendOne(qint64 id, const SmtpSettings& smtp, const QByteArray& password,
                             OutboxRunSummary& summary)
{
    OutboxStore store(m_ctx.db());
    {
        Transaction tx(m_ctx.db());
        if (auto s = tx.begin(); !s)
            return s;
        auto claimed = store.claim(id);
        if (!claimed)
            return claimed.error();
        if (!claimed.value())
            return {}; // another sender has it
        if (auto s = tx.commit(); !s)
            return s;
    }
    auto found = store.find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return {};
    const OutboxRecord mail = *found.value();
    ++summary.attempted;

    MailMessage message;
    message.to = mail.recipient;
    message.subject = mail.subject;
    message.body = mail.body;
    QString problem;
    bool permanent = false;
    if (!mail.secretSealed.isEmpty()) {
        // {key_password} / {download_url}: sealed JSON, filled in only now.
        auto secret = PasswordSealer::Opener(m_ctx).open(mail.secretSealed);
        if (!secret) {
            problem = secret.error().message; // e.g. the CA is locked: retried later
        } else {
            const QJsonObject values = QJsonDocument::fromJson(secret.value()).object();
            for (auto it = values.begin(); it != values.end(); ++it)
                message.body.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value().toString());
        }
    }
    if (problem.isEmpty() && mail.certificateId > 0) {
        auto p12 = CertificateStore(m_ctx.db()).pkcs12(mail.certificateId);
        if (!p12)
            return p12.error();
        if (p12->isEmpty()) {
            problem =
                tr("The certificate file is no longer stored (the certificate was revoked or delivered).");
            permanent = true;
        } else {
            message.attachments.append(
                {mail.attachmentName, QStringLiteral("application/x-pkcs12"), p12.value()});
        }
    }
    if (problem.isEmpty()) {
        if (auto sent = SmtpClient::send(smtp, password, message); !sent)
            problem = sent.error().message;
    }

    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::Notify);
    const Actor system = Actor::system();
    h.operatorName = system.operatorName;
    h.targetLogin = mail.targetLogin;
    h.device = mail.device;
    h.notifyEmail = mail.recipient;
    h.details = QStringLiteral("mail=%1 kind=%2 attempt=%3").arg(mail.id).arg(mail.kind).arg(mail.attempts);
    if (problem.isEmpty()) {
        if (auto s = store.markSent(id, m_ctx.now()); !s)
            return s;
        ++summary.sent;
        return m_ctx.commitWithHistory(tx, h);
    }
    summary.errors << tr("mail %1 to %2: %3").arg(mail.id).arg(mail.recipient, problem);
    if (permanent || mail.attempts >= kMaxAttempts) {
        if (auto s = store.markAttemptFailed(id, problem, std::nullopt); !s)
            return s;
        ++summary.failed;
        h.operation = Op::Failure;
        h.remarks = problem;
        return m_ctx.commitWithHistory(tx, h);
    }
    if (auto s = store.markAttemptFailed(id, problem, nextAttempt(m_ctx.now(), mail.attempts)); !s)
        return s;
    ++summary.retrying;
    return tx.commit();
}

Result<OutboxRecord> OutboxSender::retry(qint64 id)
{
    if (auto s = m_ctx.require(Permission::IssueAndRevoke, QStringLiteral("mail retry %1").arg(id)); !s)
        return s.error();
    return changeState(id, OutboxState::Queued, Op::MailRetry,
                       tr("Only a queued or failed mail can be retried."));
}

Result<OutboxRecord> OutboxSender::cancel(qint64 id)
{
    if (auto s = m_ctx.require(Permission::IssueAndRevoke, QStringLiteral("mail cancel %1").arg(id)); !s)
        return s.error();
    return changeState(id, OutboxState::Cancelled, Op::MailCancel,
                       tr("Only a queued or failed mail can be cancelled."));
}

Result<OutboxRecord> OutboxSender::changeState(qint64 id, const QString& toState, const QString& operation,
                                               const QString& refusal)
{
    OutboxStore store(m_ctx.db());
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto found = store.find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no mail %1 in the outbox.").arg(id));
    OutboxRecord mail = *found.value();
    if (mail.state != OutboxState::Failed && mail.state != OutboxState::Queued)
        return makeError(ErrorCode::Conflict, refusal);
    HistoryEntry h = m_ctx.historyEntry(operation);
    // The state changes only from the one read here: a sender that claimed the mail meanwhile wins.
    if (auto s = store.setState(id, mail.state, toState, h.at); !s)
        return s.error();
    h.targetLogin = mail.targetLogin;
    h.device = mail.device;
    h.notifyEmail = mail.recipient;
    h.details = QStringLiteral("mail=%1 kind=%2 from=%3 attempts=%4")
                    .arg(mail.id)
                    .arg(mail.kind, mail.state)
                    .arg(mail.attempts);
    if (auto s = m_ctx.commitWithHistory(tx, h); !s)
        return s.error();
    mail.state = toState;
    mail.nextAttemptAt = h.at;
    return mail;
}

} // namespace certdesk
