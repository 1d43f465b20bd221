#include "csv/CsvWriter.h"

#include <algorithm>

namespace certdesk {

void CsvWriter::appendField(QByteArray& out, QByteArrayView utf8)
{
    const bool quote = std::any_of(utf8.begin(), utf8.end(),
                                   [](char c) { return c == '"' || c == ',' || c == '\n' || c == '\r'; });
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void CsvWriter::appendField(QByteArray& out, const QString& text)
{
    appendField(out, QByteArrayView(text.toUtf8()));
}

void CsvWriter::appendRow(QByteArray& out, const QStringList& cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        appendField(out, cells.at(i));
    }
    out += "\r\n";
}

QByteArray CsvWriter::row(const QStringList& cells)
{
    QByteArray out;
    appendRow(out, cells);
    return out;
}

} // namespace certdesk
