// libFuzzer target: BulkRevoke::validate (core/bulk) — serial numbers, common names and login ID +
// device lines — against the fixture database of FuzzDatabase (read only).
// Invariants: the validation never fails (the database is readable); every problem has a message; a
// plan with problems has no targets; a plan without problems names at least one certificate, each
// once, none of them already revoked, each on a line of the file.
#include "FuzzDatabase.h"
#include "FuzzSupport.h"
#include "bulk/BulkRevoke.h"

#include <QSet>

#include <cstdint>

using namespace certdesk;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    fuzz::ensureApplication();
    (void)fuzz::fixtureContext();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto plan = BulkRevoke::validate(fuzz::fixtureContext(), bytes, QStringLiteral("revoke.csv"));
    if (!plan)
        fuzz::fail("the validation failed on a readable database");
    for (const CsvProblem& p : plan->problems) {
        if (p.message.isEmpty())
            fuzz::fail("a problem without a message");
    }
    if (!plan->problems.isEmpty() && !plan->targets.isEmpty())
        fuzz::fail("a plan with problems keeps targets");
    if (plan->problems.isEmpty() && plan->targets.isEmpty())
        fuzz::fail("nothing to revoke and no problem reported");
    const int lines = int(bytes.count('\n') + bytes.count('\r')) + 1;
    QSet<qint64> ids;
    for (const BulkRevokeTarget& t : plan->targets) {
        if (t.certificate.status == CertStatus::Revoked)
            fuzz::fail("a target that is already revoked");
        if (ids.contains(t.certificate.id))
            fuzz::fail("a certificate named twice");
        ids.insert(t.certificate.id);
        if (t.line < 1 || t.line > lines)
            fuzz::fail("a target on a line outside the file");
    }
    return 0;
}
