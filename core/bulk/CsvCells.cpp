#include "bulk/CsvCells.h"

namespace certdesk {

QString CsvCells::headerKey(const QString& header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header.trimmed()) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII block
            c = QChar(char16_t(u - 0xFEE0));
        if (c.isSpace() || u == 0x3000)
            continue;
        out += c;
    }
    return out.toCaseFolded();
}

std::optional<bool> CsvCells::mark(const QString& cell)
{
    const QString t = cell.trimmed();
    if (t.isEmpty())
        return false;
    static const QStringList marks = {
        QStringLiteral("\u25CB"), // ○ WHITE CIRCLE
        QStringLiteral("\u3007"), // 〇 IDEOGRAPHIC NUMBER ZERO
        QStringLiteral("O"),      QStringLiteral("o"), QStringLiteral("1"),
        QStringLiteral("\uFF2F"), // Ｏ
        QStringLiteral("\uFF4F"), // ｏ
        QStringLiteral("\uFF11"), // １
    };
    if (marks.contains(t))
        return true;
    return std::nullopt;
}

QString CsvCells::notAMarkMessage()
{
    return tr("Leave the cell blank or mark it with ○ (also 〇, O, o or 1).");
}

} // namespace certdesk
