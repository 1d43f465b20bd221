#include "SelectionExport.h"
#include "csv/CsvWriter.h"
#include "store/UserSummaryStore.h"

namespace certdesk {

Result<qint64> SelectionExport::writeCsv(Database& db, const QString& group, const QDateTime& nowUtc,
                                         QIODevice& out)
{
    constexpr int kChunk = 5000;
    QByteArray buf(CsvWriter::kBom);
    CsvWriter::appendRow(buf, {tr("Login ID"), tr("Name"), tr("Certificate authentication"),
                               tr("In-use count"), tr("Issued count")});
    const QString use = tr("Use");
    const QString dontUse = tr("Don't use");
    qint64 rows = 0;
    UserQuery q;
    q.group = group;
    q.limit = kChunk;
    for (;;) {
        auto page = UserSummaryStore(db).list(q, UserSort::DisplayName, false, nowUtc);
        if (!page)
            return page.error();
        for (const UserSummary& u : page.value()) {
            CsvWriter::appendRow(buf, {u.loginId, u.displayName, u.certAuth ? use : dontUse,
                                       QString::number(u.inUse), QString::number(u.issued)});
            ++rows;
        }
        if (out.write(buf) != buf.size())
            return makeError(ErrorCode::Io, tr("Writing the list failed: %1").arg(out.errorString()));
        buf.clear();
        if (page->size() < kChunk)
            break;
        q.offset += kChunk;
    }
    return rows;
}

} // namespace certdesk
