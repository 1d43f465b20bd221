#pragma once
// The append-only operation log (操作履歴). Each row carries the SHA-256 of the previous row so that
// any edit or deletion is detected by verify().
#include "store/Database.h"
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QTimeZone>

namespace certdesk {

namespace Op {
inline const QString Issue = QStringLiteral("issue");
inline const QString Reissue = QStringLiteral("reissue");
inline const QString Revoke = QStringLiteral("revoke");
inline const QString Delivered = QStringLiteral("delivered");
inline const QString Download = QStringLiteral("download");
inline const QString Notify = QStringLiteral("notify");
// An operator put an outbox mail back to be sent / cancelled it; an expiry reminder was queued.
inline const QString MailRetry = QStringLiteral("mail-retry");
inline const QString MailCancel = QStringLiteral("mail-cancel");
inline const QString Reminder = QStringLiteral("reminder");
inline const QString Failure = QStringLiteral("failure");
inline const QString RegisterIdentity = QStringLiteral("identity-register");
inline const QString DeleteIdentity = QStringLiteral("identity-delete");
inline const QString UserAdd = QStringLiteral("user-add");
inline const QString UserEdit = QStringLiteral("user-edit");
inline const QString UserDelete = QStringLiteral("user-delete");
inline const QString UserImport = QStringLiteral("user-import"); // summary row of a user CSV import
inline const QString CertAuthOn = QStringLiteral("cert-auth-on");
inline const QString CertAuthOff = QStringLiteral("cert-auth-off");
inline const QString BulkAccepted = QStringLiteral("bulk-accepted");
inline const QString BulkRejected = QStringLiteral("bulk-rejected");
inline const QString Export = QStringLiteral("export");
inline const QString Login = QStringLiteral("login");
inline const QString LoginFailed = QStringLiteral("login-failed");
inline const QString Logout = QStringLiteral("logout");
// Operators: locked after too many wrong passwords / unlocked by an administrator, a password changed
// (by its owner or reset by an administrator), added, changed (role, display name), disabled.
inline const QString OperatorLocked = QStringLiteral("operator-locked");
inline const QString OperatorUnlocked = QStringLiteral("operator-unlocked");
inline const QString PasswordChanged = QStringLiteral("password-changed");
inline const QString OperatorAdded = QStringLiteral("operator-add");
inline const QString OperatorChanged = QStringLiteral("operator-change");
inline const QString OperatorDisabled = QStringLiteral("operator-disable");
// An operation the signed-in operator's role may not do was refused (details: what was asked).
inline const QString Refused = QStringLiteral("refused");
inline const QString SettingsChanged = QStringLiteral("settings-changed");
inline const QString CaCreated = QStringLiteral("ca-created");
inline const QString CaImported = QStringLiteral("ca-imported");
inline const QString CrlPublished = QStringLiteral("crl-published");
QStringList all();
QString displayName(const QString& op); // translated
} // namespace Op

struct HistoryEntry
{
    qint64 id = 0;
    QDateTime at; // UTC, millisecond precision
    QString operation;
    QString operatorName;
    QString targetLogin;
    QString device;
    QString notifyEmail;
    QString remarks;
    QString host;
    QString userAgent;
    QString details;
};

struct HistoryFilter
{
    QDateTime fromUtc; // inclusive; invalid = open
    QDateTime toUtc;   // exclusive; invalid = open
    QString operation;
    QString operatorName;
    QString text; // substring of target, device, address, remarks, details
    int limit = 0;
    int offset = 0;
};

struct HistoryVerification
{
    bool intact = true;      // the hash chain, and (HistoryAudit) every signed checkpoint and anchor line
    bool chainIntact = true; // the hash chain and its head alone
    qint64 rows = 0;
    qint64 firstBadId = 0; // the first row that breaks the chain
    QString problem;       // translated: the first thing found wrong
    // HistoryAudit: the signed checkpoints in the database and the lines of an anchor file checked, the
    // first that failed, and the newest that held (invalid newestSignedAt: none).
    int checkpoints = 0;
    qint64 firstBadCheckpointId = 0;
    int anchorLines = 0;
    int firstBadAnchorLine = 0;
    QDateTime newestSignedAt;
    qint64 newestSignedRows = 0;
    QString newestSignedBy; // SHA-256 fingerprint of the CA certificate that signed it
    qint64 rowsAfterNewestSigned() const { return rows - newestSignedRows; }
};

class HistoryLog
{
    Q_DECLARE_TR_FUNCTIONS(HistoryLog)
public:
    // Appends inside the caller's open Transaction (locks the chain head so appends serialise).
    static Status append(Database& db, HistoryEntry entry);
    // Appends many rows, in list order, inside the caller's open Transaction: reads and locks the chain
    // head once, runs one prepared INSERT for every row (each with its hash), updates the head once.
    // The chain is the same as with append(), so verify() stays intact. For demo data and imports.
    static Status appendBatch(Database& db, QList<HistoryEntry> entries);
    static Result<QList<HistoryEntry>> list(Database& db, const HistoryFilter& filter);
    static Result<qint64> count(Database& db, const HistoryFilter& filter);
    // The free-text filter's SQL on PostgreSQL: the text columns (login ID, device, e-mail, remarks,
    // details, host) joined by U+0001, matched by one ILIKE; the expression of the trigram index
    // history_text_trgm (migration 19). (SQLite matches each column with its own LIKE.)
    static QString textExpression(bool postgres);
    static Result<HistoryVerification> verify(Database& db);
    // As verify(), and fills `heads` with the chain hash recomputed from the rows' contents (not the
    // stored hashes) after each row count it holds as a key; counts beyond the last row stay empty.
    static Result<HistoryVerification> verify(Database& db, QHash<qint64, QByteArray>& heads);
    // certificate-history-YYYY.csv: UTF-8 with BOM, CRLF, one row per entry of that (local) year.
    static Result<qint64> exportYearCsv(Database& db, int year, QIODevice& out,
                                        const QTimeZone& zone = QTimeZone::systemTimeZone());
    static QByteArray rowHash(const QByteArray& prevHash, const HistoryEntry& e);
};

// While one exists, the calling thread's HistoryLog::append()s on `db` are collected (each with the time
// it was appended at) instead of written; flush() writes them with one appendBatch — one read and update
// of the chain head for all of them — in the order they were appended, before the caller's transaction
// commits. The chain is the one append() would have written. Destroyed unflushed, the rows are dropped
// (for a caller that rolls back what they describe). Used per bulk row (3 history rows, one batch).
class HistoryAppendBatch
{
public:
    explicit HistoryAppendBatch(Database& db);
    ~HistoryAppendBatch();
    HistoryAppendBatch(const HistoryAppendBatch&) = delete;
    HistoryAppendBatch& operator=(const HistoryAppendBatch&) = delete;
    Status flush();
    // The calling thread's open batch on `db` takes `entry`: true when it did.
    static bool collect(Database& db, HistoryEntry& entry);

private:
    Database& m_db;
    QList<HistoryEntry> m_entries;
    HistoryAppendBatch* m_outer;
};

} // namespace certdesk
