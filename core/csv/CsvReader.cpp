#include "csv/CsvReader.h"

#include <QStringDecoder>

namespace certdesk {
namespace {

constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// Decodes the whole input at once; Stateless makes a truncated trailing sequence an error too.
bool decodeStrict(QStringDecoder& decoder, QByteArrayView bytes, QString& out)
{
    out = decoder.decode(bytes);
    return decoder.isValid() && !decoder.hasError();
}

bool decodeUtf8(QByteArrayView bytes, QString& out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    return decodeStrict(decoder, bytes, out);
}

bool decodeShiftJis(QByteArrayView bytes, QString& out)
{
    // Qt 6.4 hands "Shift_JIS" to ICU, whose table is the Windows-31J (CP932) one.
    QStringDecoder decoder("Shift_JIS", QStringConverter::Flag::Stateless);
    return decodeStrict(decoder, bytes, out);
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool isEmptyRow(const QStringList& row)
{
    return row.size() == 1 && row.front().isEmpty();
}

} // namespace

Result<CsvTable> CsvReader::parse(const QByteArray& bytes)
{
    CsvTable table;
    QString text;
    if (bytes.startsWith(kUtf8Bom)) {
        table.encoding = QStringLiteral("UTF-8 with BOM");
        if (!decodeUtf8(QByteArrayView(bytes).sliced(3), text))
            return makeError(
                ErrorCode::Invalid,
                tr("The CSV file starts with a UTF-8 byte order mark but is not valid UTF-8 text."));
    } else if (decodeUtf8(bytes, text)) {
        table.encoding = QStringLiteral("UTF-8");
    } else if (decodeShiftJis(bytes, text)) {
        table.encoding = QStringLiteral("Shift_JIS");
    } else {
        return makeError(ErrorCode::Invalid,
                         tr("The CSV file is neither UTF-8 nor Shift_JIS text. Save it as CSV (UTF-8) or CSV "
                            "(comma delimited) and try again."));
    }

    const qsizetype size = text.size();
    qsizetype pos = 0;
    int line = 1;

    // Advances past a line break at pos (CRLF counts once) and counts the physical line.
    const auto skipLineBreak = [&]() {
        if (text.at(pos) == u'\r' && pos + 1 < size && text.at(pos + 1) == u'\n')
            ++pos;
        ++pos;
        ++line;
    };

    while (pos < size) {
        const int rowLine = line;
        QStringList row;
        bool rowDone = false;
        while (!rowDone) {
            QString field;
            if (pos < size && text.at(pos) == u'"') {
                const int quoteLine = line;
                ++pos;
                bool closed = false;
                while (pos < size) {
                    const QChar c = text.at(pos);
                    if (c == u'"') {
                        if (pos + 1 < size && text.at(pos + 1) == u'"') {
                            field += u'"';
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (isLineBreak(c)) {
                        // Keep the break verbatim but count the physical line.
                        const qsizetype start = pos;
                        skipLineBreak();
                        field += QStringView(text).sliced(start, pos - start);
                        continue;
                    }
                    field += c;
                    ++pos;
                }
                if (!closed)
                    return makeError(
                        ErrorCode::Invalid,
                        tr("Line %1: a quoted field is not closed (missing \").").arg(quoteLine));
                if (pos < size && text.at(pos) != u',' && !isLineBreak(text.at(pos)))
                    return makeError(
                        ErrorCode::Invalid,
                        tr("Line %1: unexpected text after the closing quote of a field.").arg(line));
            } else {
                const qsizetype start = pos;
                while (pos < size && text.at(pos) != u',' && !isLineBreak(text.at(pos)))
                    ++pos;
                field = text.sliced(start, pos - start);
            }
            row.append(field);

            if (pos >= size) {
                rowDone = true;
            } else if (text.at(pos) == u',') {
                ++pos;
            } else {
                skipLineBreak();
                rowDone = true;
            }
        }
        table.rows.append(row);
        table.lineNumbers.append(rowLine);
    }

    while (!table.rows.isEmpty() && isEmptyRow(table.rows.back())) {
        table.rows.removeLast();
        table.lineNumbers.removeLast();
    }
    return table;
}

QString CsvReader::unguarded(const QString& cell)
{
    if (!cell.startsWith(QLatin1Char('\'')))
        return cell;
    qsizetype i = 1;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    if (i == cell.size())
        return cell;
    const char16_t c = cell.at(i).unicode();
    const bool guarded = c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    return guarded ? cell.mid(1) : cell;
}

} // namespace certdesk
