#include "workflows/HistoryWorkflows.h"
#include "store/Transaction.h"

namespace certdesk {

Status HistoryWorkflows::recordExport(const QString& details, const QString& remarks)
{
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::Export);
    h.details = details;
    h.remarks = remarks;
    return m_ctx.commitWithHistory(tx, h);
}

} // namespace certdesk
