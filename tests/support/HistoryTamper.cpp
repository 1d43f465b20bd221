#include "HistoryTamper.h"

#include "store/HistoryLog.h"

#include <QDateTime>
#include <QList>
#include <QPair>

namespace certdesk::test {

QString rechainHistory(Database& db)
{
    auto q =
        db.exec(QStringLiteral("SELECT id, at_ms, operation, operator, target_login, device, notify_email,"
                               " remarks, host, user_agent, details FROM history ORDER BY id"));
    if (!q)
        return q.error().message;
    QList<QPair<qint64, HistoryEntry>> rows;
    while (q->next()) {
        HistoryEntry e;
        e.at = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
        e.operation = q->value(2).toString();
        e.operatorName = q->value(3).toString();
        e.targetLogin = q->value(4).toString();
        e.device = q->value(5).toString();
        e.notifyEmail = q->value(6).toString();
        e.remarks = q->value(7).toString();
        e.host = q->value(8).toString();
        e.userAgent = q->value(9).toString();
        e.details = q->value(10).toString();
        rows.append({q->value(0).toLongLong(), e});
    }
    q->finish();
    QByteArray prev;
    for (const auto& [id, e] : std::as_const(rows)) {
        const QByteArray hash = HistoryLog::rowHash(prev, e);
        if (auto u = db.exec(QStringLiteral("UPDATE history SET prev_hash = ?, hash = ? WHERE id = ?"),
                             {QString::fromLatin1(prev), QString::fromLatin1(hash), id});
            !u)
            return u.error().message;
        prev = hash;
    }
    auto h = db.exec(QStringLiteral("UPDATE history_head SET last_hash = ?, row_count = ? WHERE id = 1"),
                     {QString::fromLatin1(prev), qint64(rows.size())});
    return h ? QString() : h.error().message;
}

QString deleteHistoryCheckpoints(Database& db)
{
    if (!db.isPostgres()) {
        for (const char* trigger : {"history_checkpoints_no_update", "history_checkpoints_no_delete"}) {
            if (auto s = db.execSchema(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))); !s)
                return s.error().message;
        }
    }
    auto d = db.exec(QStringLiteral("DELETE FROM history_checkpoints"));
    return d ? QString() : d.error().message;
}

} // namespace certdesk::test
