#pragma once
// The full check of the operation history: the hash chain (HistoryLog::verify), every signed checkpoint
// in the database (its signature against the certificate of the CA that signed it, and the chain
// recomputed over the rows at its row count against the head it signed) and, when given, every line of
// an external anchor file (its signature against the CA certificate whose fingerprint the line names).
// Rows that were changed, removed or re-chained before a signed checkpoint fail it, even when whoever did
// it recomputed the whole chain and its head: nobody without the CA key can sign the new head.
#include "store/HistoryCheckpointStore.h"
#include "store/HistoryLog.h"

namespace certdesk {

class HistoryAudit
{
    Q_DECLARE_TR_FUNCTIONS(HistoryAudit)
public:
    // `anchors`: HistoryCheckpointStore::parseAnchorFile. intact is false when anything failed; problem
    // names the first broken row, else the first failing checkpoint, else the first failing anchor line.
    static Result<HistoryVerification> verify(Database& db, const QList<HistoryCheckpoint>& anchors = {});
    // What the check found, one translated sentence per line (the CLI and the History screen show it).
    static QStringList summary(const HistoryVerification& v);
};

} // namespace certdesk
