#include "store/HistoryExport.h"
#include "csv/CsvWriter.h"
#include "store/HistoryLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>

#include <limits>
#include <type_traits>

namespace certdesk {
namespace {

// "yyyy/MM/dd HH:mm:ss" of a UTC instant in a time zone. The zone's offset is looked up once per
// quarter hour (time zone transitions fall on quarter hours): a yearly export has a million rows.
class LocalTimeText
{
public:
    explicit LocalTimeText(const QTimeZone& zone) : m_zone(zone) {}

    void append(QByteArray& buf, qint64 utcMs) { buf.append(format(utcMs), kLength); }
    void append(QString& buf, qint64 utcMs) { buf.append(QLatin1StringView(format(utcMs), kLength)); }

private:
    static constexpr int kLength = 19;

    static void two(char* at, int v)
    {
        at[0] = char('0' + v / 10);
        at[1] = char('0' + v % 10);
    }

    // The text of `utcMs`, valid until the next call. The date part is redone only when the day changes.
    const char* format(qint64 utcMs)
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
        if (days != m_day) {
            m_day = days;
            const QDate date = QDate::fromJulianDay(2440588 + days); // 1970-01-01
            const int y = date.year();
            two(m_text, y / 100 % 100);
            two(m_text + 2, y % 100);
            m_text[4] = '/';
            two(m_text + 5, date.month());
            m_text[7] = '/';
            two(m_text + 8, date.day());
            m_text[10] = ' ';
            m_text[13] = ':';
            m_text[16] = ':';
        }
        const int secs = static_cast<int>((local - days * day) / 1000);
        two(m_text + 11, secs / 3600);
        two(m_text + 14, secs / 60 % 60);
        two(m_text + 17, secs % 60);
        return m_text;
    }

    QTimeZone m_zone;
    qint64 m_bucket = std::numeric_limits<qint64>::min();
    qint64 m_offsetMs = 0;
    qint64 m_day = std::numeric_limits<qint64>::min();
    char m_text[kLength] = {};
};

// Where the rows of the file collect before they are written: UTF-8 bytes (SQLite hands over the stored
// bytes) or UTF-16 text (the PostgreSQL driver hands over QStrings: appended as they are and encoded once
// per megabyte, instead of one small UTF-8 copy per value).
template <typename Buffer> class RowSink
{
public:
    explicit RowSink(QIODevice& out) : m_out(out) { m_buf.reserve(kFlushAt + (1 << 16)); }
    Buffer& buffer() { return m_buf; }
    bool flushIfFull() { return m_buf.size() < kFlushAt || flush(); }
    bool flush()
    {
        bool ok = false;
        if constexpr (std::is_same_v<Buffer, QString>) {
            const QByteArray bytes = m_buf.toUtf8();
            ok = m_out.write(bytes) == bytes.size();
        } else {
            ok = m_out.write(m_buf) == m_buf.size();
        }
        m_buf.truncate(0);
        return ok;
    }

private:
    static constexpr qsizetype kFlushAt = 1 << 20;
    QIODevice& m_out;
    Buffer m_buf;
};

void put(QByteArray& buf, const char* latin1)
{
    buf.append(latin1);
}
void put(QString& buf, const char* latin1)
{
    buf.append(QLatin1StringView(latin1));
}

Error writeFailed()
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("HistoryLog", "Writing the history export failed."));
}

QByteArray headerRow()
{
    const QStringList header = {QCoreApplication::translate("HistoryLog", "Date and time"),
                                QCoreApplication::translate("HistoryLog", "Operation"),
                                QCoreApplication::translate("HistoryLog", "Operator"),
                                QCoreApplication::translate("HistoryLog", "Target user"),
                                QCoreApplication::translate("HistoryLog", "Device"),
                                QCoreApplication::translate("HistoryLog", "Notification address"),
                                QCoreApplication::translate("HistoryLog", "Remarks"),
                                QCoreApplication::translate("HistoryLog", "IP address / host"),
                                QCoreApplication::translate("HistoryLog", "User agent"),
                                QCoreApplication::translate("HistoryLog", "Details")};
    QByteArray buf(CsvWriter::kBom);
    CsvWriter::appendRow(buf, header);
    return buf;
}

// Every row of the query: at_ms, operation, then the eight text columns. `Text` is QByteArray (UTF-8
// blobs, SQLite) or QString (PostgreSQL); the output is the same bytes either way.
template <typename Text> Result<qint64> writeRows(QSqlQuery& q, QIODevice& out, const QTimeZone& zone)
{
    RowSink<Text> sink(out);
    Text& buf = sink.buffer();
    LocalTimeText time(zone);
    QHash<Text, Text> operations; // operation id -> translated name, as a CSV field
    const auto value = [&q](int column) {
        if constexpr (std::is_same_v<Text, QString>)
            return q.value(column).toString();
        else
            return q.value(column).toByteArray();
    };
    qint64 rows = 0;
    while (q.next()) {
        time.append(buf, q.value(0).toLongLong());
        const Text op = value(1);
        auto name = operations.constFind(op);
        if (name == operations.constEnd()) {
            Text field;
            if constexpr (std::is_same_v<Text, QString>)
                CsvWriter::appendField(field, QStringView(Op::displayName(op)));
            else
                CsvWriter::appendField(field, Op::displayName(QString::fromUtf8(op)));
            name = operations.insert(op, field);
        }
        put(buf, ",");
        buf += name.value();
        for (int column = 2; column < 10; ++column) {
            put(buf, ",");
            const Text v = value(column);
            if constexpr (std::is_same_v<Text, QString>)
                CsvWriter::appendField(buf, QStringView(v));
            else
                CsvWriter::appendField(buf, QByteArrayView(v));
        }
        put(buf, "\r\n");
        ++rows;
        if (!sink.flushIfFull())
            return writeFailed();
    }
    if (!sink.flush())
        return writeFailed();
    return rows;
}

} // namespace

Result<qint64> HistoryExport::yearCsv(Database& db, int year, QIODevice& out, const QTimeZone& zone)
{
    const QDateTime from(QDate(year, 1, 1), QTime(0, 0), zone);
    const QDateTime to(QDate(year + 1, 1, 1), QTime(0, 0), zone);
    // Only the exported columns (not the hashes). SQLite hands text over as UTF-16; CAST AS BLOB gives the
    // stored UTF-8 bytes, which is what the file needs. PostgreSQL walks the index history_at_id
    // (migration 21) in this order, with no sort.
    const bool postgres = db.isPostgres();
    QStringList columns = {
        QStringLiteral("operation"), QStringLiteral("operator"),     QStringLiteral("target_login"),
        QStringLiteral("device"),    QStringLiteral("notify_email"), QStringLiteral("remarks"),
        QStringLiteral("host"),      QStringLiteral("user_agent"),   QStringLiteral("details")};
    if (!postgres) {
        for (QString& c : columns)
            c = QStringLiteral("CAST(%1 AS BLOB)").arg(c);
    }
    auto q = db.exec(QStringLiteral("SELECT at_ms, ") + columns.join(QLatin1String(", ")) +
                         QStringLiteral(" FROM history WHERE at_ms >= ? AND at_ms < ? ORDER BY at_ms, id"),
                     {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    const QByteArray header = headerRow();
    if (out.write(header) != header.size())
        return writeFailed();
    return postgres ? writeRows<QString>(q.value(), out, zone) : writeRows<QByteArray>(q.value(), out, zone);
}

} // namespace certdesk
