#pragma once
// Every export (history CSV, user list) is an auditable event: one "export" history row in its own
// transaction, written after the file was saved.
#include "session/WorkflowContext.h"

namespace certdesk {

class ExportHistory
{
public:
    static Status record(WorkflowContext& ctx, const QString& details, const QString& remarks = {});
};

} // namespace certdesk
