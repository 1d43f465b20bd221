// Fixture for tests/architecture/check_one_way_writes.py: every marked line is a violation.
#include "store/Transaction.h" // violation 1
void save(WorkflowContext& ctx)
{
    Transaction tx(ctx.db()); // violation 2
    Settings settings(ctx.db());
    settings.set(QStringLiteral("org.name"), QString());        // violation 3
    HistoryLog::append(ctx.db(), ctx.historyEntry(Op::Export)); // violation 4
    CertificateStore(ctx.db()).markRevoked(1, QDateTime(), 1);  // violation 5
    (void)settings.value(QStringLiteral("org.name"));           // a read: fine
    // Transaction in a comment, settings.set(...) in a comment: fine
}
