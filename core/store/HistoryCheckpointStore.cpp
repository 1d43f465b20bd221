#include "store/HistoryCheckpointStore.h"

#include <QRegularExpression>

namespace certdesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, at_ms, row_count, last_id, head_hash, ca_id, ca_fingerprint, kind, algorithm, signature");

HistoryCheckpoint readCheckpoint(const QSqlQuery& q)
{
    HistoryCheckpoint c;
    c.id = q.value(0).toLongLong();
    c.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    c.rowCount = q.value(2).toLongLong();
    c.lastId = q.value(3).toLongLong();
    c.headHash = q.value(4).toString().toLatin1();
    c.caId = q.value(5).toLongLong();
    c.caFingerprint = q.value(6).toString();
    c.kind = q.value(7).toString();
    c.algorithm = q.value(8).toString();
    c.signature = q.value(9).toByteArray();
    return c;
}

} // namespace

QString HistoryCheckpoint::atText() const
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QByteArray HistoryCheckpoint::message() const
{
    return QByteArrayLiteral("certdesk-history-checkpoint-v1\n") + "rows " + QByteArray::number(rowCount) +
           "\nhead " + headHash + "\nat " + atText().toLatin1() + "\nca " + caFingerprint.toLatin1() + '\n';
}

Result<qint64> HistoryCheckpointStore::insert(const HistoryCheckpoint& c)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO history_checkpoints (at_ms, row_count, last_id, head_hash,"
                                      " ca_id, ca_fingerprint, kind, algorithm, signature)"
                                      " VALUES (?,?,?,?,?,?,?,?,?) RETURNING id"),
                       {c.at.toMSecsSinceEpoch(), c.rowCount, c.lastId, QString::fromLatin1(c.headHash),
                        c.caId, c.caFingerprint, c.kind, c.algorithm, c.signature});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Database, tr("The history checkpoint was not stored."));
    return q->value(0).toLongLong();
}

Result<QList<HistoryCheckpoint>> HistoryCheckpointStore::all()
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM history_checkpoints ORDER BY id"));
    if (!q)
        return q.error();
    QList<HistoryCheckpoint> out;
    while (q->next())
        out.append(readCheckpoint(q.value()));
    return out;
}

Result<std::optional<HistoryCheckpoint>> HistoryCheckpointStore::newest()
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM history_checkpoints ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<HistoryCheckpoint>();
    return std::optional<HistoryCheckpoint>(readCheckpoint(q.value()));
}

QByteArray HistoryCheckpointStore::anchorLine(const HistoryCheckpoint& c)
{
    return c.atText().toLatin1() + '\t' + QByteArray::number(c.rowCount) + '\t' + c.headHash + '\t' +
           c.caFingerprint.toLatin1() + '\t' + c.signature.toBase64();
}

Result<QList<HistoryCheckpoint>> HistoryCheckpointStore::parseAnchorFile(const QByteArray& content)
{
    static const QRegularExpression hex(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    static const QRegularExpression fingerprint(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9A-F]{2}:){31}[0-9A-F]{2}")));
    QList<HistoryCheckpoint> out;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> fields = line.split('\t');
        HistoryCheckpoint c;
        bool ok = fields.size() == 5;
        if (ok) {
            c.at = QDateTime::fromString(QString::fromLatin1(fields.at(0)), Qt::ISODateWithMs);
            c.rowCount = fields.at(1).toLongLong(&ok);
            c.headHash = fields.at(2);
            c.caFingerprint = QString::fromLatin1(fields.at(3));
            auto decoded =
                QByteArray::fromBase64Encoding(fields.at(4), QByteArray::AbortOnBase64DecodingErrors);
            c.signature = decoded.decoded;
            c.kind = CheckpointKind::Anchor;
            c.id = i + 1;
            ok = ok && c.at.isValid() && c.atText().toLatin1() == fields.at(0) && c.rowCount > 0 &&
                 hex.match(QString::fromLatin1(c.headHash)).hasMatch() &&
                 fingerprint.match(c.caFingerprint).hasMatch() && decoded && !c.signature.isEmpty();
        }
        if (!ok)
            return makeError(ErrorCode::Invalid,
                             tr("Line %1 of the anchor file is not an anchor line (time, rows, head hash, CA "
                                "fingerprint and signature, separated by tabs).")
                                 .arg(i + 1));
        out.append(c);
    }
    return out;
}

} // namespace certdesk
