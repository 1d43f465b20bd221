#include "bulk/BulkIssueForm.h"
#include "bulk/BulkIssuePlan.h"
#include "bulk/CsvCells.h"
#include "csv/CsvReader.h"
#include "store/CertificateStore.h"
#include "store/Settings.h"
#include "store/UserStore.h"
#include "text/NameRules.h"
#include "workflows/LicenceLimit.h"

#include <QHash>

namespace certdesk {

int BulkIssuePlan::newUserCount() const
{
    return int(std::count_if(items.begin(), items.end(),
                             [](const BulkIssueItem& i) { return i.newUser.has_value(); }));
}

int BulkIssuePlan::newIdentityCount() const
{
    return int(std::count_if(items.begin(), items.end(),
                             [](const BulkIssueItem& i) { return i.newIdentity.has_value(); }));
}

QString BulkIssueValidator::filePasswordError(const QString& password)
{
    if (password.size() < 6 || password.size() > 32)
        return tr("The key password must have 6 to 32 characters (it has %1).").arg(password.size());
    for (QChar c : password) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F)
            return tr(
                "The key password may only contain half-width letters, digits and symbols, without spaces.");
    }
    return {};
}

namespace {

class RowChecker
{
    Q_DECLARE_TR_FUNCTIONS(BulkIssueValidator)
public:
    RowChecker(WorkflowContext& ctx, const FormLayout& layout, BulkIssuePlan& plan)
        : m_ctx(ctx), m_layout(layout), m_plan(plan),
          m_maxSlots(Settings(ctx.db()).intValue(SettingKey::MaxCertsPerUser))
    {
    }

    Status check(int line, const QStringList& row);

private:
    void problem(FormColumn c, const QString& message)
    {
        QString value = m_layout.value(*m_row, c);
        if (c == FormColumn::Password) // never echo a key password into logs or screens
            value = QString(value.size(), QLatin1Char('*'));
        m_plan.problems.append({m_line, m_layout.columnName(c), value, message});
    }
    void rowProblem(const QString& message)
    {
        m_plan.problems.append({m_line, QString(), QString(), message});
    }
    // Trimmed, without the formula guard CertDesk writes (CsvReader::unguarded).
    QString cell(FormColumn c) const { return CsvReader::unguarded(m_layout.value(*m_row, c).trimmed()); }
    std::optional<bool> mark(FormColumn c)
    {
        const auto m = CsvCells::mark(m_layout.value(*m_row, c));
        if (!m)
            problem(c, CsvCells::notAMarkMessage());
        return m;
    }
    void checkIdentity(BulkIssueItem& item, const std::optional<IdentityRecord>& registered);

    WorkflowContext& m_ctx;
    const FormLayout& m_layout;
    BulkIssuePlan& m_plan;
    int m_maxSlots;
    int m_line = 0;
    const QStringList* m_row = nullptr;
    QHash<QString, int> m_seen; // login ID -> first line
};

const QList<QPair<FormColumn, const char*>>& identityColumns()
{
    static const QList<QPair<FormColumn, const char*>> list = {
        {FormColumn::Family, "family_name"},     {FormColumn::Given, "given_name"},
        {FormColumn::FamilyKana, "family_kana"}, {FormColumn::GivenKana, "given_kana"},
        {FormColumn::FamilyEn, "family_en"},     {FormColumn::GivenEn, "given_en"},
    };
    return list;
}

void RowChecker::checkIdentity(BulkIssueItem& item, const std::optional<IdentityRecord>& registered)
{
    if (registered) {
        const QStringList have = {registered->familyName, registered->givenName, registered->familyKana,
                                  registered->givenKana,  registered->familyEn,  registered->givenEn};
        for (int k = 0; k < identityColumns().size(); ++k) {
            const FormColumn c = identityColumns().at(k).first;
            QString v = cell(c);
            if (v.isEmpty())
                continue; // blank: the registered value
            const bool kana = c == FormColumn::FamilyKana || c == FormColumn::GivenKana;
            const bool english = c == FormColumn::FamilyEn || c == FormColumn::GivenEn;
            // Kana on both sides: a registration through the CLI may keep an ASCII space between words.
            const QString registeredValue = kana ? NameRules::normaliseKana(have.at(k)) : have.at(k);
            if (kana)
                v = NameRules::normaliseKana(v);
            const bool same =
                english ? v.compare(registeredValue, Qt::CaseInsensitive) == 0 : v == registeredValue;
            if (!same)
                problem(c, tr("Differs from the registered certificate information (\"%1\"). Registered "
                              "information cannot "
                              "be changed here; leave the cell blank or write it as registered.")
                               .arg(have.at(k)));
        }
        return;
    }
    IdentityInput in;
    in.familyName = cell(FormColumn::Family);
    in.givenName = cell(FormColumn::Given);
    in.familyKana = NameRules::normaliseKana(cell(FormColumn::FamilyKana));
    in.givenKana = NameRules::normaliseKana(cell(FormColumn::GivenKana));
    in.familyEn = cell(FormColumn::FamilyEn);
    in.givenEn = cell(FormColumn::GivenEn);
    const QList<FieldError> errors = IdentityWorkflows::validate(in);
    for (const FieldError& e : errors) {
        for (const auto& [c, field] : identityColumns()) {
            if (e.field == QLatin1String(field))
                problem(c, e.message);
        }
    }
    item.newIdentity = in;
}

Status RowChecker::check(int line, const QStringList& row)
{
    m_line = line;
    m_row = &row;
    const auto issue = mark(FormColumn::Issue);
    if (issue && !*issue) {
        ++m_plan.skippedRows;
        return {};
    }
    for (int i = int(m_layout.header.size()); i < row.size(); ++i) {
        if (!row.at(i).trimmed().isEmpty()) {
            m_plan.problems.append(
                {line, QString(), row.at(i), tr("This row has more cells than the header has columns.")});
            break;
        }
    }
    BulkIssueItem item;
    item.line = line;
    item.loginId = cell(FormColumn::LoginId);
    if (const QString e = UserWorkflows::loginIdError(item.loginId); !e.isEmpty())
        problem(FormColumn::LoginId, e);
    else if (const auto first = m_seen.constFind(item.loginId.toLower()); first != m_seen.constEnd())
        problem(FormColumn::LoginId,
                tr("This login ID is already on line %1. A file may issue one certificate per user.")
                    .arg(*first));
    else
        m_seen.insert(item.loginId.toLower(), line);

    QStringList devices;
    for (FormColumn c : BulkIssueForm::deviceColumns()) {
        if (mark(c).value_or(false))
            devices << BulkIssueForm::deviceId(c);
    }
    if (devices.size() != 1)
        rowProblem(devices.isEmpty() ? tr("Mark one device column (Windows, iOS, Mac or Android).")
                                     : tr("Mark only one device; this row marks %1.").arg(devices.size()));
    else
        item.device = devices.first();

    const auto autoMark = mark(FormColumn::AutoPassword);
    const QString password = m_layout.value(row, FormColumn::Password);
    if (autoMark && *autoMark && !password.isEmpty())
        problem(FormColumn::Password, tr("Either mark %1 or write a key password, not both.")
                                          .arg(m_layout.columnName(FormColumn::AutoPassword)));
    else if (autoMark && !*autoMark && password.isEmpty())
        problem(FormColumn::Password,
                tr("Mark %1 or write a key password.").arg(m_layout.columnName(FormColumn::AutoPassword)));
    else if (!password.isEmpty()) {
        if (const QString e = BulkIssueValidator::filePasswordError(password); !e.isEmpty())
            problem(FormColumn::Password, e);
    }
    item.autoPassword = password.isEmpty();
    item.password = password.toLatin1();

    item.notifyEmail = cell(FormColumn::Email);
    if (const QString e = UserWorkflows::emailError(item.notifyEmail); !e.isEmpty())
        problem(FormColumn::Email, e);
    item.remarks = cell(FormColumn::Remarks);
    if (item.remarks.size() > 256)
        problem(FormColumn::Remarks, tr("Remarks may have at most 256 characters."));

    if (!UserWorkflows::loginIdError(item.loginId).isEmpty())
        return {};
    UserStore users(m_ctx.db());
    auto user = users.findByLogin(item.loginId);
    if (!user)
        return user.error();
    if (!user.value()) {
        if (!m_plan.createMissingUsers) {
            problem(FormColumn::LoginId,
                    tr("No user has this login ID. Add the user first, or choose \"Create missing users\"."));
            return {};
        }
        UserInput u;
        u.loginId = item.loginId;
        u.email = item.notifyEmail;
        u.title = cell(FormColumn::Title);
        u.department = cell(FormColumn::Department);
        u.displayName = (cell(FormColumn::Family) + QLatin1Char(' ') + cell(FormColumn::Given)).trimmed();
        if (u.email.isEmpty())
            problem(FormColumn::Email, tr("A new user needs an e-mail address."));
        if (u.title.size() > 128)
            problem(FormColumn::Title, tr("At most 128 characters."));
        if (u.department.size() > 128)
            problem(FormColumn::Department, tr("At most 128 characters."));
        item.newUser = u;
        checkIdentity(item, std::nullopt);
        m_plan.items << item;
        return {};
    }
    auto identity = users.identity(user.value()->id);
    if (!identity)
        return identity.error();
    checkIdentity(item, identity.value());
    auto occupied = CertificateStore(m_ctx.db()).occupiedSlots(user.value()->id);
    if (!occupied)
        return occupied.error();
    if (occupied->size() >= m_maxSlots)
        problem(FormColumn::LoginId,
                tr("This user already has %1 certificates, the most a user may have. Revoke one first.")
                    .arg(m_maxSlots));
    m_plan.items << item;
    return {};
}

} // namespace

Result<BulkIssuePlan> BulkIssueValidator::validate(WorkflowContext& ctx, const QByteArray& bytes,
                                                   const QString& fileName, bool createMissingUsers)
{
    if (auto s =
            ctx.require(Permission::ManageUsers, QStringLiteral("bulk issue validate file=%1").arg(fileName));
        !s)
        return s.error();
    BulkIssuePlan plan;
    plan.fileName = fileName;
    plan.createMissingUsers = createMissingUsers;
    auto table = CsvReader::parse(bytes);
    if (!table) {
        plan.problems.append({0, QString(), QString(), table.error().message});
        return plan;
    }
    plan.encoding = table->encoding;
    if (table->rows.isEmpty()) {
        plan.problems.append({0, QString(), QString(), tr("The file is empty.")});
        return plan;
    }
    const FormLayout layout = BulkIssueForm::readHeader(table->rows.first(), &plan.problems);
    if (!plan.problems.isEmpty())
        return plan;
    RowChecker checker(ctx, layout, plan);
    for (qsizetype r = 1; r < table->rows.size(); ++r) {
        const QStringList& row = table->rows.at(r);
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue; // empty line
        if (auto s = checker.check(table->lineNumbers.at(r), row); !s)
            return s.error();
    }
    if (plan.items.isEmpty() && plan.problems.isEmpty())
        plan.problems.append({0, layout.columnName(FormColumn::Issue), QString(),
                              tr("No row is marked in %1; there is nothing to issue.")
                                  .arg(layout.columnName(FormColumn::Issue))});
    plan.items.erase(std::remove_if(plan.items.begin(), plan.items.end(),
                                    [](const BulkIssueItem& i) { return i.device.isEmpty(); }),
                     plan.items.end());
    if (plan.problems.isEmpty() && !plan.items.isEmpty()) {
        // The contracted number: a file that would pass it is rejected whole, before anything is issued.
        auto licence = LicenceLimit::counts(ctx.db(), ctx.now());
        if (!licence)
            return licence.error();
        if (const QString why = LicenceLimit::refusal(licence.value(), plan.items.size()); !why.isEmpty())
            plan.problems.append({0, QString(), QString(), why});
    }
    if (!plan.problems.isEmpty())
        plan.items.clear();
    return plan;
}

} // namespace certdesk
