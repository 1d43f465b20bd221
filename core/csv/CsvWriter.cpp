#include "csv/CsvWriter.h"

#include <algorithm>

namespace certdesk {

bool CsvWriter::needsFormulaGuard(QByteArrayView utf8)
{
    qsizetype i = 0;
    while (i < utf8.size() && utf8.at(i) == '\'')
        ++i;
    if (i == utf8.size())
        return false;
    const char c = utf8.at(i);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

void CsvWriter::appendField(QByteArray& out, QByteArrayView utf8)
{
    const bool guard = needsFormulaGuard(utf8);
    // A field starting with U+FEFF is quoted: unquoted at the start of a file it would read as a second
    // byte order mark, which readers (CsvReader among them) drop.
    const bool quote = utf8.startsWith(QByteArrayView(kBom)) ||
                       std::any_of(utf8.begin(), utf8.end(),
                                   [](char c) { return c == '"' || c == ',' || c == '\n' || c == '\r'; });
    if (!quote) {
        if (guard)
            out += '\'';
        out += utf8;
        return;
    }
    out += '"';
    if (guard)
        out += '\'';
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

bool CsvWriter::needsFormulaGuard(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    if (i == text.size())
        return false;
    const char16_t c = text.at(i).unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

void CsvWriter::appendField(QString& out, QStringView text)
{
    const bool guard = needsFormulaGuard(text);
    const bool quote = text.startsWith(QChar(0xFEFF)) || std::any_of(text.begin(), text.end(), [](QChar c) {
                           return c == u'"' || c == u',' || c == u'\n' || c == u'\r';
                       });
    if (!quote) {
        if (guard)
            out += u'\'';
        out += text;
        return;
    }
    out += u'"';
    if (guard)
        out += u'\'';
    for (const QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
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
