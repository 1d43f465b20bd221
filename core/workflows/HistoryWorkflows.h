#pragma once
// Every export (history CSV, user list) is an auditable event: one "export" history row in its own
// transaction, written after the file was saved.
#include "session/WorkflowContext.h"

namespace certdesk {

class HistoryWorkflows
{
public:
    explicit HistoryWorkflows(WorkflowContext& ctx) : m_ctx(ctx) {}

    // `details` says what was exported ("history year=2025 rows=12").
    Status recordExport(const QString& details, const QString& remarks = {});

private:
    WorkflowContext& m_ctx;
};

} // namespace certdesk
