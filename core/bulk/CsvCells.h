#pragma once
// Cell and header conventions shared by every CSV import (bulk issue, bulk revoke, users).
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace certdesk {

class CsvCells
{
    Q_DECLARE_TR_FUNCTIONS(CsvCells)
public:
    // Header comparison key: trimmed, full-width ASCII variants folded to ASCII (（）／ → ( ) /),
    // spaces removed, case folded. "氏名（姓）英語表記" and "氏名(姓)英語表記" give the same key.
    static QString headerKey(const QString& header);
    // A mark column (発行する, devices, 秘密の鍵の自動生成): blank → false; ○ 〇 O o 1 (also full-width
    // Ｏ ｏ １) → true; anything else → nullopt (the caller reports it).
    static std::optional<bool> mark(const QString& cell);
    // The translated message for a cell that is neither blank nor a mark.
    static QString notAMarkMessage();
};

} // namespace certdesk
