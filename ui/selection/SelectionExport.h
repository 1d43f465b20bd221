#pragma once
// 一覧出力 of the user-selection screen: every user of a group (not just one page) as CSV, UTF-8 with
// BOM and CRLF: login ID, name, use / don't use, in-use count, issued count.
#include "store/Database.h"
#include <QDateTime>
#include <QIODevice>

namespace certdesk {

class SelectionExport
{
    Q_DECLARE_TR_FUNCTIONS(SelectionExport)
public:
    // Returns the number of users written. group "" = all users.
    static Result<qint64> writeCsv(Database& db, const QString& group, const QDateTime& nowUtc,
                                   QIODevice& out);
};

} // namespace certdesk
