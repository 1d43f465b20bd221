// The outbox: queued mails survive a mail server outage, are delivered exactly once
// when it is back, carry the key password only at sending time, and write one "notify" history row with
// operator System. Real aiosmtpd server (STARTTLS + AUTH), real database (SQLite and PostgreSQL).
#include "SmtpSink.h"
#include "WorkflowFixture.h"
#include "bulk/BulkIssueJob.h"
#include "bulk/BulkIssueRunner.h"
#include "bulk/ZipExport.h"
#include "ca/AeadKey.h"
#include "ca/SealedBox.h"
#include "download/DownloadLink.h"
#include "download/DownloadService.h"
#include "mail/MailConfig.h"
#include "mail/MailQueue.h"
#include "mail/MailTemplates.h"
#include "mail/OutboxSender.h"
#include "session/PasswordSealer.h"
#include "store/CertificateStore.h"
#include "store/OutboxStore.h"
#include "store/Transaction.h"

#include <QtEndian>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

qint64 queue(WorkflowFixture& f, OutboxRecord m)
{
    m.createdAt = f.ctx->now();
    Transaction tx(*f.db);
    if (!tx.begin().ok())
        return 0;
    auto id = OutboxStore(*f.db).insert(m);
    if (!id || !tx.commit().ok())
        return 0;
    return id.value();
}

// Swaps one column's values between two rows, as someone with write access to the database could.
bool swapColumn(Database& db, const QString& table, const QString& column, qint64 a, qint64 b)
{
    const QString select = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table);
    const QString update = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column);
    auto qa = db.exec(select, {a});
    if (!qa || !qa->next())
        return false;
    const QByteArray va = qa->value(0).toByteArray();
    qa->finish();
    auto qb = db.exec(select, {b});
    if (!qb || !qb->next())
        return false;
    const QByteArray vb = qb->value(0).toByteArray();
    qb->finish();
    return !va.isEmpty() && !vb.isEmpty() && va != vb && db.exec(update, {vb, a}).ok() &&
           db.exec(update, {va, b}).ok();
}

const QString kNotThisRow = QStringLiteral(
    "The protected password does not belong to this record: it was moved from another record or "
    "altered in the database. It was not used.");

QList<HistoryEntry> historyOf(Database& db, const QString& op)
{
    HistoryFilter filter;
    filter.operation = op;
    filter.limit = 1000;
    auto rows = HistoryLog::list(db, filter);
    return rows ? rows.value() : QList<HistoryEntry>();
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
private slots:
    void outageThenDeliveredOnce();
    void wrongPasswordStaysQueuedWithTheError();
    void givesUpAfterMaxAttempts();
    void retryAndCancel();
    void retryCancelAndRemindersAreInTheHistory();
    void notConfigured();
    void issuanceQueuesItsMails();
    void bulkIssuanceQueuesItsMails();
    void expiryRemindersOncePerThreshold();
    void administratorMails();
    void expiredClaimShowsUnknownThenResendOrCancel();
    void sealedSecretsAreBoundToTheirRow();
};

void TestOutbox::outageThenDeliveredOnce()
{
    CERTDESK_TEST_DATABASE(tdb);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, QStringLiteral("certdesk"),
                                                QStringLiteral("mail-secret-42")}));
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    qputenv("CERTDESK_SMTP_PASSWORD", sink->password());

    // A real certificate with an auto-generated password, issued before mail was configured (so nothing
    // was queued by the issuance itself; issuanceQueuesItsMails covers that).
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    IssueRequest req;
    req.loginId = QStringLiteral("taro");
    req.device = QStringLiteral("ios-app");
    auto issued = CertificateWorkflows(*f.ctx).issue(req);
    QVERIFY2(issued.ok(), qPrintable(issued.error().message));
    auto sealed = CertificateStore(*f.db).sealedPassword(issued->certificate.id);
    QVERIFY(sealed.ok() && !sealed->isEmpty());
    QVERIFY(!issued->mailConfigured);
    Settings settings(*f.db);
    QVERIFY(MailConfig::save(settings, sink->settings()).ok());

    OutboxRecord download;
    download.kind = QStringLiteral("download-request");
    download.recipient = QStringLiteral("taro@example.jp");
    download.subject = QStringLiteral("【大塚商事】証明書ダウンロードのお願い");
    download.body = QStringLiteral("大塚 太郎 様\n証明書を添付します。");
    download.certificateId = issued->certificate.id;
    download.attachmentName = issued->fileName;
    download.targetLogin = QStringLiteral("taro");
    download.device = QStringLiteral("ios-app");
    const qint64 first = queue(f, download);
    OutboxRecord password = download;
    password.kind = QStringLiteral("key-password");
    password.subject = QStringLiteral("【大塚商事】証明書パスワードのお知らせ");
    password.body = QStringLiteral("パスワード: {key_password}\n");
    // The sender fills the sealed {key_password} in only when sending.
    auto sealer = f.ctx->passwordSealer();
    QVERIFY(sealer.ok());
    auto secret =
        sealer.value()->seal(QByteArrayLiteral("{\"key_password\":\"") + issued->generatedPassword + "\"}",
                             PasswordSealer::outboxBinding(password.kind, password.recipient,
                                                           password.targetLogin, password.device));
    QVERIFY(secret.ok());
    password.secretSealed = secret.value();
    password.certificateId = 0;
    const qint64 second = queue(f, password);
    QVERIFY(first > 0 && second > 0);
    // The key password is nowhere in the database in clear.
    QVERIFY(!dumpContent(*f.db).contains(QString::fromLatin1(issued->generatedPassword)));

    // Outage: both stay queued with the error, retried after the backoff.
    sink->stop();
    OutboxSender sender(*f.ctx);
    auto run = sender.sendDue();
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    QCOMPARE(run->attempted, 2);
    QCOMPARE(run->retrying, 2);
    QCOMPARE(run->sent, 0);
    auto row = OutboxStore(*f.db).find(first);
    QCOMPARE(row->value().state, OutboxState::Queued);
    QCOMPARE(row->value().attempts, 1);
    QCOMPARE(row->value().lastError,
             QStringLiteral("Cannot connect to the mail server 127.0.0.1:%1.").arg(sink->port()));
    QVERIFY(row->value().nextAttemptAt > f.ctx->now().addSecs(50));
    run = sender.sendDue(); // the backoff holds them back
    QCOMPARE(run->attempted, 0);
    QCOMPARE(historyOf(*f.db, Op::Notify).size(), 0);

    // Back: delivered, each exactly once, even when the sender runs again.
    QVERIFY(sink->start());
    run = sender.sendDue(true);
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    QCOMPARE(run->sent, 2);
    run = sender.sendDue(true);
    QCOMPARE(run->attempted, 0);
    QVERIFY(sink->waitForMessages(2));
    QTest::qWait(300);
    const QList<ReceivedMail> mails = sink->messages();
    QCOMPARE(mails.size(), 2);
    for (const ReceivedMail& m : mails) {
        QVERIFY(m.tls());
        QCOMPARE(m.authUser(), QStringLiteral("certdesk"));
        QCOMPARE(m.rcptTos(), QStringList{QStringLiteral("taro@example.jp")});
    }
    const QJsonObject withFile = decodeWithPython(mails.at(0).raw);
    QCOMPARE(withFile.value(QStringLiteral("subject")).toString(), download.subject);
    const QJsonArray attachments = withFile.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(QByteArray::fromBase64(
                 attachments.at(0).toObject().value(QStringLiteral("data_base64")).toString().toLatin1()),
             issued->pkcs12);
    const QJsonObject withPassword = decodeWithPython(mails.at(1).raw);
    QCOMPARE(withPassword.value(QStringLiteral("body")).toString().trimmed(),
             QStringLiteral("パスワード: ") + QString::fromLatin1(issued->generatedPassword));
    QCOMPARE(withPassword.value(QStringLiteral("attachments")).toArray().size(), 0);
    // The download mail does not carry the password; the password mail carries nothing else.
    QVERIFY(!mails.at(0).raw.contains(issued->generatedPassword));

    // One notify row per mail, by System; the sealed secret is gone once sent.
    const QList<HistoryEntry> notes = historyOf(*f.db, Op::Notify);
    QCOMPARE(notes.size(), 2);
    for (const HistoryEntry& h : notes) {
        QCOMPARE(h.operatorName, Actor::system().operatorName);
        QCOMPARE(h.targetLogin, QStringLiteral("taro"));
        QCOMPARE(h.notifyEmail, QStringLiteral("taro@example.jp"));
    }
    QVERIFY(OutboxStore(*f.db).find(second)->value().secretSealed.isEmpty());
    QCOMPARE(OutboxStore(*f.db).find(second)->value().state, OutboxState::Sent);
    auto verified = HistoryLog::verify(*f.db);
    QVERIFY(verified.ok() && verified->intact);
    qunsetenv("CERTDESK_SMTP_PASSWORD");
}

void TestOutbox::wrongPasswordStaysQueuedWithTheError()
{
    CERTDESK_TEST_DATABASE(tdb);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, QStringLiteral("certdesk"),
                                                QStringLiteral("right-one")}));
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    qputenv("CERTDESK_SMTP_PASSWORD", "wrong-one");
    Settings settings(*f.db);
    QVERIFY(MailConfig::save(settings, sink->settings()).ok());
    OutboxRecord m;
    m.kind = QStringLiteral("test");
    m.recipient = QStringLiteral("a@example.jp");
    m.subject = QStringLiteral("x");
    m.body = QStringLiteral("y");
    const qint64 id = queue(f, m);
    auto run = OutboxSender(*f.ctx).sendDue();
    QVERIFY(run.ok());
    QCOMPARE(run->retrying, 1);
    const OutboxRecord after = OutboxStore(*f.db).find(id)->value();
    QCOMPARE(after.state, OutboxState::Queued);
    QCOMPARE(after.lastError, QStringLiteral("The mail server refused the user name or password."));
    QVERIFY(!dumpContent(*f.db).contains(QStringLiteral("wrong-one")));
    QCOMPARE(sink->messages().size(), 0);
    qunsetenv("CERTDESK_SMTP_PASSWORD");
}

void TestOutbox::givesUpAfterMaxAttempts()
{
    CERTDESK_TEST_DATABASE(tdb);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{}));
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    Settings settings(*f.db);
    SmtpSettings smtp = sink->settings();
    smtp.timeoutSeconds = 5;
    QVERIFY(MailConfig::save(settings, smtp).ok());
    sink->stop();
    OutboxRecord m;
    m.kind = QStringLiteral("test");
    m.recipient = QStringLiteral("a@example.jp");
    m.subject = QStringLiteral("x");
    m.body = QStringLiteral("y");
    m.targetLogin = QStringLiteral("a");
    const qint64 id = queue(f, m);
    for (int i = 1; i <= OutboxSender::kMaxAttempts; ++i) {
        auto run = OutboxSender(*f.ctx).sendDue(true);
        QVERIFY(run.ok());
        QCOMPARE(run->attempted, 1);
        QCOMPARE(run->failed, i == OutboxSender::kMaxAttempts ? 1 : 0);
    }
    QCOMPARE(OutboxStore(*f.db).find(id)->value().state, OutboxState::Failed);
    QCOMPARE(OutboxSender(*f.ctx).sendDue(true)->attempted, 0);
    const QList<HistoryEntry> failures = historyOf(*f.db, Op::Failure);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().operatorName, Actor::system().operatorName);
    QVERIFY(failures.first().remarks.startsWith(QStringLiteral("Cannot connect to the mail server")));
    // Backoff doubles from one minute and stops at six hours.
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    QCOMPARE(t0.secsTo(OutboxSender::nextAttempt(t0, 1)), 60);
    QCOMPARE(t0.secsTo(OutboxSender::nextAttempt(t0, 2)), 120);
    QCOMPARE(t0.secsTo(OutboxSender::nextAttempt(t0, 5)), 960);
    QCOMPARE(t0.secsTo(OutboxSender::nextAttempt(t0, 12)), 6 * 3600);
}

void TestOutbox::retryAndCancel()
{
    CERTDESK_TEST_DATABASE(tdb);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{}));
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    Settings settings(*f.db);
    QVERIFY(MailConfig::save(settings, sink->settings()).ok());
    sink->stop();
    OutboxRecord m;
    m.kind = QStringLiteral("test");
    m.recipient = QStringLiteral("b@example.jp");
    m.subject = QStringLiteral("x");
    m.body = QStringLiteral("y");
    const qint64 keep = queue(f, m);
    const qint64 drop = queue(f, m);
    QCOMPARE(OutboxSender(*f.ctx).sendDue()->retrying, 2);
    QVERIFY(OutboxSender(*f.ctx).cancel(drop).ok());
    QCOMPARE(OutboxStore(*f.db).find(drop)->value().state, OutboxState::Cancelled);
    QCOMPARE(OutboxSender(*f.ctx).cancel(drop).error().code, ErrorCode::Conflict);
    QCOMPARE(historyOf(*f.db, Op::MailCancel).size(), 1);
    QCOMPARE(historyOf(*f.db, Op::MailCancel).first().details,
             QStringLiteral("mail=%1 kind=test from=queued attempts=1").arg(drop));
    QVERIFY(sink->start());
    QVERIFY(OutboxSender(*f.ctx).retry(keep).ok()); // due now, without --force
    QCOMPARE(historyOf(*f.db, Op::MailRetry).size(), 1);
    auto run = OutboxSender(*f.ctx).sendDue();
    QCOMPARE(run->sent, 1);
    QVERIFY(sink->waitForMessages(1));
    QCOMPARE(sink->messages().size(), 1);
    QCOMPARE(OutboxSender(*f.ctx).retry(keep).error().code, ErrorCode::Conflict); // sent: not again
    QCOMPARE(OutboxSender(*f.ctx).retry(4242).error().code, ErrorCode::NotFound);
    QCOMPARE(historyOf(*f.db, Op::MailRetry).size(), 1);
    QCOMPARE(historyOf(*f.db, Op::MailCancel).size(), 1);
}

// Retry and cancel are operator changes: each commits with its own history row (the operator, the mail's
// user, device and address); a refused one changes nothing. Reminders get one "reminder" row each. No
// mail is sent, so no mail server is needed.
void TestOutbox::retryCancelAndRemindersAreInTheHistory()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    Settings settings(*f.db);
    SmtpSettings smtp;
    smtp.host = QStringLiteral("mail.invalid");
    smtp.sender = QStringLiteral("noreply@example.jp");
    QVERIFY(MailConfig::save(settings, smtp).ok());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("saburo")), QString());
    QVERIFY(settings.set(SettingKey::CertValidityDays, QStringLiteral("10")).ok());
    IssueRequest req;
    req.loginId = QStringLiteral("saburo");
    req.device = QStringLiteral("windows");
    req.notifyEmail = QStringLiteral("saburo.pc@example.jp");
    auto issued = CertificateWorkflows(*f.ctx).issue(req);
    QVERIFY2(issued.ok(), qPrintable(issued.error().message));
    QCOMPARE(issued->mailsQueued, 2); // the download request and the key password
    auto mails = OutboxStore(*f.db).list();
    QVERIFY(mails.ok());
    QCOMPARE(mails->size(), 2);
    const qint64 drop = mails->at(0).id;
    const qint64 keep = mails->at(1).id;

    auto cancelled = OutboxSender(*f.ctx).cancel(drop);
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error().message));
    QCOMPARE(cancelled->id, drop);
    QCOMPARE(cancelled->state, OutboxState::Cancelled);
    QCOMPARE(OutboxStore(*f.db).find(drop)->value().state, OutboxState::Cancelled);
    const QList<HistoryEntry> cancels = historyOf(*f.db, Op::MailCancel);
    QCOMPARE(cancels.size(), 1);
    QCOMPARE(cancels.first().operatorName, f.ctx->actor().operatorName);
    QCOMPARE(cancels.first().targetLogin, QStringLiteral("saburo"));
    QCOMPARE(cancels.first().device, QStringLiteral("windows"));
    QCOMPARE(cancels.first().notifyEmail, QStringLiteral("saburo.pc@example.jp"));
    QCOMPARE(cancels.first().details,
             QStringLiteral("mail=%1 kind=%2 from=queued attempts=0").arg(drop).arg(mails->at(0).kind));

    auto retried = OutboxSender(*f.ctx).retry(keep);
    QVERIFY2(retried.ok(), qPrintable(retried.error().message));
    QCOMPARE(retried->id, keep);
    QCOMPARE(retried->state, OutboxState::Queued);
    const QList<HistoryEntry> retries = historyOf(*f.db, Op::MailRetry);
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().targetLogin, QStringLiteral("saburo"));
    QCOMPARE(retries.first().notifyEmail, QStringLiteral("saburo.pc@example.jp"));
    QCOMPARE(retries.first().details,
             QStringLiteral("mail=%1 kind=%2 from=queued attempts=0").arg(keep).arg(mails->at(1).kind));

    // Refused: nothing changes, no history row.
    const QString before = dumpContent(*f.db);
    QCOMPARE(OutboxSender(*f.ctx).retry(drop).error().code, ErrorCode::Conflict);
    QCOMPARE(OutboxSender(*f.ctx).cancel(drop).error().code, ErrorCode::Conflict);
    QCOMPARE(OutboxSender(*f.ctx).cancel(4242).error().code, ErrorCode::NotFound);
    QCOMPARE(dumpContent(*f.db), before);

    // remind: one row per reminder queued, none when nothing is due.
    auto reminded = MailQueue::queueExpiryReminders(*f.ctx, 30);
    QVERIFY2(reminded.ok(), qPrintable(reminded.error().message));
    QCOMPARE(reminded.value(), 1);
    QCOMPARE(MailQueue::queueExpiryReminders(*f.ctx, 30).value(), 0);
    const QList<HistoryEntry> reminders = historyOf(*f.db, Op::Reminder);
    QCOMPARE(reminders.size(), 1);
    QCOMPARE(reminders.first().targetLogin, QStringLiteral("saburo"));
    QCOMPARE(reminders.first().device, QStringLiteral("windows"));
    QCOMPARE(reminders.first().notifyEmail, QStringLiteral("saburo.pc@example.jp"));
    auto newest = OutboxStore(*f.db).list(1);
    QVERIFY(newest.ok() && newest->size() == 1);
    QCOMPARE(newest->first().kind, MailTemplates::id(MailTemplateId::ExpiryReminder));
    QVERIFY2(reminders.first().details.startsWith(QStringLiteral("mail=%1 serial=%2 slot=1 within_days=30 ")
                                                      .arg(newest->first().id)
                                                      .arg(issued->certificate.serialHex)),
             qPrintable(reminders.first().details));
    auto verified = HistoryLog::verify(*f.db);
    QVERIFY(verified.ok() && verified->intact);
}

void TestOutbox::notConfigured()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    auto run = OutboxSender(*f.ctx).sendDue();
    QCOMPARE(run.error().code, ErrorCode::Invalid);
    QCOMPARE(run.error().message, MailConfig::notConfiguredMessage());
}

// Issue (auto password, iOS: attachment) and issue (manual password, Windows): the download requests
// and the one key-password mail arrive with every placeholder filled, the link's hash is on the
// certificate, and neither the CA passphrase nor the SMTP password appears in any mail.
void TestOutbox::issuanceQueuesItsMails()
{
    CERTDESK_TEST_DATABASE(tdb);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, QStringLiteral("certdesk"),
                                                QStringLiteral("smtp-pw-5150")}));
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    qputenv("CERTDESK_SMTP_PASSWORD", sink->password());
    Settings settings(*f.db);
    QVERIFY(settings.set(SettingKey::OrgName, QStringLiteral("大塚商事")).ok());
    QVERIFY(settings.set(SettingKey::PortalBaseUrl, QStringLiteral("https://certs.example.jp/")).ok());
    QVERIFY(MailConfig::save(settings, sink->settings(QStringLiteral("noreply@example.jp"))).ok());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("hanako")), QString());
    auto identity = IdentityWorkflows(*f.ctx).get(QStringLiteral("hanako"));
    QVERIFY(identity.ok() && identity->has_value());

    IssueRequest phone;
    phone.loginId = QStringLiteral("hanako");
    phone.device = QStringLiteral("ios-app");
    phone.notifyEmail = QStringLiteral("hanako.mobile@example.jp");
    auto first = CertificateWorkflows(*f.ctx).issue(phone);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QVERIFY(first->mailConfigured);
    QCOMPARE(first->mailsQueued, 2);
    IssueRequest laptop;
    laptop.loginId = QStringLiteral("hanako");
    laptop.device = QStringLiteral("windows");
    laptop.passwordMode = PasswordMode::Manual;
    laptop.password = "Manual123";
    auto second = CertificateWorkflows(*f.ctx).issue(laptop);
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QCOMPARE(second->mailsQueued, 1);
    QCOMPARE(OutboxStore(*f.db).count(OutboxState::Queued).value(), 3);
    // Nothing secret in the outbox in clear.
    const QString dump = dumpContent(*f.db);
    QVERIFY(!dump.contains(QString::fromLatin1(first->generatedPassword)));
    QVERIFY(!dump.contains(QStringLiteral("/download/")));

    auto run = OutboxSender(*f.ctx).sendDue();
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    QCOMPARE(run->sent, 3);
    QVERIFY(sink->waitForMessages(3));
    const QList<ReceivedMail> toPhone = sink->messagesTo(QStringLiteral("hanako.mobile@example.jp"));
    QCOMPARE(toPhone.size(), 2);
    const QJsonObject request = decodeWithPython(toPhone.at(0).raw);
    const QJsonObject passwordMail = decodeWithPython(toPhone.at(1).raw);
    QCOMPARE(request.value(QStringLiteral("subject")).toString(),
             QStringLiteral("【大塚商事】証明書ダウンロードのお願い"));
    QCOMPARE(request.value(QStringLiteral("from_addr")).toString(), QStringLiteral("noreply@example.jp"));
    const QString body = request.value(QStringLiteral("body")).toString();
    const QString userName = identity->value().familyName + QLatin1Char(' ') + identity->value().givenName;
    QVERIFY2(body.startsWith(userName + QStringLiteral(" 様")), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("ログインID：hanako")));
    QVERIFY(!body.contains(QLatin1Char('{')));
    // The link: https://certs.example.jp/download/TOKEN, whose SHA-256 is stored on the certificate.
    const qsizetype at = body.indexOf(QStringLiteral("https://certs.example.jp/download/"));
    QVERIFY(at >= 0);
    const QString token = body.mid(at + 34).section(QLatin1Char('\n'), 0, 0).trimmed();
    QCOMPARE(token.size(), 43);
    auto stored = f.db->exec(QStringLiteral("SELECT download_token_hash FROM certificates WHERE id = ?"),
                             {first->certificate.id});
    QVERIFY(stored.ok() && stored->next());
    QCOMPARE(stored->value(0).toString(), DownloadLink::tokenHash(token));
    // The link from the mail opens the download: the portal's rules hand out exactly this .p12.
    auto viaLink = DownloadService(f.db).download(token, QStringLiteral("hanako"),
                                                  PortalClient{QStringLiteral("198.51.100.4"), {}});
    QVERIFY2(viaLink.ok(), qPrintable(viaLink.error().message));
    QCOMPARE(viaLink->state, LinkState::Valid);
    QCOMPARE(viaLink->pkcs12, first->pkcs12);
    // iOS policy: the .p12 is attached; the password comes in its own mail and only there.
    const QJsonArray files = request.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("filename")).toString(),
             QStringLiteral("hanako-ios-app.p12"));
    QCOMPARE(passwordMail.value(QStringLiteral("subject")).toString(),
             QStringLiteral("【大塚商事】証明書パスワードのお知らせ"));
    QVERIFY(
        passwordMail.value(QStringLiteral("body"))
            .toString()
            .contains(QStringLiteral("証明書パスワード：") + QString::fromLatin1(first->generatedPassword)));
    QCOMPARE(passwordMail.value(QStringLiteral("attachments")).toArray().size(), 0);
    // Windows policy: no attachment; manual password: no password mail.
    const QList<ReceivedMail> toUser = sink->messagesTo(QStringLiteral("hanako@example.jp"));
    QCOMPARE(toUser.size(), 1);
    QCOMPARE(decodeWithPython(toUser.at(0).raw).value(QStringLiteral("attachments")).toArray().size(), 0);
    // The key password is only in its own mail; no mail holds the CA passphrase or the SMTP password.
    for (const ReceivedMail& m : sink->messages()) {
        const QJsonObject d = decodeWithPython(m.raw);
        const QString all = QString::fromUtf8(m.raw) + d.value(QStringLiteral("body")).toString();
        QVERIFY(!all.contains(QString::fromLatin1(kPassphrase)));
        QVERIFY(!all.contains(QStringLiteral("smtp-pw-5150")));
        if (d.value(QStringLiteral("subject")).toString() !=
            QStringLiteral("【大塚商事】証明書パスワードのお知らせ"))
            QVERIFY(!all.contains(QString::fromLatin1(first->generatedPassword)));
    }
    QCOMPARE(historyOf(*f.db, Op::Notify).size(), 3);
    qunsetenv("CERTDESK_SMTP_PASSWORD");
}

// Bulk issuance queues the same mails, each in its row's transaction: 3 rows, 2 with auto passwords.
void TestOutbox::bulkIssuanceQueuesItsMails()
{
    CERTDESK_TEST_DATABASE(tdb);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{}));
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    Settings settings(*f.db);
    QVERIFY(MailConfig::save(settings, sink->settings()).ok());
    const QString csv = QStringLiteral("発行する,ログインID,メールアドレス,氏名(姓),氏名(名),フリガナ(姓),"
                                       "フリガナ(名),Windows,iOS(アプリ/ブラウザ),"
                                       "iOS(専用ブラウザ),Mac,Android,秘密の鍵の自動生成,秘密の鍵\r\n"
                                       "○,b1,b1@example.jp,山田,一郎,ヤマダ,イチロウ,○,,,,,○,\r\n"
                                       "○,b2,b2@example.jp,山田,二郎,ヤマダ,ジロウ,,,,,○,○,\r\n"
                                       "○,b3,b3@example.jp,山田,三郎,ヤマダ,サブロウ,,,,○,,,Pass-word9\r\n");
    auto plan = BulkIssueValidator::validate(*f.ctx, csv.toUtf8(), QStringLiteral("mail.csv"), true);
    QVERIFY(plan.ok());
    QVERIFY2(plan->ok(), plan->problems.isEmpty() ? "no items" : qPrintable(plan->problems.first().message));
    auto job = BulkIssueJob::accept(*f.ctx, plan.value());
    QVERIFY2(job.ok(), qPrintable(job.error().message));
    BulkIssueRunner runner(*f.ctx, job.value());
    auto summary = runner.run();
    QVERIFY(summary.ok());
    QCOMPARE(summary->issued, 3);
    QCOMPARE(OutboxStore(*f.db).count(OutboxState::Queued).value(), 5);
    auto run = OutboxSender(*f.ctx).sendDue();
    QVERIFY(run.ok());
    QCOMPARE(run->sent, 5);
    QVERIFY(sink->waitForMessages(5));
    QCOMPARE(sink->messagesTo(QStringLiteral("b3@example.jp")).size(),
             1); // manual password: no password mail
    QCOMPARE(sink->messagesTo(QStringLiteral("b2@example.jp")).size(), 2);
    // Android policy attaches the .p12.
    QCOMPARE(decodeWithPython(sink->messagesTo(QStringLiteral("b2@example.jp")).at(0).raw)
                 .value(QStringLiteral("attachments"))
                 .toArray()
                 .size(),
             1);
}

// remind --within DAYS: each certificate expiring within DAYS is reminded once per threshold.
void TestOutbox::expiryRemindersOncePerThreshold()
{
    CERTDESK_TEST_DATABASE(tdb);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{}));
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    Settings settings(*f.db);
    QVERIFY(settings.set(SettingKey::OrgName, QStringLiteral("大塚商事")).ok());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("jiro")), QString());
    QVERIFY(settings.set(SettingKey::CertValidityDays, QStringLiteral("10")).ok());
    IssueRequest soon;
    soon.loginId = QStringLiteral("jiro");
    soon.device = QStringLiteral("mac");
    auto expiring = CertificateWorkflows(*f.ctx).issue(soon);
    QVERIFY(expiring.ok());
    QVERIFY(settings.set(SettingKey::CertValidityDays, QStringLiteral("365")).ok());
    soon.device = QStringLiteral("windows");
    QVERIFY(CertificateWorkflows(*f.ctx).issue(soon).ok()); // a year: not reminded
    QCOMPARE(MailQueue::queueExpiryReminders(*f.ctx, 30).error().code,
             ErrorCode::Invalid); // mail not configured
    QVERIFY(MailConfig::save(settings, sink->settings()).ok());

    QCOMPARE(MailQueue::queueExpiryReminders(*f.ctx, 30).value(), 1);
    QCOMPARE(MailQueue::queueExpiryReminders(*f.ctx, 30).value(), 0); // once per threshold
    QCOMPARE(MailQueue::queueExpiryReminders(*f.ctx, 14).value(), 1); // a nearer threshold reminds again
    QCOMPARE(MailQueue::queueExpiryReminders(*f.ctx, 5).value(), 0);  // not yet within 5 days
    QCOMPARE(historyOf(*f.db, Op::Reminder).size(), 2);               // one per reminder queued
    auto run = OutboxSender(*f.ctx).sendDue();
    QVERIFY(run.ok());
    QCOMPARE(run->sent, 2);
    QVERIFY(sink->waitForMessages(2));
    const QJsonObject mail = decodeWithPython(sink->messages().first().raw);
    QCOMPARE(mail.value(QStringLiteral("subject")).toString(),
             QStringLiteral("【大塚商事】証明書の有効期限が近づいています"));
    QVERIFY(
        mail.value(QStringLiteral("body"))
            .toString()
            .contains(QStringLiteral("有効期限：") +
                      MailTemplates::formatDateTime(expiring->certificate.notAfter, QStringLiteral("ja"))));
}

// The administrator (mail.admin_address) hears of a rejected file with every problem, an accepted file
// with its count, and a certificate that could not be issued.
void TestOutbox::administratorMails()
{
    CERTDESK_TEST_DATABASE(tdb);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{}));
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    Settings settings(*f.db);
    QVERIFY(settings.set(SettingKey::OrgName, QStringLiteral("大塚商事")).ok());
    QVERIFY(MailConfig::save(settings, sink->settings()).ok());
    QVERIFY(settings.set(SettingKey::MailAdminAddress, QStringLiteral("admin@example.jp")).ok());
    QCOMPARE(settings.set(SettingKey::MailAdminAddress, QStringLiteral("not-an-address")).error().code,
             ErrorCode::Invalid);
    const QString header = QStringLiteral(
        "発行する,ログインID,メールアドレス,氏名(姓),氏名(名),フリガナ(姓),フリガナ(名),Windows,"
        "iOS(アプリ/ブラウザ),iOS(専用ブラウザ),Mac,Android,秘密の鍵の自動生成,秘密の鍵\r\n");
    // Rejected: the problem list goes to the administrator.
    auto bad = BulkIssueValidator::validate(
        *f.ctx,
        (header + QStringLiteral("○,c1,c1@example.jp,山田,一郎,ヤマダ,イチロウ,,,,,,○,\r\n")).toUtf8(),
        QStringLiteral("bad.csv"), true);
    QVERIFY(bad.ok() && !bad->problems.isEmpty());
    QVERIFY(BulkIssueJob::recordRejected(*f.ctx, bad.value()).ok());
    // Accepted, then one row fails at run time (its user got the maximum of certificates meanwhile).
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("c2")), QString());
    auto good = BulkIssueValidator::validate(
        *f.ctx,
        (header +
         QStringLiteral("○,c2,,,,,,○,,,,,○,\r\n○,c3,c3@example.jp,山田,三郎,ヤマダ,サブロウ,,,,○,,○,\r\n"))
            .toUtf8(),
        QStringLiteral("good.csv"), true);
    QVERIFY(good.ok() && good->ok());
    auto job = BulkIssueJob::accept(*f.ctx, good.value());
    QVERIFY(job.ok());
    QVERIFY(settings.set(SettingKey::MaxCertsPerUser, QStringLiteral("1")).ok());
    IssueRequest direct;
    direct.loginId = QStringLiteral("c2");
    direct.device = QStringLiteral("mac");
    QVERIFY(CertificateWorkflows(*f.ctx).issue(direct).ok());
    BulkIssueRunner runner(*f.ctx, job.value());
    auto summary = runner.run();
    QVERIFY(summary.ok());
    QCOMPARE(summary->issued, 1);
    QCOMPARE(summary->failed, 1);

    auto run = OutboxSender(*f.ctx).sendDue();
    QVERIFY(run.ok());
    QVERIFY(sink->waitForMessages(3, 15000, QStringLiteral("admin@example.jp")));
    QStringList subjects;
    QString rejectedBody;
    for (const ReceivedMail& m : sink->messagesTo(QStringLiteral("admin@example.jp"))) {
        const QJsonObject d = decodeWithPython(m.raw);
        subjects << d.value(QStringLiteral("subject")).toString();
        if (subjects.last().contains(QStringLiteral("失敗しました")) &&
            d.value(QStringLiteral("body")).toString().contains(QStringLiteral("bad.csv")))
            rejectedBody = d.value(QStringLiteral("body")).toString();
    }
    QCOMPARE(subjects.size(), 3);
    QVERIFY2(subjects.contains(QStringLiteral("【大塚商事】証明書一括発行を受付けました")),
             qPrintable(subjects.join(QLatin1Char('|'))));
    QVERIFY(subjects.contains(QStringLiteral("【大塚商事】証明書一括発行が失敗しました")));
    QVERIFY(subjects.contains(QStringLiteral("【大塚商事】証明書の発行に失敗しました")));
    QVERIFY2(
        rejectedBody.contains(QStringLiteral("2: Mark one device column (Windows, iOS, Mac or Android).")),
        qPrintable(rejectedBody));
}

// Security review #13 item 7: a sender that claimed mails and died before marking them. While its lease
// runs the mails show "sending" and cannot be resent or cancelled; afterwards they show "unknown — may have
// been sent", are never sent again on their own, and an operator may resend (it arrives) or cancel (its
// sealed secret goes) each, with one history row each.
void TestOutbox::expiredClaimShowsUnknownThenResendOrCancel()
{
    CERTDESK_TEST_DATABASE(tdb);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, QStringLiteral("certdesk"),
                                                QStringLiteral("lease-pw-31")}));
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    qputenv("CERTDESK_SMTP_PASSWORD", sink->password());
    FixedClock clock(QDateTime::currentDateTimeUtc());
    auto ctx = f.contextFor(f.ctx->actor(), clock);
    const SmtpSettings smtp = sink->settings();
    Settings settings(*f.db);
    QVERIFY(MailConfig::save(settings, smtp).ok());
    auto sealer = ctx->passwordSealer();
    QVERIFY(sealer.ok());
    const auto mailTo = [&](const QString& to) {
        OutboxRecord m;
        m.kind = QStringLiteral("key-password");
        m.recipient = to;
        m.subject = QStringLiteral("key password");
        m.body = QStringLiteral("password: {key_password}\n");
        m.targetLogin = QStringLiteral("jiro");
        m.device = QStringLiteral("windows");
        auto sealed =
            sealer.value()->seal(QByteArrayLiteral("{\"key_password\":\"Lease-Secret-9\"}"),
                                 PasswordSealer::outboxBinding(m.kind, m.recipient, m.targetLogin, m.device));
        m.secretSealed = sealed.ok() ? sealed.value() : QByteArray();
        return m;
    };
    const qint64 resend = queue(f, mailTo(QStringLiteral("resend@example.jp")));
    const qint64 drop = queue(f, mailTo(QStringLiteral("drop@example.jp")));
    QVERIFY(resend > 0 && drop > 0);

    // A sender claims both (the first step of OutboxSender::sendDue), then its process dies.
    const qint64 leaseSecs = OutboxSender::leaseSeconds(smtp);
    QVERIFY(leaseSecs >= 15 * 60);
    const QDateTime lease = clock.nowUtc().addSecs(leaseSecs);
    for (qint64 id : {resend, drop}) {
        Transaction tx(*f.db);
        QVERIFY(tx.begin().ok());
        auto claimed = OutboxStore(*f.db).claim(id, lease);
        QVERIFY(claimed.ok() && claimed.value());
        QVERIFY(tx.commit().ok());
    }

    // While the lease runs: "sending"; resend and cancel are refused with the reason; nothing is sent.
    OutboxRecord row = OutboxStore(*f.db).find(resend)->value();
    QCOMPARE(row.leaseUntil, QDateTime::fromSecsSinceEpoch(lease.toSecsSinceEpoch(), Qt::UTC));
    QCOMPARE(OutboxSender::shownState(row, clock.nowUtc()), OutboxState::Sending);
    QVERIFY(!OutboxSender::mayResendOrCancel(row, clock.nowUtc()));
    auto early = OutboxSender(*ctx).retry(resend);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, ErrorCode::Conflict);
    QVERIFY2(early.error().message.startsWith(QStringLiteral("Mail %1 is being sent right now.").arg(resend)),
             qPrintable(early.error().message));
    QCOMPARE(OutboxSender(*ctx).cancel(drop).error().code, ErrorCode::Conflict);
    clock.advanceSecs(leaseSecs - 5);
    QCOMPARE(OutboxSender(*ctx).cancel(drop).error().code, ErrorCode::Conflict);
    QCOMPARE(historyOf(*f.db, Op::MailRetry).size(), 0);
    QCOMPARE(historyOf(*f.db, Op::MailCancel).size(), 0);

    // The lease has passed: unknown — may have been sent. Never sent again on its own.
    clock.advanceSecs(10);
    row = OutboxStore(*f.db).find(resend)->value();
    QCOMPARE(row.state, OutboxState::Sending);
    QCOMPARE(OutboxSender::shownState(row, clock.nowUtc()), OutboxState::Unknown);
    QVERIFY(OutboxSender::mayResendOrCancel(row, clock.nowUtc()));
    auto run = OutboxSender(*ctx).sendDue(true);
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    QCOMPARE(run->attempted, 0);
    QTest::qWait(300);
    QCOMPARE(sink->messages().size(), 0);

    // Resend: one history row by the operator; the mail then arrives with its secret filled in.
    auto resent = OutboxSender(*ctx).retry(resend);
    QVERIFY2(resent.ok(), qPrintable(resent.error().message));
    QCOMPARE(resent->state, OutboxState::Queued);
    const QList<HistoryEntry> retries = historyOf(*f.db, Op::MailRetry);
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().operatorName, ctx->actor().operatorName);
    QCOMPARE(retries.first().notifyEmail, QStringLiteral("resend@example.jp"));
    QCOMPARE(retries.first().details,
             QStringLiteral("mail=%1 kind=key-password from=unknown attempts=1").arg(resend));
    run = OutboxSender(*ctx).sendDue();
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    QCOMPARE(run->sent, 1);
    QVERIFY(sink->waitForMessages(1, 15000, QStringLiteral("resend@example.jp")));
    QCOMPARE(decodeWithPython(sink->messagesTo(QStringLiteral("resend@example.jp")).first().raw)
                 .value(QStringLiteral("body"))
                 .toString()
                 .trimmed(),
             QStringLiteral("password: Lease-Secret-9"));
    QCOMPARE(OutboxStore(*f.db).find(resend)->value().state, OutboxState::Sent);

    // Cancel: the sealed secret is wiped, with one history row; nothing is sent.
    auto cancelled = OutboxSender(*ctx).cancel(drop);
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error().message));
    const OutboxRecord gone = OutboxStore(*f.db).find(drop)->value();
    QCOMPARE(gone.state, OutboxState::Cancelled);
    QVERIFY(gone.secretSealed.isEmpty());
    QVERIFY(!gone.leaseUntil.isValid());
    const QList<HistoryEntry> cancels = historyOf(*f.db, Op::MailCancel);
    QCOMPARE(cancels.size(), 1);
    QCOMPARE(cancels.first().details,
             QStringLiteral("mail=%1 kind=key-password from=unknown attempts=1").arg(drop));
    QCOMPARE(OutboxSender(*ctx).retry(drop).error().code, ErrorCode::Conflict);
    QCOMPARE(OutboxSender(*ctx).sendDue(true)->attempted, 0);
    QTest::qWait(300);
    QCOMPARE(sink->messagesTo(QStringLiteral("drop@example.jp")).size(), 0);
    auto verified = HistoryLog::verify(*f.db);
    QVERIFY(verified.ok() && verified->intact);
    qunsetenv("CERTDESK_SMTP_PASSWORD");
}

// Security review #13 item 17: a sealed key password opens only for the row it was sealed for. Swapped
// between two certificates (ZIP export) or two key-password mails (outbox) with SQL, it is refused with a
// clear message and nothing is delivered; swapped back, everything works. A blob sealed before migration 16
// (no binding) opens only for a row that migration listed.
void TestOutbox::sealedSecretsAreBoundToTheirRow()
{
    CERTDESK_TEST_DATABASE(tdb);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, QStringLiteral("certdesk"),
                                                QStringLiteral("bound-pw-17")}));
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    qputenv("CERTDESK_SMTP_PASSWORD", sink->password());
    Settings settings(*f.db);
    QVERIFY(MailConfig::save(settings, sink->settings()).ok());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("ichiro")), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("jiro")), QString());
    IssueRequest a;
    a.loginId = QStringLiteral("ichiro");
    a.device = QStringLiteral("windows");
    a.notifyEmail = QStringLiteral("ichiro@example.jp");
    IssueRequest b = a;
    b.loginId = QStringLiteral("jiro");
    b.notifyEmail = QStringLiteral("jiro@example.jp");
    auto ia = CertificateWorkflows(*f.ctx).issue(a);
    QVERIFY2(ia.ok(), qPrintable(ia.error().message));
    auto ib = CertificateWorkflows(*f.ctx).issue(b);
    QVERIFY2(ib.ok(), qPrintable(ib.error().message));
    QVERIFY(!ia->generatedPassword.isEmpty() && !ib->generatedPassword.isEmpty());

    // Normal path: the ZIP export lists both passwords.
    auto zip = ZipExport::write(*f.ctx, f.dir.filePath(QStringLiteral("ok.zip")));
    QVERIFY2(zip.ok(), qPrintable(zip.error().message));
    QCOMPARE(zip->passwords, 2);

    // Certificates' sealed passwords swapped: the export refuses, no file appears.
    QVERIFY(swapColumn(*f.db, QStringLiteral("certificates"), QStringLiteral("password_sealed"),
                       ia->certificate.id, ib->certificate.id));
    const QString swappedZip = f.dir.filePath(QStringLiteral("swapped.zip"));
    auto refused = ZipExport::write(*f.ctx, swappedZip);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Crypto);
    QCOMPARE(refused.error().message, kNotThisRow);
    QVERIFY(!QFile::exists(swappedZip));
    QVERIFY(swapColumn(*f.db, QStringLiteral("certificates"), QStringLiteral("password_sealed"),
                       ia->certificate.id, ib->certificate.id));
    QVERIFY(ZipExport::write(*f.ctx, f.dir.filePath(QStringLiteral("again.zip"))).ok());

    // The two key-password mails' secrets swapped: neither is sent, the download requests are.
    qint64 pwA = 0;
    qint64 pwB = 0;
    const auto queued = OutboxStore(*f.db).list();
    QVERIFY(queued.ok());
    for (const OutboxRecord& m : queued.value()) {
        if (m.kind == MailTemplates::id(MailTemplateId::KeyPassword))
            (m.recipient == a.notifyEmail ? pwA : pwB) = m.id;
    }
    QVERIFY(pwA > 0 && pwB > 0);
    QVERIFY(swapColumn(*f.db, QStringLiteral("outbox"), QStringLiteral("secret_sealed"), pwA, pwB));
    auto run = OutboxSender(*f.ctx).sendDue();
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    QCOMPARE(run->sent, 2);
    QCOMPARE(run->retrying, 2);
    for (const QString& e : std::as_const(run->errors))
        QVERIFY2(e.endsWith(kNotThisRow), qPrintable(e));
    QCOMPARE(OutboxStore(*f.db).find(pwA)->value().lastError, kNotThisRow);
    QVERIFY(sink->waitForMessages(2));
    QTest::qWait(300);
    QCOMPARE(sink->messages().size(), 2);
    for (const ReceivedMail& m : sink->messages()) {
        const QString body = decodeWithPython(m.raw).value(QStringLiteral("body")).toString();
        QVERIFY(!body.contains(QString::fromLatin1(ia->generatedPassword)));
        QVERIFY(!body.contains(QString::fromLatin1(ib->generatedPassword)));
    }
    // Swapped back: each user gets their own password.
    QVERIFY(swapColumn(*f.db, QStringLiteral("outbox"), QStringLiteral("secret_sealed"), pwA, pwB));
    run = OutboxSender(*f.ctx).sendDue(true);
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    QCOMPARE(run->sent, 2);
    QVERIFY(sink->waitForMessages(4));
    const auto lastBodyTo = [&](const QString& to) {
        const QList<ReceivedMail> mails = sink->messagesTo(to);
        return mails.isEmpty() ? QString()
                               : decodeWithPython(mails.last().raw).value(QStringLiteral("body")).toString();
    };
    QVERIFY(lastBodyTo(a.notifyEmail).contains(QString::fromLatin1(ia->generatedPassword)));
    QVERIFY(lastBodyTo(b.notifyEmail).contains(QString::fromLatin1(ib->generatedPassword)));

    // A blob as sealed before migration 16: 'K' || data key id, the header its only additional data.
    auto ca = f.ctx->unlockedCa();
    QVERIFY(ca.ok());
    auto keyRow = f.db->exec(QStringLiteral("SELECT id, sealed FROM sealed_keys ORDER BY id DESC LIMIT 1"));
    QVERIFY(keyRow.ok() && keyRow->next());
    const qint64 keyId = keyRow->value(0).toLongLong();
    auto raw = SealedBox::open(ca.value()->key(), ca.value()->certificate(), keyRow->value(1).toByteArray());
    keyRow->finish();
    QVERIFY(raw.ok());
    auto dataKey = AeadKey::fromBytes(raw.value());
    QVERIFY(dataKey.ok());
    QByteArray header(9, '\0');
    header[0] = 'K';
    qToBigEndian<qint64>(keyId, header.data() + 1);
    auto body = dataKey->encrypt(QByteArrayLiteral("{\"key_password\":\"Legacy-Pw-5\"}"), header);
    QVERIFY(body.ok());
    OutboxRecord legacy;
    legacy.kind = QStringLiteral("key-password");
    legacy.recipient = QStringLiteral("legacy@example.jp");
    legacy.subject = QStringLiteral("legacy");
    legacy.body = QStringLiteral("password: {key_password}\n");
    legacy.secretSealed = header + body.value();
    const qint64 legacyId = queue(f, legacy);
    QVERIFY(legacyId > 0);
    run = OutboxSender(*f.ctx).sendDue(true);
    QVERIFY(run.ok());
    QCOMPARE(run->retrying, 1); // not listed by migration 16: refused
    QCOMPARE(OutboxStore(*f.db).find(legacyId)->value().lastError, kNotThisRow);
    QVERIFY(f.db->exec(QStringLiteral("INSERT INTO sealed_legacy (row_ref) VALUES (?)"),
                       {PasswordSealer::outboxRow(legacyId)})
                .ok());
    run = OutboxSender(*f.ctx).sendDue(true);
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    QCOMPARE(run->sent, 1);
    QVERIFY(sink->waitForMessages(1, 15000, legacy.recipient));
    QVERIFY(lastBodyTo(legacy.recipient).contains(QStringLiteral("password: Legacy-Pw-5")));
    qunsetenv("CERTDESK_SMTP_PASSWORD");
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_Outbox.moc"
