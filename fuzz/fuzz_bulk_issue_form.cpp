// libFuzzer target: BulkIssueValidator::validate (core/bulk) — a certificateform.csv with its header
// aliases, marks, devices, key passwords and certificate information — against the fixture database
// of FuzzDatabase (read only), once without and once with "create missing users".
// Invariants: the validation never fails (the database is readable); every problem has a message; a
// key password is never echoed in a problem of a data row (the password column's cells are masked); a plan
// with problems has no items; every item has a valid login ID (at most once per file, in any case), one known
// device, and a password only when it is not generated; a new user comes with new certificate information,
// and new information has every name, free of control and format characters.
#include "FuzzDatabase.h"
#include "FuzzSupport.h"
#include "bulk/BulkIssueForm.h"
#include "bulk/BulkIssuePlan.h"
#include "csv/CsvReader.h"
#include "policy/DeviceTypes.h"

#include <QSet>

#include <cstdint>

using namespace certdesk;

namespace {

// The key password column's name as the file writes it (Japanese or an alias), empty when the file has
// none or its header is refused.
QString passwordColumn(const QByteArray& bytes)
{
    const auto table = CsvReader::parse(bytes);
    if (!table || table->rows.isEmpty())
        return {};
    CsvProblems headerProblems;
    const FormLayout layout = BulkIssueForm::readHeader(table->rows.first(), &headerProblems);
    if (!headerProblems.isEmpty() || layout.cell(FormColumn::Password) < 0)
        return {};
    return layout.columnName(FormColumn::Password);
}

void checkPlan(const BulkIssuePlan& plan, const QString& passwordColumnName)
{
    for (const CsvProblem& p : plan.problems) {
        if (p.message.isEmpty())
            fuzz::fail("a problem without a message");
        // Data rows only: a header problem (line 1) shows the header text.
        if (p.line > 1 && !passwordColumnName.isEmpty() && p.column == passwordColumnName &&
            p.value != QString(p.value.size(), QLatin1Char('*')))
            fuzz::fail("a key password echoed in a problem");
    }
    if (!plan.problems.isEmpty() && !plan.items.isEmpty())
        fuzz::fail("a plan with problems keeps items");
    if (plan.ok() != (plan.problems.isEmpty() && !plan.items.isEmpty()))
        fuzz::fail("ok() disagrees with problems and items");
    if (plan.problems.isEmpty() && plan.items.isEmpty())
        fuzz::fail("nothing to issue and no problem reported");
    QSet<QString> logins;
    for (const BulkIssueItem& item : plan.items) {
        if (!UserWorkflows::loginIdError(item.loginId).isEmpty())
            fuzz::fail("an item with an invalid login ID");
        if (logins.contains(item.loginId.toLower()))
            fuzz::fail("a login ID twice in one plan");
        logins.insert(item.loginId.toLower());
        if (!DeviceTypes::ids().contains(item.device))
            fuzz::fail("an item with an unknown device");
        if (item.autoPassword != item.password.isEmpty())
            fuzz::fail("a generated password with a written one, or neither");
        if (item.newUser && !item.newIdentity)
            fuzz::fail("a new user without certificate information");
        if (item.newUser && !plan.createMissingUsers)
            fuzz::fail("a new user without \"create missing users\"");
        if (const auto& i = item.newIdentity) {
            for (const QString& name :
                 {i->familyName, i->givenName, i->familyKana, i->givenKana, i->familyEn, i->givenEn}) {
                if (name.isEmpty() || UserWorkflows::hasControlCharacters(name))
                    fuzz::fail("new certificate information that is blank or holds a control character");
            }
        }
    }
}

} // namespace

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
    const QString passwordColumnName = passwordColumn(bytes);
    for (bool createMissingUsers : {false, true}) {
        const auto plan = BulkIssueValidator::validate(fuzz::fixtureContext(), bytes,
                                                       BulkIssueForm::fileName(), createMissingUsers);
        if (!plan)
            fuzz::fail("the validation failed on a readable database");
        checkPlan(plan.value(), passwordColumnName);
    }
    return 0;
}
