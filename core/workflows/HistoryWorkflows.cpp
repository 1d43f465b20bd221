#include "workflows/HistoryWorkflows.h"
#include "store/Transaction.h"

namespace certdesk {

Result<qint64> HistoryWorkflows::exportYear(int year, QIODevice& out)
{
    if (auto s = m_ctx.require(Permission::ExportHistory, QStringLiteral("history export year=%1").arg(year));
        !s)
        return s.error();
    return HistoryLog::exportYearCsv(m_ctx.db(), year, out);
}

Result<HistoryVerification> HistoryWorkflows::verify()
{
    if (auto s = m_ctx.require(Permission::ExportHistory, QStringLiteral("history verify")); !s)
        return s.error();
    return HistoryLog::verify(m_ctx.db());
}

Status HistoryWorkflows::recordExport(const QString& details, const QString& remarks)
{
    return recordExport(Permission::ExportHistory, details, remarks);
}

Status HistoryWorkflows::recordExport(Permission permission, const QString& details, const QString& remarks)
{
    if (auto s = m_ctx.require(permission, QStringLiteral("export ") + details); !s)
        return s;
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::Export);
    h.details = details;
    h.remarks = remarks;
    return m_ctx.commitWithHistory(tx, h);
}

} // namespace certdesk
