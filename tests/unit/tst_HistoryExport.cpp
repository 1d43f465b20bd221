// The yearly history export (HistoryLog::exportYearCsv) byte for byte: the local year's bounds, the
// order (time, then id), local times on both sides of America/New_York's DST changes, Japanese text,
// quoting, the formula guard, operation names, and rows larger than the export's write buffer.
#include "TestDatabase.h"
#include "csv/CsvWriter.h"
#include "store/HistoryLog.h"
#include "store/Transaction.h"

#include <QBuffer>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestHistoryExport : public QObject
{
    Q_OBJECT
private slots:
    void exactBytesAroundDstChanges();
    void rowsLargerThanTheWriteBuffer();
    void utf16FieldsAsUtf8Fields();
};

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

HistoryEntry entry(const QDateTime& at, const QString& operation, const QString& remarks = {})
{
    HistoryEntry h;
    h.at = at;
    h.operation = operation;
    h.operatorName = QStringLiteral("admin");
    h.targetLogin = QStringLiteral("t.tanaka");
    h.remarks = remarks;
    return h;
}

bool append(Database& db, const QList<HistoryEntry>& entries)
{
    Transaction tx(db);
    if (!tx.begin().ok())
        return false;
    for (const HistoryEntry& h : entries) {
        if (!HistoryLog::append(db, h).ok())
            return false;
    }
    return tx.commit().ok();
}

QByteArray exportYear(Database& db, int year, const QTimeZone& zone, qint64* rows)
{
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    auto n = HistoryLog::exportYearCsv(db, year, out, zone);
    *rows = n ? n.value() : -1;
    return bytes;
}

const QByteArray kHeader = "\xEF\xBB\xBF"
                           "Date and time,Operation,Operator,Target user,Device,Notification address,"
                           "Remarks,IP address / host,User agent,Details\r\n";

} // namespace

// Rows appended out of time order; the export lists them by time, equal times by id, in New York local
// time: 2026-03-08 02:00 EST becomes 03:00 EDT (07:00 UTC), 2026-11-01 02:00 EDT becomes 01:00 EST (06:00
// UTC, so 01:30 local happens twice). Milliseconds are cut, not rounded.
void TestHistoryExport::exactBytesAroundDstChanges()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    HistoryEntry full = entry(utc(2026, 7, 1, 3, 4, 5), Op::Revoke, QStringLiteral("紛失のため失効（田中）"));
    full.operatorName = QStringLiteral("ヘルプデスク");
    full.device = QStringLiteral("ノートPC");
    full.notifyEmail = QStringLiteral("tanaka@example.jp");
    full.host = QStringLiteral("192.0.2.7");
    full.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)");
    full.details = QStringLiteral("serial=0A1B reason=keyCompromise");
    HistoryEntry guarded = entry(utc(2026, 7, 1, 3, 4, 5), Op::Download, QStringLiteral("=1+2"));
    guarded.device = QStringLiteral("-5");
    guarded.notifyEmail = QStringLiteral("@SUM(A1)");
    guarded.host = QStringLiteral("''+x");
    guarded.userAgent = QStringLiteral("\tTab");
    guarded.details = QStringLiteral("-");
    HistoryEntry quoted = entry(utc(2026, 11, 1, 6, 30), Op::Notify, QStringLiteral("a, b"));
    quoted.device = QStringLiteral("say \"hi\"");
    quoted.notifyEmail = QStringLiteral("line1\r\nline2");
    quoted.host = QStringLiteral("\uFEFFbom");
    quoted.userAgent = QStringLiteral("=\"x\",y");
    quoted.details = QStringLiteral("only\nLF");
    QVERIFY(
        append(*db, {
                        entry(utc(2027, 1, 1, 5, 0), Op::Issue, QStringLiteral("next year")),
                        entry(utc(2026, 1, 1, 4, 59, 59, 999), Op::Issue, QStringLiteral("last year")),
                        full,
                        entry(utc(2026, 3, 8, 7, 0), Op::Reissue, QStringLiteral("EDT starts")),
                        entry(utc(2026, 3, 8, 6, 59, 59, 999), Op::Reissue, QStringLiteral("EST ends")),
                        guarded,
                        quoted,
                        entry(utc(2026, 11, 1, 5, 30), Op::Notify, QStringLiteral("first 01:30")),
                        entry(utc(2026, 1, 1, 5, 0), QStringLiteral("custom-op"), QStringLiteral("first")),
                        entry(utc(2027, 1, 1, 4, 59, 59, 999), Op::Logout, QStringLiteral("last")),
                    }));

    qint64 rows = 0;
    const QByteArray ny = exportYear(*db, 2026, QTimeZone(QByteArrayLiteral("America/New_York")), &rows);
    QCOMPARE(rows, qint64(8));
    const QByteArray expected =
        kHeader + "2026/01/01 00:00:00,custom-op,admin,t.tanaka,,,first,,,\r\n"
                  "2026/03/08 01:59:59,Re-issue,admin,t.tanaka,,,EST ends,,,\r\n"
                  "2026/03/08 03:00:00,Re-issue,admin,t.tanaka,,,EDT starts,,,\r\n"
                  "2026/06/30 23:04:05,Revoke,ヘルプデスク,t.tanaka,ノートPC,tanaka@example.jp,"
                  "紛失のため失効（田中）,192.0.2.7,\"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
                  "(KHTML, like Gecko)\","
                  "serial=0A1B reason=keyCompromise\r\n"
                  "2026/06/30 23:04:05,Download,admin,t.tanaka,'-5,'@SUM(A1),'=1+2,'''+x,'\tTab,'-\r\n"
                  "2026/11/01 01:30:00,Notify,admin,t.tanaka,,,first 01:30,,,\r\n"
                  "2026/11/01 01:30:00,Notify,admin,t.tanaka,\"say \"\"hi\"\"\",\"line1\r\nline2\",\"a, b\","
                  // A value starting with U+FEFF comes back without it on both backends (the drivers read it
                  // as a byte order mark); the quoting of such a field is checked in utf16FieldsAsUtf8Fields.
                  "bom"
                  ",\"'=\"\"x\"\",y\",\"only\nLF\"\r\n"
                  "2026/12/31 23:59:59,Sign-out,admin,t.tanaka,,,last,,,\r\n";
    QCOMPARE(ny.split('\n'), expected.split('\n')); // the first different line, readable
    QCOMPARE(ny, expected);

    const QByteArray tokyo = exportYear(*db, 2026, QTimeZone(QByteArrayLiteral("Asia/Tokyo")), &rows);
    // Tokyo's 2026 is 2025-12-31 15:00 UTC up to 2026-12-31 15:00 UTC: "last year" is in it, "last" is not.
    QCOMPARE(rows, qint64(8));
    const QList<QByteArray> lines = tokyo.split('\n');
    QCOMPARE(lines.at(1), QByteArray("2026/01/01 13:59:59,Issue,admin,t.tanaka,,,last year,,,\r"));
    QCOMPARE(lines.at(2), QByteArray("2026/01/01 14:00:00,custom-op,admin,t.tanaka,,,first,,,\r"));
    QCOMPARE(lines.at(5),
             QByteArray("2026/07/01 12:04:05,Revoke,ヘルプデスク,t.tanaka,ノートPC,"
                        "tanaka@example.jp,紛失のため失効（田中）,192.0.2.7,"
                        "\"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)\","
                        "serial=0A1B reason=keyCompromise\r"));
    QVERIFY(tokyo.endsWith(",\"only\nLF\"\r\n"));
    QVERIFY(!tokyo.contains("Sign-out"));

    QCOMPARE(exportYear(*db, 2025, QTimeZone::utc(), &rows), kHeader);
    QCOMPARE(rows, qint64(0));
}

// Rows of 700 KB each: the export writes in pieces; the file is still every row, whole, in order.
void TestHistoryExport::rowsLargerThanTheWriteBuffer()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    QList<HistoryEntry> entries;
    QByteArray expected = kHeader;
    for (int i = 0; i < 4; ++i) {
        HistoryEntry h = entry(utc(2026, 5, 1, 0, i), Op::Issue, QStringLiteral("row %1").arg(i));
        h.details = QString(700000 + i, QChar(u'あ' + i));
        entries << h;
        expected += "2026/05/01 00:0" + QByteArray::number(i) + ":00,Issue,admin,t.tanaka,,,row " +
                    QByteArray::number(i) + ",,," + h.details.toUtf8() + "\r\n";
    }
    QVERIFY(append(*db, entries));
    qint64 rows = 0;
    const QByteArray csv = exportYear(*db, 2026, QTimeZone::utc(), &rows);
    QCOMPARE(rows, qint64(4));
    QCOMPARE(csv.size(), expected.size());
    QVERIFY(csv == expected);
}

// The PostgreSQL export quotes and guards UTF-16 text (CsvWriter::appendField(QString&, QStringView)): the
// same bytes as the UTF-8 overload for every kind of field.
void TestHistoryExport::utf16FieldsAsUtf8Fields()
{
    const QStringList values = {QString(),
                                QStringLiteral("plain"),
                                QStringLiteral("紛失のため失効（田中）"),
                                QStringLiteral("a, b"),
                                QStringLiteral("say \"hi\""),
                                QStringLiteral("line1\r\nline2"),
                                QStringLiteral("only\nLF"),
                                QStringLiteral("\uFEFFbom"),
                                QStringLiteral("x\uFEFF"),
                                QStringLiteral("=1+2"),
                                QStringLiteral("+81"),
                                QStringLiteral("-5"),
                                QStringLiteral("-"),
                                QStringLiteral("@SUM(A1)"),
                                QStringLiteral("\tTab"),
                                QStringLiteral("\rCR"),
                                QStringLiteral("''=x"),
                                QStringLiteral("'''"),
                                QStringLiteral("=\"x\",y"),
                                QStringLiteral("'ok")};
    for (const QString& v : values) {
        QByteArray utf8;
        CsvWriter::appendField(utf8, QByteArrayView(v.toUtf8()));
        QString utf16;
        CsvWriter::appendField(utf16, QStringView(v));
        QCOMPARE(utf16.toUtf8(), utf8);
        QCOMPARE(CsvWriter::needsFormulaGuard(QStringView(v)), CsvWriter::needsFormulaGuard(v.toUtf8()));
    }
    QByteArray bom;
    CsvWriter::appendField(bom, QByteArrayView("\xEF\xBB\xBF"
                                               "bom"));
    QCOMPARE(bom, QByteArray("\"\xEF\xBB\xBF"
                             "bom\""));
}

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "tst_HistoryExport.moc"
