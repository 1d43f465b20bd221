#include "workflows/HistoryWorkflows.h"
#include "revocation/HistoryCheckpoints.h"
#include "store/HistoryAudit.h"
#include "store/Transaction.h"

namespace certdesk {

Result<qint64> HistoryWorkflows::exportYear(int year, QIODevice& out)
{
    if (auto s = m_ctx.require(Permission::ExportHistory, QStringLiteral("history export year=%1").arg(year));
        !s)
        return s.error();
    return HistoryLog::exportYearCsv(m_ctx.db(), year, out);
}

Result<HistoryVerification> HistoryWorkflows::verify(const QList<HistoryCheckpoint>& anchors)
{
    if (auto s = m_ctx.require(Permission::ExportHistory, QStringLiteral("history verify")); !s)
        return s.error();
    return HistoryAudit::verify(m_ctx.db(), anchors);
}

Result<HistoryCheckpoint> HistoryWorkflows::anchor()
{
    if (auto s = m_ctx.require(Permission::Administer, QStringLiteral("history anchor")); !s)
        return s.error();
    auto ca = m_ctx.unlockedCa();
    if (!ca)
        return ca.error();
    return HistoryCheckpoints(m_ctx).sign(*ca.value(), m_ctx.unlockedCaId(), CheckpointKind::Anchor);
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
