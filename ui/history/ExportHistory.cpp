#include "ExportHistory.h"
#include "store/Transaction.h"

namespace certdesk {

Status ExportHistory::record(WorkflowContext& ctx, const QString& details, const QString& remarks)
{
    Transaction tx(ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    HistoryEntry h = ctx.historyEntry(Op::Export);
    h.details = details;
    h.remarks = remarks;
    if (auto s = HistoryLog::append(ctx.db(), h); !s)
        return s;
    return tx.commit();
}

} // namespace certdesk
