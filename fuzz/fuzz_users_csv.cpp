// libFuzzer target: UserCsv::parse (core/bulk), the `user import` CSV (header mapping, every row check).
// Invariants: a refusal carries a message; every problem has a message and a line within the file; a
// plan without problems only holds rows that the user workflows would accept (login ID, e-mail, name /
// department / title / groups within 128 characters and free of control characters), no login ID twice
// (also not in another case), and groups without blanks or duplicates.
#include "FuzzSupport.h"
#include "bulk/UserCsv.h"
#include "workflows/UserWorkflows.h"

#include <QSet>

#include <cstdint>

using namespace certdesk;

namespace {

void checkText(const QString& text)
{
    if (text.size() > UserCsv::kMaxTextLength)
        fuzz::fail("a valid plan holds a text longer than the limit");
    if (UserWorkflows::hasControlCharacters(text))
        fuzz::fail("a valid plan holds a control character");
    if (text != text.trimmed())
        fuzz::fail("a valid plan holds an untrimmed text");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto plan = UserCsv::parse(bytes);
    if (!plan) {
        if (plan.error().message.isEmpty())
            fuzz::fail("a refused file without a message");
        return 0;
    }
    const int lines = int(bytes.count('\n') + bytes.count('\r')) + 1;
    for (const CsvProblem& p : plan->problems) {
        if (p.message.isEmpty())
            fuzz::fail("a problem without a message");
        if (p.line < 1 || p.line > lines)
            fuzz::fail("a problem on a line outside the file");
    }
    if (!plan->isValid())
        return 0;
    QSet<QString> logins;
    for (const UserImportRow& row : plan->rows) {
        if (!UserWorkflows::loginIdError(row.loginId).isEmpty())
            fuzz::fail("a valid plan holds an invalid login ID");
        if (row.email.isEmpty() || !UserWorkflows::emailError(row.email).isEmpty())
            fuzz::fail("a valid plan holds an invalid e-mail address");
        if (logins.contains(row.loginId.toLower()))
            fuzz::fail("a valid plan holds a login ID twice");
        logins.insert(row.loginId.toLower());
        for (const QString& text : {row.displayName, row.department, row.title})
            checkText(text);
        QSet<QString> groups;
        for (const QString& g : row.groups) {
            checkText(g);
            if (g.isEmpty() || groups.contains(g))
                fuzz::fail("a blank or repeated group");
            groups.insert(g);
        }
    }
    return 0;
}
