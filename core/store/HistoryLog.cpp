#include "store/HistoryLog.h"
#include "csv/CsvWriter.h"

#include <QCryptographicHash>
#include <QSqlRecord>

#include <algorithm>
#include <limits>

namespace certdesk {

QStringList Op::all()
{
    return {
        Issue,          Reissue,          Revoke,          Delivered,     Download,         Notify,
        MailRetry,      MailCancel,       Reminder,        Failure,       RegisterIdentity, DeleteIdentity,
        UserAdd,        UserEdit,         UserDelete,      UserImport,    CertAuthOn,       CertAuthOff,
        BulkAccepted,   BulkRejected,     Export,          Login,         LoginFailed,      Logout,
        OperatorLocked, OperatorUnlocked, PasswordChanged, OperatorAdded, OperatorChanged,  OperatorDisabled,
        Refused,        SettingsChanged,  CaCreated,       CaImported,    CrlPublished};
}

QString Op::displayName(const QString& op)
{
    static const QHash<QString, const char*> names = {
        {Issue, QT_TRANSLATE_NOOP("Op", "Issue")},
        {Reissue, QT_TRANSLATE_NOOP("Op", "Re-issue")},
        {Revoke, QT_TRANSLATE_NOOP("Op", "Revoke")},
        {Delivered, QT_TRANSLATE_NOOP("Op", "Marked delivered")},
        {Download, QT_TRANSLATE_NOOP("Op", "Download")},
        {Notify, QT_TRANSLATE_NOOP("Op", "Notify")},
        {MailRetry, QT_TRANSLATE_NOOP("Op", "Mail retry")},
        {MailCancel, QT_TRANSLATE_NOOP("Op", "Mail cancelled")},
        {Reminder, QT_TRANSLATE_NOOP("Op", "Expiry reminder queued")},
        {Failure, QT_TRANSLATE_NOOP("Op", "Failure")},
        {RegisterIdentity, QT_TRANSLATE_NOOP("Op", "Register information")},
        {DeleteIdentity, QT_TRANSLATE_NOOP("Op", "Delete information")},
        {UserAdd, QT_TRANSLATE_NOOP("Op", "Add user")},
        {UserEdit, QT_TRANSLATE_NOOP("Op", "Edit user")},
        {UserDelete, QT_TRANSLATE_NOOP("Op", "Delete user")},
        {UserImport, QT_TRANSLATE_NOOP("Op", "Import users")},
        {CertAuthOn, QT_TRANSLATE_NOOP("Op", "Certificate authentication on")},
        {CertAuthOff, QT_TRANSLATE_NOOP("Op", "Certificate authentication off")},
        {BulkAccepted, QT_TRANSLATE_NOOP("Op", "Bulk accepted")},
        {BulkRejected, QT_TRANSLATE_NOOP("Op", "Bulk rejected")},
        {Export, QT_TRANSLATE_NOOP("Op", "Export")},
        {Login, QT_TRANSLATE_NOOP("Op", "Login")},
        {LoginFailed, QT_TRANSLATE_NOOP("Op", "Login failed")},
        {Logout, QT_TRANSLATE_NOOP("Op", "Sign-out")},
        {OperatorLocked, QT_TRANSLATE_NOOP("Op", "Operator locked")},
        {OperatorUnlocked, QT_TRANSLATE_NOOP("Op", "Operator unlocked")},
        {PasswordChanged, QT_TRANSLATE_NOOP("Op", "Password changed")},
        {OperatorAdded, QT_TRANSLATE_NOOP("Op", "Operator added")},
        {OperatorChanged, QT_TRANSLATE_NOOP("Op", "Operator changed")},
        {OperatorDisabled, QT_TRANSLATE_NOOP("Op", "Operator disabled")},
        {Refused, QT_TRANSLATE_NOOP("Op", "Refused")},
        {SettingsChanged, QT_TRANSLATE_NOOP("Op", "Settings changed")},
        {CaCreated, QT_TRANSLATE_NOOP("Op", "CA created")},
        {CaImported, QT_TRANSLATE_NOOP("Op", "CA imported")},
        {CrlPublished, QT_TRANSLATE_NOOP("Op", "CRL published")},
    };
    const char* source = names.value(op);
    return source ? QCoreApplication::translate("Op", source) : op;
}

namespace {

const QString kColumns =
    QStringLiteral("id, at_ms, operation, operator, target_login, device, notify_email, remarks, "
                   "host, user_agent, details, prev_hash, hash");

HistoryEntry readEntry(const QSqlQuery& q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.operation = q.value(2).toString();
    e.operatorName = q.value(3).toString();
    e.targetLogin = q.value(4).toString();
    e.device = q.value(5).toString();
    e.notifyEmail = q.value(6).toString();
    e.remarks = q.value(7).toString();
    e.host = q.value(8).toString();
    e.userAgent = q.value(9).toString();
    e.details = q.value(10).toString();
    return e;
}

QString whereClause(Database& db, const HistoryFilter& f, QVariantList& binds)
{
    QStringList parts;
    if (f.fromUtc.isValid()) {
        parts << QStringLiteral("at_ms >= ?");
        binds << f.fromUtc.toMSecsSinceEpoch();
    }
    if (f.toUtc.isValid()) {
        parts << QStringLiteral("at_ms < ?");
        binds << f.toUtc.toMSecsSinceEpoch();
    }
    if (!f.operation.isEmpty()) {
        parts << QStringLiteral("operation = ?");
        binds << f.operation;
    }
    if (!f.operatorName.isEmpty()) {
        parts << QStringLiteral("operator = ?");
        binds << f.operatorName;
    }
    if (!f.text.isEmpty()) {
        // One LIKE over the six free-text columns joined by U+0001 (which no search text holds, and the
        // escaped pattern cannot span) instead of six: the same rows, one comparison per row on SQLite,
        // and on PostgreSQL the expression of the trigram index history_text_trgm (migration 19).
        QString pattern = f.text;
        pattern.replace(QLatin1Char('!'), QLatin1String("!!"))
            .replace(QLatin1Char('%'), QLatin1String("!%"))
            .replace(QLatin1Char('_'), QLatin1String("!_"))
            .remove(QChar(1));
        parts << HistoryLog::textExpression(db.isPostgres()) + (db.isPostgres()
                                                                    ? QStringLiteral(" ILIKE ? ESCAPE '!'")
                                                                    : QStringLiteral(" LIKE ? ESCAPE '!'"));
        binds << QLatin1Char('%') + pattern + QLatin1Char('%');
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

} // namespace

QString HistoryLog::textExpression(bool postgres)
{
    // Must stay character for character the expression of migration 19's index history_text_trgm.
    return postgres
               ? QStringLiteral("(target_login || chr(1) || device || chr(1) || notify_email || chr(1) ||"
                                " remarks || chr(1) || details || chr(1) || host)")
               : QStringLiteral("(target_login || char(1) || device || char(1) || notify_email ||"
                                " char(1) || remarks || char(1) || details || char(1) || host)");
}

QByteArray HistoryLog::rowHash(const QByteArray& prevHash, const HistoryEntry& e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash);
    for (const QString& field :
         {QString::number(e.at.toMSecsSinceEpoch()), e.operation, e.operatorName, e.targetLogin, e.device,
          e.notifyEmail, e.remarks, e.host, e.userAgent, e.details}) {
        const QByteArray utf8 = field.toUtf8();
        h.addData(QByteArray::number(utf8.size()) + ':');
        h.addData(utf8);
    }
    return h.result().toHex();
}

Status HistoryLog::append(Database& db, HistoryEntry e)
{
    return appendBatch(db, {std::move(e)});
}

Status HistoryLog::appendBatch(Database& db, QList<HistoryEntry> entries)
{
    if (entries.isEmpty())
        return {};
    auto head = db.exec(QStringLiteral("SELECT last_hash, row_count FROM history_head WHERE id = 1") +
                        db.forUpdate());
    if (!head)
        return head.error();
    if (!head->next())
        return makeError(ErrorCode::Database,
                         tr("The operation history is damaged: its head row is missing."));
    QByteArray prev = head->value(0).toString().toLatin1();
    const qint64 count = head->value(1).toLongLong();
    head->finish();
    auto ins = db.prepare(QStringLiteral(
        "INSERT INTO history (at_ms, operation, operator, target_login, device, notify_email,"
        " remarks, host, user_agent, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!ins)
        return ins.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (HistoryEntry& e : entries) {
        if (!e.at.isValid())
            e.at = now;
        e.at = QDateTime::fromMSecsSinceEpoch(e.at.toMSecsSinceEpoch(), Qt::UTC);
        const QByteArray hash = rowHash(prev, e);
        if (auto s = db.execPrepared(ins.value(),
                                     {e.at.toMSecsSinceEpoch(), e.operation, e.operatorName, e.targetLogin,
                                      e.device, e.notifyEmail, e.remarks, e.host, e.userAgent, e.details,
                                      QString::fromLatin1(prev), QString::fromLatin1(hash)});
            !s)
            return s;
        prev = hash;
    }
    auto upd = db.exec(QStringLiteral("UPDATE history_head SET last_hash = ?, row_count = ? WHERE id = 1"),
                       {QString::fromLatin1(prev), count + entries.size()});
    if (!upd)
        return upd.error();
    return {};
}

Result<QList<HistoryEntry>> HistoryLog::list(Database& db, const HistoryFilter& f)
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM history") +
                  whereClause(db, f, binds) + QStringLiteral(" ORDER BY at_ms DESC, id DESC");
    if (f.limit > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << f.limit << f.offset;
    }
    auto q = db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<HistoryEntry> out;
    while (q->next())
        out.append(readEntry(q.value()));
    return out;
}

Result<qint64> HistoryLog::count(Database& db, const HistoryFilter& f)
{
    QVariantList binds;
    auto q = db.exec(QStringLiteral("SELECT COUNT(*) FROM history") + whereClause(db, f, binds), binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<HistoryVerification> HistoryLog::verify(Database& db)
{
    QHash<qint64, QByteArray> none;
    return verify(db, none);
}

Result<HistoryVerification> HistoryLog::verify(Database& db, QHash<qint64, QByteArray>& heads)
{
    auto q = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM history ORDER BY id"));
    if (!q)
        return q.error();
    HistoryVerification v;
    QByteArray prev;       // the stored hash of the row before
    QByteArray recomputed; // the chain over the rows' contents, also past a broken link
    while (q->next()) {
        const HistoryEntry e = readEntry(q.value());
        const QByteArray storedPrev = q->value(11).toString().toLatin1();
        const QByteArray stored = q->value(12).toString().toLatin1();
        ++v.rows;
        const QByteArray hash = rowHash(prev, e);
        // While the chain holds, the stored hash before this row is the recomputed one.
        recomputed = v.intact ? hash : rowHash(recomputed, e);
        if (auto it = heads.find(v.rows); it != heads.end())
            *it = recomputed;
        if (v.intact && storedPrev != prev) {
            v.intact = false;
            v.firstBadId = e.id;
            v.problem =
                tr("Row %1 does not follow the row before it: a row was deleted or inserted.").arg(e.id);
        } else if (v.intact && hash != stored) {
            v.intact = false;
            v.firstBadId = e.id;
            v.problem = tr("Row %1 was changed after it was written.").arg(e.id);
        }
        prev = stored;
    }
    if (!v.intact) {
        v.chainIntact = false;
        return v;
    }
    auto head = db.exec(QStringLiteral("SELECT last_hash, row_count FROM history_head WHERE id = 1"));
    if (!head)
        return head.error();
    if (!head->next() || head->value(0).toString().toLatin1() != prev ||
        head->value(1).toLongLong() != v.rows) {
        v.intact = false;
        v.chainIntact = false;
        v.problem = tr("The newest rows of the history were deleted (%1 rows found).").arg(v.rows);
    }
    return v;
}

namespace {

// "yyyy/MM/dd HH:mm:ss" of a UTC instant in a time zone. The zone's offset is looked up once per
// quarter hour (time zone transitions fall on quarter hours): a yearly export has a million rows.
class LocalTimeText
{
public:
    explicit LocalTimeText(const QTimeZone& zone) : m_zone(zone) {}

    void append(QByteArray& buf, qint64 utcMs)
    {
        constexpr qint64 quarter = 15 * 60 * 1000;
        constexpr qint64 day = 24 * 3600 * 1000;
        const qint64 bucket = utcMs >= 0 ? utcMs / quarter : -((-utcMs + quarter - 1) / quarter);
        if (bucket != m_bucket) {
            m_bucket = bucket;
            m_offsetMs =
                qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(bucket * quarter, Qt::UTC))) *
                1000;
        }
        const qint64 local = utcMs + m_offsetMs;
        const qint64 days = local >= 0 ? local / day : -((-local + day - 1) / day);
        const int secs = static_cast<int>((local - days * day) / 1000);
        const QDate date = QDate::fromJulianDay(2440588 + days); // 1970-01-01
        char text[20];
        const auto two = [&text](int at, int v) {
            text[at] = char('0' + v / 10);
            text[at + 1] = char('0' + v % 10);
        };
        const int y = date.year();
        two(0, y / 100 % 100);
        two(2, y % 100);
        text[4] = '/';
        two(5, date.month());
        text[7] = '/';
        two(8, date.day());
        text[10] = ' ';
        two(11, secs / 3600);
        text[13] = ':';
        two(14, secs / 60 % 60);
        text[16] = ':';
        two(17, secs % 60);
        text[19] = '\0';
        buf.append(text, 19);
    }

private:
    QTimeZone m_zone;
    qint64 m_bucket = std::numeric_limits<qint64>::min();
    qint64 m_offsetMs = 0;
};

} // namespace

Result<qint64> HistoryLog::exportYearCsv(Database& db, int year, QIODevice& out, const QTimeZone& zone)
{
    const QDateTime from(QDate(year, 1, 1), QTime(0, 0), zone);
    const QDateTime to(QDate(year + 1, 1, 1), QTime(0, 0), zone);
    // Only the exported columns (not the hashes): reading the columns is most of the cost. SQLite hands
    // text over as UTF-16; CAST AS BLOB gives the stored UTF-8 bytes, which is what the file needs.
    QStringList columns = {
        QStringLiteral("operation"), QStringLiteral("operator"),     QStringLiteral("target_login"),
        QStringLiteral("device"),    QStringLiteral("notify_email"), QStringLiteral("remarks"),
        QStringLiteral("host"),      QStringLiteral("user_agent"),   QStringLiteral("details")};
    const bool utf8Blobs = !db.isPostgres();
    if (utf8Blobs) {
        for (QString& c : columns)
            c = QStringLiteral("CAST(%1 AS BLOB)").arg(c);
    }
    auto q = db.exec(QStringLiteral("SELECT at_ms, ") + columns.join(QLatin1String(", ")) +
                         QStringLiteral(" FROM history WHERE at_ms >= ? AND at_ms < ? ORDER BY at_ms, id"),
                     {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    QByteArray buf("\xEF\xBB\xBF");
    const QStringList header = {tr("Date and time"), tr("Operation"),
                                tr("Operator"),      tr("Target user"),
                                tr("Device"),        tr("Notification address"),
                                tr("Remarks"),       tr("IP address / host"),
                                tr("User agent"),    tr("Details")};
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i > 0)
            buf += ',';
        CsvWriter::appendField(buf, header.at(i));
    }
    buf += "\r\n";
    LocalTimeText time(zone);
    QHash<QByteArray, QByteArray> operations; // operation id -> translated name, as a CSV field
    const auto utf8 = [&](int column) {
        return utf8Blobs ? q->value(column).toByteArray() : q->value(column).toString().toUtf8();
    };
    qint64 rows = 0;
    while (q->next()) {
        time.append(buf, q->value(0).toLongLong());
        const QByteArray op = utf8(1);
        auto name = operations.constFind(op);
        if (name == operations.constEnd()) {
            QByteArray field;
            CsvWriter::appendField(field, Op::displayName(QString::fromUtf8(op)));
            name = operations.insert(op, field);
        }
        buf += ',';
        buf += name.value();
        for (int column = 2; column < 10; ++column) {
            buf += ',';
            CsvWriter::appendField(buf, QByteArrayView(utf8(column)));
        }
        buf += "\r\n";
        ++rows;
        if (buf.size() > (1 << 20)) {
            if (out.write(buf) != buf.size())
                return makeError(ErrorCode::Io, tr("Writing the history export failed."));
            buf.truncate(0);
        }
    }
    if (out.write(buf) != buf.size())
        return makeError(ErrorCode::Io, tr("Writing the history export failed."));
    return rows;
}

} // namespace certdesk
