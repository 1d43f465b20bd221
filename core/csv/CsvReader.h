#pragma once
// Reads a bulk-issuance CSV file: detects the encoding and splits RFC 4180 records.
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk {

struct CsvTable
{
    QString encoding;        // "UTF-8", "UTF-8 with BOM" or "Shift_JIS" (identifiers, not translated)
    QList<QStringList> rows; // cells exactly as written (unquoted, not trimmed)
    QList<int> lineNumbers;  // 1-based physical line on which each row starts
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // Encoding: a UTF-8 byte order mark means UTF-8 (a second one right after it, from a file saved twice,
    // is dropped too; CsvWriter quotes a first cell that starts with U+FEFF); otherwise strictly valid
    // UTF-8 is UTF-8;
    // otherwise the bytes must decode cleanly as Shift_JIS (Windows code page 932: NEC special
    // characters ①, ㈱ and IBM extensions are decoded; 0x8160 becomes U+FF5E FULLWIDTH TILDE, as on
    // Windows). Anything else is ErrorCode::Invalid.
    // Syntax: comma separator; CRLF, LF or a lone CR ends a record; the last record may have no line
    // break; quoted fields with "" escapes may contain commas and line breaks (kept verbatim); a quote
    // inside an unquoted field is taken literally; empty lines at the end are ignored, empty lines in
    // between give a row with one empty cell. An unterminated quoted field, or text after a closing
    // quote, is ErrorCode::Invalid with the line number in the message.
    static Result<CsvTable> parse(const QByteArray& bytes);
    // Removes the formula guard CsvWriter adds: one leading single quote when the text after it starts
    // with = + - @, a tab or a carriage return, possibly after further single quotes. "'=1+2" gives
    // "=1+2", "''-5" gives "'-5"; "'abc" and "'" stay as they are.
    static QString unguarded(const QString& cell);
};

} // namespace certdesk
