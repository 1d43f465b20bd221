// libFuzzer target: CsvReader::parse (core/csv) — encoding detection (UTF-8 / BOM / Shift_JIS) and
// RFC 4180 splitting — on arbitrary bytes, and CsvReader::unguarded on every cell.
// Invariants: a refusal carries a message; a table has one line number per row, starting at 1 and
// increasing, no empty row at the end, a known encoding (UTF-8 whenever the bytes are valid UTF-8
// without a BOM); writing the table with CsvWriter and reading it back gives the same cells
// (CsvWriter's formula guard removed by unguarded); unguarded removes at most one leading quote.
#include "FuzzSupport.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QStringDecoder>

#include <cstdint>

using namespace certdesk;

namespace {

void checkUnguarded(const QString& cell)
{
    const QString u = CsvReader::unguarded(cell);
    if (u != cell && u != cell.mid(1))
        fuzz::fail("unguarded changed more than one leading quote");
    if (u != cell && !cell.startsWith(QLatin1Char('\'')))
        fuzz::fail("unguarded removed something that is not a quote");
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes); // decode() is lazy: the conversion decodes
    return !decoder.hasError();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto table = CsvReader::parse(bytes);
    if (!table) {
        if (table.error().message.isEmpty())
            fuzz::fail("a refused file without a message");
        return 0;
    }
    if (table->rows.size() != table->lineNumbers.size())
        fuzz::fail("one line number per row");
    int previous = 0;
    for (int line : table->lineNumbers) {
        if (line <= previous)
            fuzz::fail("line numbers start at 1 and increase");
        previous = line;
    }
    if (!table->rows.isEmpty() && table->rows.back() == QStringList{QString()})
        fuzz::fail("an empty row at the end");
    const QString& enc = table->encoding;
    if (enc != QLatin1String("UTF-8") && enc != QLatin1String("UTF-8 with BOM") &&
        enc != QLatin1String("Shift_JIS"))
        fuzz::fail("unknown encoding");
    if (!bytes.startsWith("\xEF\xBB\xBF") && isValidUtf8(bytes) && enc != QLatin1String("UTF-8"))
        fuzz::fail("valid UTF-8 not read as UTF-8");

    QByteArray written(CsvWriter::kBom);
    for (const QStringList& row : table->rows) {
        if (row.isEmpty())
            fuzz::fail("a row without cells");
        for (const QString& cell : row)
            checkUnguarded(cell);
        CsvWriter::appendRow(written, row);
    }
    const auto again = CsvReader::parse(written);
    if (!again)
        fuzz::fail("what CsvWriter wrote does not read back");
    if (again->rows.size() != table->rows.size())
        fuzz::fail("the rows written do not read back as as many rows");
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        const QStringList& before = table->rows.at(r);
        const QStringList& after = again->rows.at(r);
        if (before.size() != after.size())
            fuzz::fail("a row written does not read back with as many cells");
        for (qsizetype c = 0; c < before.size(); ++c) {
            if (CsvReader::unguarded(after.at(c)) != before.at(c))
                fuzz::fail("a cell written does not read back unchanged");
        }
    }
    return 0;
}
