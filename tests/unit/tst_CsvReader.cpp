// Encoding detection and RFC 4180 parsing of bulk-issuance CSV files.
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using certdesk::CsvReader;
using certdesk::CsvTable;
using certdesk::CsvWriter;
using certdesk::ErrorCode;

namespace {

QByteArray fixture(const QString& name)
{
    const QString dir = qEnvironmentVariable("CERTDESK_TEST_DATA");
    QFile file(QDir(dir).filePath(QStringLiteral("csv/") + name));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const QStringList kHeaderAscii = {QStringLiteral("発行する"),
                                  QStringLiteral("ログインID"),
                                  QStringLiteral("メールアドレス"),
                                  QStringLiteral("役職"),
                                  QStringLiteral("部署"),
                                  QStringLiteral("氏名(姓)"),
                                  QStringLiteral("氏名(名)"),
                                  QStringLiteral("フリガナ(姓)"),
                                  QStringLiteral("フリガナ(名)"),
                                  QStringLiteral("氏名(姓)英語表記"),
                                  QStringLiteral("氏名(名)英語表記"),
                                  QStringLiteral("Windows"),
                                  QStringLiteral("iOS(アプリ/ブラウザ)"),
                                  QStringLiteral("iOS(専用ブラウザ)"),
                                  QStringLiteral("Mac"),
                                  QStringLiteral("Android"),
                                  QStringLiteral("秘密の鍵の自動生成"),
                                  QStringLiteral("秘密の鍵"),
                                  QStringLiteral("備考")};

QStringList fullWidthHeader()
{
    QStringList header;
    for (QString cell : kHeaderAscii)
        header << cell.replace(u'(', u'（').replace(u')', u'）');
    return header;
}

const QStringList kRow1 = {QStringLiteral("○"),
                           QStringLiteral("yamada"),
                           QStringLiteral("yamada@example.co.jp"),
                           QStringLiteral("課長"),
                           QStringLiteral("営業部"),
                           QStringLiteral("山田"),
                           QStringLiteral("太郎"),
                           QStringLiteral("ヤマダ"),
                           QStringLiteral("タロウ"),
                           QStringLiteral("Yamada"),
                           QStringLiteral("Taro"),
                           QStringLiteral("○"),
                           QString(),
                           QString(),
                           QString(),
                           QString(),
                           QStringLiteral("○"),
                           QString(),
                           QString()};
const QStringList kRow2 = {QString(),
                           QStringLiteral("suzuki"),
                           QStringLiteral("suzuki@example.co.jp"),
                           QString(),
                           QStringLiteral("総務部"),
                           QStringLiteral("鈴木"),
                           QStringLiteral("花子"),
                           QStringLiteral("スズキ"),
                           QStringLiteral("ハナコ"),
                           QStringLiteral("Suzuki"),
                           QStringLiteral("Hanako"),
                           QString(),
                           QString(),
                           QString(),
                           QString(),
                           QString(),
                           QString(),
                           QString(),
                           QString()};
// CP932-only characters: ㈱ and ① (NEC special), 髙 (IBM extension), ～ (0x8160 decodes to U+FF5E).
const QStringList kRow3 = {QStringLiteral("〇"),
                           QStringLiteral("takahashi"),
                           QStringLiteral("takahashi@example.co.jp"),
                           QStringLiteral("部長"),
                           QStringLiteral("\u3231情報システム部"),
                           QStringLiteral("\u9AD9橋"),
                           QStringLiteral("一郎"),
                           QStringLiteral("タカハシ"),
                           QStringLiteral("イチロウ"),
                           QStringLiteral("Takahashi"),
                           QStringLiteral("Ichiro"),
                           QString(),
                           QString(),
                           QString(),
                           QStringLiteral("○"),
                           QString(),
                           QString(),
                           QStringLiteral("Secret12"),
                           QStringLiteral("\u2460至急\uFF5Eよろしく")};

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void certificateForm_data();
    void certificateForm();
    void quotedFields();
    void inlineSyntax_data();
    void inlineSyntax();
    void unterminatedQuoteNamesLine();
    void textAfterClosingQuote();
    void neitherEncoding();
    void bomWithInvalidUtf8();
    void truncatedMultibyteIsRejected();
    void cp932Characters();
    void writerGuardsFormulas_data();
    void writerGuardsFormulas();
    void guardedCellsReadBack();
    void leadingByteOrderMarkCharacterReadsBack();
};

void tst_CsvReader::certificateForm_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("header");
    QTest::newRow("Shift_JIS, full-width parentheses, CRLF")
        << QStringLiteral("certificateform_sjis_fullwidth.csv") << QStringLiteral("Shift_JIS")
        << fullWidthHeader();
    QTest::newRow("Shift_JIS, ASCII parentheses, trailing empty lines")
        << QStringLiteral("certificateform_sjis_ascii.csv") << QStringLiteral("Shift_JIS") << kHeaderAscii;
    QTest::newRow("UTF-8 with BOM, CRLF")
        << QStringLiteral("certificateform_utf8_bom.csv") << QStringLiteral("UTF-8 with BOM") << kHeaderAscii;
    QTest::newRow("UTF-8, LF, no final line break")
        << QStringLiteral("certificateform_utf8.csv") << QStringLiteral("UTF-8") << fullWidthHeader();
}

void tst_CsvReader::certificateForm()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QStringList, header);
    const QByteArray bytes = fixture(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(QStringLiteral("fixture missing: ") + file));

    const auto result = CsvReader::parse(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const CsvTable& table = result.value();
    QCOMPARE(table.encoding, encoding);
    QCOMPARE(table.rows.size(), 4);
    QCOMPARE(table.rows.at(0).size(), 19);
    QCOMPARE(table.rows.at(0), header);
    QVERIFY(!table.rows.at(0).front().startsWith(QChar(0xFEFF)));
    QCOMPARE(table.rows.at(1), kRow1);
    QCOMPARE(table.rows.at(2), kRow2);
    QCOMPARE(table.rows.at(3), kRow3);
    QCOMPARE(table.lineNumbers, (QList<int>{1, 2, 3, 4}));
}

void tst_CsvReader::quotedFields()
{
    const QByteArray bytes = fixture(QStringLiteral("quoted_sjis.csv"));
    QVERIFY(!bytes.isEmpty());
    const auto result = CsvReader::parse(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->encoding, QStringLiteral("Shift_JIS"));
    QCOMPARE(result->rows.size(), 4);
    QCOMPARE(result->rows.at(0),
             (QStringList{QStringLiteral("ログインID"), QStringLiteral("備考"), QStringLiteral("秘密の鍵")}));
    QCOMPARE(result->rows.at(1),
             (QStringList{QStringLiteral("yamada"), QStringLiteral("東京都千代田区1-1, 2階"),
                          QStringLiteral("a\"b")}));
    // Embedded line breaks are kept verbatim (LF as Excel writes it, CRLF as a text editor may).
    QCOMPARE(result->rows.at(2),
             (QStringList{QStringLiteral("suzuki"), QStringLiteral("1行目\n2行目\r\n3行目"), QString()}));
    QCOMPARE(result->rows.at(3), (QStringList{QString(), QString(), QString()}));
    // The record with two embedded line breaks starts on line 3; the next one starts on line 6.
    QCOMPARE(result->lineNumbers, (QList<int>{1, 2, 3, 6}));
}

void tst_CsvReader::inlineSyntax_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("empty file") << QByteArray() << QList<QStringList>{} << QList<int>{};
    QTest::newRow("only line breaks") << QByteArray("\r\n\r\n\n") << QList<QStringList>{} << QList<int>{};
    QTest::newRow("single field no break") << QByteArray("a") << QList<QStringList>{{"a"}} << QList<int>{1};
    QTest::newRow("trailing comma") << QByteArray("a,\n") << QList<QStringList>{{"a", ""}} << QList<int>{1};
    QTest::newRow("trailing comma at EOF")
        << QByteArray("a,b,") << QList<QStringList>{{"a", "b", ""}} << QList<int>{1};
    QTest::newRow("empty line in between")
        << QByteArray("a\r\n\r\nb\r\n") << QList<QStringList>{{"a"}, {""}, {"b"}} << QList<int>{1, 2, 3};
    QTest::newRow("mixed CRLF LF CR")
        << QByteArray("a\r\nb\nc\rd") << QList<QStringList>{{"a"}, {"b"}, {"c"}, {"d"}}
        << QList<int>{1, 2, 3, 4};
    QTest::newRow("spaces kept") << QByteArray(" a , b ") << QList<QStringList>{{" a ", " b "}}
                                 << QList<int>{1};
    QTest::newRow("quote inside unquoted field taken literally")
        << QByteArray("12\" disk,x") << QList<QStringList>{{"12\" disk", "x"}} << QList<int>{1};
    QTest::newRow("quoted empty and escaped quotes")
        << QByteArray("\"\",\"\"\"\"\n") << QList<QStringList>{{"", "\""}} << QList<int>{1};
    QTest::newRow("quoted field at EOF")
        << QByteArray("\"x,y\"") << QList<QStringList>{{"x,y"}} << QList<int>{1};
    QTest::newRow("pure ASCII is UTF-8")
        << QByteArray("login\nuser1\n") << QList<QStringList>{{"login"}, {"user1"}} << QList<int>{1, 2};
}

void tst_CsvReader::inlineSyntax()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    const auto result = CsvReader::parse(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(result->rows, rows);
    QCOMPARE(result->lineNumbers, lines);
}

void tst_CsvReader::unterminatedQuoteNamesLine()
{
    const QByteArray bytes = fixture(QStringLiteral("unterminated_quote.csv"));
    QVERIFY(!bytes.isEmpty());
    const auto result = CsvReader::parse(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    // The quote opens on line 3 and is never closed.
    QVERIFY2(result.error().message.contains(QStringLiteral("3")), qPrintable(result.error().message));
    QVERIFY2(!result.error().message.contains(QStringLiteral("4")), qPrintable(result.error().message));
}

void tst_CsvReader::textAfterClosingQuote()
{
    const auto result = CsvReader::parse(QByteArray("a,b\n\"x\"y,z\n"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QVERIFY2(result.error().message.contains(QStringLiteral("2")), qPrintable(result.error().message));
}

void tst_CsvReader::neitherEncoding()
{
    // Windows-1252 "Café,€5": 0xE9 0x2C is no Shift_JIS pair and 0x80 is unassigned in CP932.
    const QByteArray bytes = fixture(QStringLiteral("neither_encoding.csv"));
    QVERIFY(!bytes.isEmpty());
    const auto result = CsvReader::parse(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QVERIFY(!result.error().message.isEmpty());

    const auto unassigned = CsvReader::parse(QByteArray("a,\x85\x40\r\n")); // 0x8540 is a hole in CP932
    QVERIFY(!unassigned.ok());
    QCOMPARE(unassigned.error().code, ErrorCode::Invalid);
}

void tst_CsvReader::bomWithInvalidUtf8()
{
    // A BOM commits to UTF-8: Shift_JIS bytes after it are an error, not a fallback.
    const QByteArray bytes("\xEF\xBB\xBF\x8E\x52\x93\x63,x\r\n"); // BOM + "山田,x" in Shift_JIS
    const auto result = CsvReader::parse(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Invalid);
}

void tst_CsvReader::truncatedMultibyteIsRejected()
{
    // A lone Shift_JIS lead byte at the end must not be silently dropped by a stateful decoder.
    const auto result = CsvReader::parse(QByteArray("\x82\xA0,\x82"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Invalid);
}

void tst_CsvReader::cp932Characters()
{
    // The Windows-31J mappings (what Excel writes), byte by byte.
    struct Case
    {
        const char* bytes;
        char16_t expected;
    };
    const Case cases[] = {
        {"\x87\x40", u'\u2460'}, // ① NEC special row 13
        {"\x87\x8A", u'\u3231'}, // ㈱
        {"\x81\x60", u'\uFF5E'}, // ～ FULLWIDTH TILDE (JIS X 0208 WAVE DASH position)
        {"\x81\x7C", u'\uFF0D'}, // － FULLWIDTH HYPHEN-MINUS
        {"\x81\x61", u'\u2225'}, // ∥ PARALLEL TO
        {"\x81\xCA", u'\uFFE2'}, // ￢ FULLWIDTH NOT SIGN
        {"\xFA\x40", u'\u2170'}, // ⅰ IBM extension
        {"\xED\x95", u'\uFA11'}, // 﨑 NEC-selected IBM extension
        {"\xB1", u'\uFF71'},     // ｱ half-width katakana
    };
    for (const Case& c : cases) {
        QByteArray bytes("\x82\xA0,"); // "あ," forces the Shift_JIS path
        bytes += c.bytes;
        const auto result = CsvReader::parse(bytes);
        QVERIFY2(result.ok(), c.bytes);
        QCOMPARE(result->encoding, QStringLiteral("Shift_JIS"));
        QCOMPARE(result->rows.at(0).at(1), QString(QChar(c.expected)));
    }
}

// A cell Excel would evaluate (= + - @, tab, CR first, possibly after single quotes) gets one more
// leading single quote; anything else is written as before.
void tst_CsvReader::writerGuardsFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\")")
                               << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("'+1");
    QTest::newRow("negative number") << QStringLiteral("-5") << QByteArray("'-5");
    QTest::newRow("dash alone") << QStringLiteral("-") << QByteArray("'-");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("quoted already") << QStringLiteral("'=1") << QByteArray("''=1");
    QTest::newRow("quote text") << QStringLiteral("'abc") << QByteArray("'abc");
    QTest::newRow("plain") << QStringLiteral("taro") << QByteArray("taro");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("empty") << QString() << QByteArray();
    // passwords.csv row: file name, login ID, device, serial, key password
    QTest::newRow("password") << QStringLiteral("-Ab3=x") << QByteArray("'-Ab3=x");
}

void tst_CsvReader::writerGuardsFormulas()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, field);
    QByteArray out;
    CsvWriter::appendField(out, value);
    QCOMPARE(out, field);
    QByteArray fromUtf8;
    CsvWriter::appendField(fromUtf8, QByteArrayView(value.toUtf8()));
    QCOMPARE(fromUtf8, field);
}

// What CsvWriter writes, CsvReader::parse + unguarded give back unchanged; hand-written cells without
// a guard are not touched.
void tst_CsvReader::guardedCellsReadBack()
{
    const QStringList values = {QStringLiteral("=1+2"), QStringLiteral("@SUM(A1)"), QStringLiteral("-"),
                                QStringLiteral("-5"),   QStringLiteral("'=1"),      QStringLiteral("''+x"),
                                QStringLiteral("'abc"), QStringLiteral("'"),        QStringLiteral("plain"),
                                QStringLiteral("\t-x")};
    auto table = CsvReader::parse(QByteArray(CsvWriter::kBom) + CsvWriter::row(values));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->rows.size(), 1);
    QStringList back;
    for (const QString& cell : table->rows.first())
        back << CsvReader::unguarded(cell);
    QCOMPARE(back, values);
    QCOMPARE(CsvReader::unguarded(QStringLiteral("-5")), QStringLiteral("-5"));
    QCOMPARE(CsvReader::unguarded(QStringLiteral("'abc")), QStringLiteral("'abc"));
}

// Found by fuzz_csv_reader: a first cell that starts with U+FEFF (ZERO WIDTH NO-BREAK SPACE) was written
// unquoted right after the file's byte order mark, and the reader took it for a second mark and dropped
// it. The writer now quotes such a cell; the reader still drops a doubled mark of a file saved twice.
void tst_CsvReader::leadingByteOrderMarkCharacterReadsBack()
{
    const QStringList row = {QStringLiteral("\uFEFF%"), QStringLiteral("\uFEFFx")};
    QCOMPARE(CsvWriter::row(row), QByteArray("\"\xEF\xBB\xBF%\",\"\xEF\xBB\xBFx\"\r\n"));
    auto table = CsvReader::parse(QByteArray(CsvWriter::kBom) + CsvWriter::row(row));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->rows, QList<QStringList>{row});
    auto doubled = CsvReader::parse("\xEF\xBB\xBF\xEF\xBB\xBFlogin,mail\r\n");
    QVERIFY(doubled.ok());
    QCOMPARE(doubled->rows.first(), (QStringList{QStringLiteral("login"), QStringLiteral("mail")}));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_CsvReader.moc"
