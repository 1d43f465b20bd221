#pragma once
// Writing the CSV files CertDesk hands out (history export, templates, user lists, password lists):
// UTF-8, RFC 4180 quoting only where needed, CRLF line ends, a BOM so that Japanese Excel opens them.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace certdesk {

class CsvWriter
{
public:
    static constexpr char kBom[] = "\xEF\xBB\xBF";
    // Appends one field, quoted when it holds a quote, comma or line break.
    static void appendField(QByteArray& out, QByteArrayView utf8);
    static void appendField(QByteArray& out, const QString& text);
    // Appends the fields separated by commas, then CRLF.
    static void appendRow(QByteArray& out, const QStringList& cells);
    static QByteArray row(const QStringList& cells);
};

} // namespace certdesk
