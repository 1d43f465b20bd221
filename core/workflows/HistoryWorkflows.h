#pragma once
// The yearly history export and its verification (Permission::ExportHistory: administrators and
// auditors), signing an anchor line (Permission::Administer), and recording exports: every export (history
// CSV, user list) is an auditable event, one "export" history row in its own transaction, written after the
// file was saved.
#include "session/WorkflowContext.h"
#include "store/HistoryCheckpointStore.h"

#include <QIODevice>

namespace certdesk {

class HistoryWorkflows
{
public:
    explicit HistoryWorkflows(WorkflowContext& ctx) : m_ctx(ctx) {}

    // Every row of `year` as CSV (HistoryLog::exportYearCsv) after the permission check; record the
    // export with recordExport() once the file is saved. Returns the number of rows.
    Result<qint64> exportYear(int year, QIODevice& out);
    // The whole check (HistoryAudit::verify): the hash chain, every signed checkpoint and, when given, every
    // line of an anchor file (HistoryCheckpointStore::parseAnchorFile).
    Result<HistoryVerification> verify(const QList<HistoryCheckpoint>& anchors = {});
    // A fresh checkpoint of the whole history signed with the active CA's key, for one line of an external
    // anchor file (HistoryCheckpointStore::anchorLine). Permission::Administer; unlocks the CA (asks for
    // its passphrase). Stored with the other checkpoints.
    Result<HistoryCheckpoint> anchor();

    // A history export (Permission::ExportHistory). `details` says what was exported
    // ("history year=2025 rows=12").
    Status recordExport(const QString& details, const QString& remarks = {});
    // Any other export, checked against `permission` (e.g. ManageUsers for a user list).
    Status recordExport(Permission permission, const QString& details, const QString& remarks = {});

private:
    WorkflowContext& m_ctx;
};

} // namespace certdesk
