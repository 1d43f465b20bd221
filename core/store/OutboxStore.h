#pragma once
// SQL access to the outbox (migrations 8 and 16). No business rules here.
#include "store/Database.h"

#include <QDateTime>

namespace certdesk {

namespace OutboxState {
inline const QString Queued = QStringLiteral("queued");
inline const QString Sending = QStringLiteral("sending");
inline const QString Sent = QStringLiteral("sent");
inline const QString Failed = QStringLiteral("failed");
inline const QString Cancelled = QStringLiteral("cancelled");
// Never stored: a "sending" mail whose claim lease has passed (OutboxSender::shownState).
inline const QString Unknown = QStringLiteral("unknown");
} // namespace OutboxState

struct OutboxRecord
{
    qint64 id = 0;
    QDateTime createdAt;
    QString kind; // MailTemplateId id, or "test"
    QString recipient;
    QString subject;
    QString body;             // may contain {key_password}, filled from secretSealed when sending
    QByteArray secretSealed;  // PasswordSealer blob or empty
    qint64 certificateId = 0; // attach this certificate's PKCS#12 when > 0
    QString attachmentName;
    QString targetLogin;
    QString device;
    QString state;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime sentAt;
    QDateTime leaseUntil; // while "sending": until when the sender that claimed it may still mark it
};

class OutboxStore
{
    Q_DECLARE_TR_FUNCTIONS(OutboxStore)
public:
    explicit OutboxStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const OutboxRecord& mail); // inside the caller's transaction
    Result<std::optional<OutboxRecord>> find(qint64 id);
    Result<QList<OutboxRecord>> list(int limit = 200); // newest first
    // Queued mails whose next attempt is due (all queued ones when `ignoreBackoff`), oldest first.
    Result<QList<qint64>> due(const QDateTime& nowUtc, bool ignoreBackoff);
    // queued → sending until `leaseUntil`, counting the attempt; false when another sender claimed it first.
    Result<bool> claim(qint64 id, const QDateTime& leaseUntil);
    // The claim of `leaseUntil` only: nothing changes when the mail was resent or cancelled meanwhile.
    Status markSent(qint64 id, const QDateTime& atUtc, const QDateTime& leaseUntil);
    // sending → queued (retry at `next`) or failed, with the error; wipes the secret when failed.
    Status markAttemptFailed(qint64 id, const QString& error, const std::optional<QDateTime>& next,
                             const QDateTime& leaseUntil);
    // `fromState` → `toState` (next attempt at `nextUtc`); a "sending" mail only when its lease ended by
    // `nowUtc`. `dropSecret` wipes the sealed secret. Conflict when the mail changed meanwhile.
    Status setState(qint64 id, const QString& fromState, const QString& toState, const QDateTime& nextUtc,
                    const QDateTime& nowUtc, bool dropSecret);
    Result<int> count(const QString& state);

private:
    Database& m_db;
};

} // namespace certdesk
