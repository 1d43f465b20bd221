#pragma once
// The yearly export of the operation log: certificate-history-YYYY.csv, UTF-8 with BOM, CRLF, one row per
// entry of that local year, oldest first (equal times by id). A yearly file has millions of rows, so the
// rows are read with as little per-value work as the driver allows (SPEC §13: 1,000,000 rows ≤ 5 s).
#include "store/Database.h"

#include <QIODevice>
#include <QTimeZone>

namespace certdesk {

class HistoryExport
{
public:
    // Writes the file to `out`; the number of rows.
    static Result<qint64> yearCsv(Database& db, int year, QIODevice& out, const QTimeZone& zone);
};

} // namespace certdesk
