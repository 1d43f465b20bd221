#pragma once
// Writing the CSV files CertDesk hands out (history export, templates, user lists, password lists):
// UTF-8, RFC 4180 quoting only where needed, CRLF line ends, a BOM so that Japanese Excel opens them.
//
// Formula guard (every file is meant to be opened in Excel): a cell whose text starts with = + - @, a tab
// or a carriage return, possibly after leading single quotes, is written with one more single quote in
// front (' is the OWASP recommendation: Excel shows the text, never evaluates it). "-5" and "-" alone are
// guarded too. CertDesk's own imports remove that quote again (CsvReader::unguarded), so an exported
// value reads back unchanged.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace certdesk {

class CsvWriter
{
public:
    static constexpr char kBom[] = "\xEF\xBB\xBF";
    // True when the UTF-8 text needs the formula guard described above.
    static bool needsFormulaGuard(QByteArrayView utf8);
    // Appends one field, formula-guarded, quoted when it holds a quote, comma or line break, or starts
    // with U+FEFF (unquoted it could be taken for a byte order mark).
    static void appendField(QByteArray& out, QByteArrayView utf8);
    static void appendField(QByteArray& out, const QString& text);
    // The same field as UTF-16 text (for a caller that encodes a whole buffer at once).
    static bool needsFormulaGuard(QStringView text);
    static void appendField(QString& out, QStringView text);
    // Appends the fields separated by commas, then CRLF.
    static void appendRow(QByteArray& out, const QStringList& cells);
    static QByteArray row(const QStringList& cells);
};

} // namespace certdesk
