#include "mail/OutboxSender.h"
#include "mail/MailConfig.h"
#include "mail/SmtpClient.h"
#include "session/PasswordSealer.h"
#include "store/CertificateStore.h"
#include "store/OutboxStore.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace certdesk {

QDateTime OutboxSender::nextAttempt(const QDateTime& nowUtc, int attemptsMade)
{
    const qint64 delay = qMin<qint64>(qint64(60) << qBound(0, attemptsMade - 1, 20), 6 * 3600);
    return nowUtc.addSecs(delay);
}

qint64 OutboxSender::leaseSeconds(const SmtpSettings& smtp)
{
    return qMax<qint64>(15 * 60, 4 * qint64(qMax(1, smtp.timeoutSeconds)) + 5 * 60);
}

QString OutboxSender::shownState(const OutboxRecord& mail, const QDateTime& nowUtc)
{
    if (mail.state == OutboxState::Sending && (!mail.leaseUntil.isValid() || mail.leaseUntil <= nowUtc))
        return OutboxState::Unknown;
    return mail.state;
}

bool OutboxSender::mayResendOrCancel(const OutboxRecord& mail, const QDateTime& nowUtc)
{
    const QString shown = shownState(mail, nowUtc);
    return shown == OutboxState::Queued || shown == OutboxState::Failed || shown == OutboxState::Unknown;
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
    const QDateTime lease = m_ctx.now().addSecs(leaseSeconds(smtp));
    {
        Transaction tx(m_ctx.db());
        if (auto s = tx.begin(); !s)
            return s;
        auto claimed = store.claim(id, lease);
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
        auto secret = PasswordSealer::Opener(m_ctx).open(
            mail.secretSealed,
            PasswordSealer::outboxBinding(mail.kind, mail.recipient, mail.targetLogin, mail.device),
            PasswordSealer::outboxRow(mail.id));
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
        if (auto s = store.markSent(id, m_ctx.now(), lease); !s)
            return s;
        ++summary.sent;
        return m_ctx.commitWithHistory(tx, h);
    }
    summary.errors << tr("mail %1 to %2: %3").arg(mail.id).arg(mail.recipient, problem);
    if (permanent || mail.attempts >= kMaxAttempts) {
        if (auto s = store.markAttemptFailed(id, problem, std::nullopt, lease); !s)
            return s;
        ++summary.failed;
        h.operation = Op::Failure;
        h.remarks = problem;
        return m_ctx.commitWithHistory(tx, h);
    }
    if (auto s = store.markAttemptFailed(id, problem, nextAttempt(m_ctx.now(), mail.attempts), lease); !s)
        return s;
    ++summary.retrying;
    return tx.commit();
}

Result<OutboxRecord> OutboxSender::retry(qint64 id)
{
    if (auto s = m_ctx.require(Permission::IssueAndRevoke, QStringLiteral("mail retry %1").arg(id)); !s)
        return s.error();
    return changeState(id, OutboxState::Queued, Op::MailRetry,
                       tr("Only a queued, failed or unknown mail can be resent."), false);
}

Result<OutboxRecord> OutboxSender::cancel(qint64 id)
{
    if (auto s = m_ctx.require(Permission::IssueAndRevoke, QStringLiteral("mail cancel %1").arg(id)); !s)
        return s.error();
    return changeState(id, OutboxState::Cancelled, Op::MailCancel,
                       tr("Only a queued, failed or unknown mail can be cancelled."), true);
}

Result<OutboxRecord> OutboxSender::changeState(qint64 id, const QString& toState, const QString& operation,
                                               const QString& refusal, bool dropSecret)
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
    const QDateTime now = m_ctx.now();
    const QString shown = shownState(mail, now);
    if (shown == OutboxState::Sending)
        return makeError(
            ErrorCode::Conflict,
            tr("Mail %1 is being sent right now. If it is still not marked sent or failed at %2, "
               "it shows as unknown and can then be resent or cancelled.")
                .arg(id)
                .arg(QLocale().toString(mail.leaseUntil.toLocalTime(), QLocale::ShortFormat)));
    if (!mayResendOrCancel(mail, now))
        return makeError(ErrorCode::Conflict, refusal);
    HistoryEntry h = m_ctx.historyEntry(operation);
    // The state changes only from the one read here: a sender that claimed the mail meanwhile wins.
    if (auto s = store.setState(id, mail.state, toState, h.at, now, dropSecret); !s)
        return s.error();
    h.targetLogin = mail.targetLogin;
    h.device = mail.device;
    h.notifyEmail = mail.recipient;
    h.details = QStringLiteral("mail=%1 kind=%2 from=%3 attempts=%4")
                    .arg(mail.id)
                    .arg(mail.kind, shown)
                    .arg(mail.attempts);
    if (auto s = m_ctx.commitWithHistory(tx, h); !s)
        return s.error();
    mail.state = toState;
    mail.nextAttemptAt = h.at;
    mail.leaseUntil = QDateTime();
    if (dropSecret)
        mail.secretSealed.clear();
    return mail;
}

} // namespace certdesk
