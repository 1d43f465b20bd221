// mail configure, mail test, mail send-pending, mail outbox, mail retry, mail cancel
#include "CliJson.h"
#include "Commands.h"
#include "mail/MailConfig.h"
#include "mail/MailQueue.h"
#include "mail/OutboxSender.h"
#include "mail/SmtpClient.h"
#include "store/OutboxStore.h"
#include "workflows/MailSettingsWorkflows.h"

#include <optional>

namespace certdesk::cli {
namespace {

class MailCommands
{
    Q_DECLARE_TR_FUNCTIONS(MailCommands)
};

QJsonObject mailJson(const OutboxRecord& m, const QDateTime& now)
{
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("created_at"), isoTime(m.createdAt)},
                       {QStringLiteral("kind"), m.kind},
                       {QStringLiteral("to"), m.recipient},
                       {QStringLiteral("subject"), m.subject},
                       {QStringLiteral("login_id"), m.targetLogin},
                       {QStringLiteral("state"), OutboxSender::shownState(m, now)}, // or "unknown"
                       {QStringLiteral("lease_until"), isoTime(m.leaseUntil)},
                       {QStringLiteral("attempts"), m.attempts},
                       {QStringLiteral("next_attempt_at"), isoTime(m.nextAttemptAt)},
                       {QStringLiteral("last_error"), m.lastError},
                       {QStringLiteral("sent_at"), isoTime(m.sentAt)}};
}

qint64 mailId(const CliArgs& args)
{
    bool ok = false;
    const qint64 id = args.positional(0).toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace

int runMailConfigure(CliEnv& env, const CliArgs& args)
{
    SmtpSettings smtp = MailConfig::load(Settings(env.context().db()));
    if (args.has(QStringLiteral("host")))
        smtp.host = args.value(QStringLiteral("host"));
    if (args.has(QStringLiteral("port"))) {
        bool ok = false;
        smtp.port = args.value(QStringLiteral("port")).toInt(&ok);
        if (!ok)
            return env.usage(MailCommands::tr("--port must be a number."));
    }
    if (args.has(QStringLiteral("security")) &&
        !smtpSecurityFromId(args.value(QStringLiteral("security")), &smtp.security))
        return env.usage(MailCommands::tr("--security must be none, starttls or tls."));
    if (args.has(QStringLiteral("user")))
        smtp.user = args.value(QStringLiteral("user"));
    if (args.has(QStringLiteral("sender")))
        smtp.sender = args.value(QStringLiteral("sender"));
    if (args.has(QStringLiteral("sender-name")))
        smtp.senderName = args.value(QStringLiteral("sender-name"));
    if (args.has(QStringLiteral("reply-to")))
        smtp.replyTo = args.value(QStringLiteral("reply-to"));
    if (args.has(QStringLiteral("ca-file")))
        smtp.caFile = args.value(QStringLiteral("ca-file"));
    if (args.has(QStringLiteral("allow-plain-auth"))) {
        const QString allow = args.value(QStringLiteral("allow-plain-auth"));
        if (allow != QLatin1String("yes") && allow != QLatin1String("no"))
            return env.usage(MailCommands::tr("--allow-plain-auth must be yes or no."));
        smtp.allowPlainAuth = allow == QLatin1String("yes");
    }

    if (args.has(QStringLiteral("password-file"))) {
        if (smtp.user.isEmpty())
            return env.usage(MailCommands::tr("--password-file needs --user."));
        auto pw = env.readSecretFile(args.value(QStringLiteral("password-file")));
        if (!pw)
            return env.fail(pw.error());
        if (auto s = MailConfig::storePassword(smtp, pw.value()); !s)
            return env.fail(s.error());
    }
    std::optional<QString> admin;
    if (args.has(QStringLiteral("admin")))
        admin = args.value(QStringLiteral("admin"));
    if (auto s = MailSettingsWorkflows(env.context()).saveServer(smtp, admin); !s)
        return env.fail(s.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("host"), smtp.host},
                              {QStringLiteral("port"), smtp.port},
                              {QStringLiteral("security"), smtpSecurityId(smtp.security)},
                              {QStringLiteral("user"), smtp.user},
                              {QStringLiteral("sender"), smtp.sender},
                              {QStringLiteral("reply_to"), smtp.replyTo},
                              {QStringLiteral("allow_plain_auth"), smtp.allowPlainAuth}});
    env.print(MailCommands::tr("Mail server: %1:%2 (%3), sender %4.")
                  .arg(smtp.host)
                  .arg(smtp.port)
                  .arg(smtpSecurityId(smtp.security), smtp.sender));
    if (smtp.authWithoutTls())
        env.note(
            smtp.allowPlainAuth
                ? MailCommands::tr("Warning: the password of %1 goes to the mail server without encryption.")
                      .arg(smtp.user)
                : MailCommands::tr("The mail server is reached without TLS: CertDesk will not send the "
                                   "password of %1 there. Choose --security starttls or tls, or allow it "
                                   "with --allow-plain-auth yes.")
                      .arg(smtp.user));
    return ExitOk;
}

int runMailTest(CliEnv& env, const CliArgs& args)
{
    const QString to = args.value(QStringLiteral("to"));
    if (to.isEmpty())
        return env.usage(MailCommands::tr("mail test needs --to ADDRESS."));
    const SmtpSettings smtp = MailConfig::load(Settings(env.context().db()));
    if (!smtp.configured())
        return env.fail(makeError(ErrorCode::Invalid, MailConfig::notConfiguredMessage()));
    auto password = MailConfig::password(smtp);
    if (!password)
        return env.fail(password.error());
    MailMessage m;
    m.to = to;
    m.subject = MailCommands::tr("CertDesk test mail");
    m.body = MailCommands::tr("This is a test mail from CertDesk. The mail server %1 accepted it for %2.")
                 .arg(smtp.host, to);
    if (auto s = SmtpClient::send(smtp, password.value(), m); !s)
        return env.fail(s.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("to"), to}});
    env.print(MailCommands::tr("The mail server accepted the test mail to %1.").arg(to));
    return ExitOk;
}

int runMailSendPending(CliEnv& env, const CliArgs& args)
{
    auto summary = OutboxSender(env.context()).sendDue(args.flag(QStringLiteral("force")));
    if (!summary)
        return env.fail(summary.error());
    for (const QString& e : summary->errors)
        env.note(e);
    env.printJson(QJsonObject{{QStringLiteral("ok"), summary->retrying == 0 && summary->failed == 0},
                              {QStringLiteral("attempted"), summary->attempted},
                              {QStringLiteral("sent"), summary->sent},
                              {QStringLiteral("retrying"), summary->retrying},
                              {QStringLiteral("failed"), summary->failed}});
    env.print(MailCommands::tr("Mails tried: %1, sent: %2, to retry later: %3, given up: %4.")
                  .arg(summary->attempted)
                  .arg(summary->sent)
                  .arg(summary->retrying)
                  .arg(summary->failed));
    return summary->retrying == 0 && summary->failed == 0 ? ExitOk : ExitFailure;
}

int runMailOutbox(CliEnv& env, const CliArgs&)
{
    auto list = OutboxStore(env.context().db()).list();
    if (!list)
        return env.fail(list.error());
    QJsonArray mails;
    const QDateTime now = env.context().now();
    for (const OutboxRecord& m : list.value()) {
        mails.append(mailJson(m, now));
        const QString shown = OutboxSender::shownState(m, now);
        env.print(
            QStringLiteral("%1  %2  %3  %4  %5  %6")
                .arg(m.id)
                .arg(shown == OutboxState::Unknown ? MailCommands::tr("unknown (may have been sent)") : shown,
                     m.recipient, m.kind, localTime(m.createdAt),
                     m.lastError.isEmpty() ? QString()
                                           : MailCommands::tr("last error: %1").arg(m.lastError)));
    }
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("mails"), mails}});
    return ExitOk;
}

int runMailRetry(CliEnv& env, const CliArgs& args)
{
    const qint64 id = mailId(args);
    if (id <= 0)
        return env.usage(MailCommands::tr("mail retry takes the mail number (see mail outbox)."));
    auto retried = OutboxSender(env.context()).retry(id);
    if (!retried)
        return env.fail(retried.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("id"), retried->id}});
    env.print(MailCommands::tr("Mail %1 will be sent at the next try.").arg(retried->id));
    return ExitOk;
}

int runMailCancel(CliEnv& env, const CliArgs& args)
{
    const qint64 id = mailId(args);
    if (id <= 0)
        return env.usage(MailCommands::tr("mail cancel takes the mail number (see mail outbox)."));
    auto cancelled = OutboxSender(env.context()).cancel(id);
    if (!cancelled)
        return env.fail(cancelled.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("id"), cancelled->id}});
    env.print(MailCommands::tr("Mail %1 was cancelled.").arg(cancelled->id));
    return ExitOk;
}

int runRemind(CliEnv& env, const CliArgs& args)
{
    bool ok = false;
    const int days = args.value(QStringLiteral("within")).toInt(&ok);
    if (!ok)
        return env.usage(MailCommands::tr("remind needs --within DAYS (1 to 365)."));
    auto queued = MailQueue::queueExpiryReminders(env.context(), days);
    if (!queued)
        return env.fail(queued.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("queued"), queued.value()},
                              {QStringLiteral("within_days"), days}});
    env.print(MailCommands::tr(
                  "Queued %n expiry reminder(s) for certificates expiring within %1 days; send them with "
                  "certdesk-cli mail send-pending.",
                  nullptr, queued.value())
                  .arg(days));
    return ExitOk;
}

} // namespace certdesk::cli
