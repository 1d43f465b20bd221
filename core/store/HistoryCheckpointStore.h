#pragma once
// Signed checkpoints of the operation history (table history_checkpoints, append-only): the chain head
// after `rowCount` rows, signed with the CA key when a CRL is signed, at least daily while the CA is
// unlocked, and for every external anchor line (`history anchor`). The same signed text is one line of
// an anchor file, so a line shipped to another system checks the history independently of this database.
#include "store/Database.h"

#include <QDateTime>

namespace certdesk {

struct HistoryCheckpoint
{
    qint64 id = 0; // the row's id; for a line of an anchor file its line number
    QDateTime at;  // UTC, millisecond precision
    qint64 rowCount = 0;
    qint64 lastId = 0;     // the id of row rowCount (informational; not signed)
    QByteArray headHash;   // hex SHA-256 chain hash of row rowCount
    qint64 caId = 0;       // the signing CA's row (0 for an anchor line)
    QString caFingerprint; // SHA-256 fingerprint of the signing CA certificate ("AB:CD:...")
    QString kind;          // "crl", "daily", "anchor" (informational; not signed)
    QString algorithm;     // DetachedSignature::algorithm
    QByteArray signature;

    // The signed bytes, version 1:
    // "certdesk-history-checkpoint-v1\nrows <N>\nhead <hex>\nat <yyyy-MM-ddTHH:mm:ss.zzzZ>\nca
    // <fingerprint>\n"
    QByteArray message() const;
    QString atText() const; // the "at" of message(): ISO 8601 UTC with milliseconds
};

namespace CheckpointKind {
inline const QString Crl = QStringLiteral("crl");
inline const QString Daily = QStringLiteral("daily");
inline const QString Anchor = QStringLiteral("anchor");
} // namespace CheckpointKind

class HistoryCheckpointStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCheckpointStore)
public:
    explicit HistoryCheckpointStore(Database& db) : m_db(db) {}

    // Inside the caller's transaction.
    Result<qint64> insert(const HistoryCheckpoint& checkpoint);
    Result<QList<HistoryCheckpoint>> all(); // oldest first
    Result<std::optional<HistoryCheckpoint>> newest();

    // One line of an anchor file, without its line break:
    // "<at>\t<rows>\t<head hex>\t<CA SHA-256 fingerprint>\t<signature base64>".
    static QByteArray anchorLine(const HistoryCheckpoint& checkpoint);
    // The lines of an anchor file (empty lines skipped); a malformed line is an Invalid error naming it.
    // The algorithm of each line is left empty: it follows from the CA certificate it names.
    static Result<QList<HistoryCheckpoint>> parseAnchorFile(const QByteArray& content);

private:
    Database& m_db;
};

} // namespace certdesk
