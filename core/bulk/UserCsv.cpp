#include "bulk/UserCsv.h"
#include "bulk/CsvCells.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "store/Settings.h"
#include "store/Transaction.h"
#include "store/UserStore.h"
#include "util/Failpoint.h"
#include "workflows/UserWorkflows.h"

#include <QBuffer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>

namespace certdesk {
namespace {

enum class Field { Login, Email, Name, Department, Title, Groups };
constexpr int kFieldCount = 6;

// The column names of the export header, in order (also the Japanese import names).
const std::array<QString, kFieldCount>& japaneseNames()
{
    static const std::array<QString, kFieldCount> names = {
        QStringLiteral("ログインID"), QStringLiteral("メールアドレス"), QStringLiteral("氏名"),
        QStringLiteral("部署"),       QStringLiteral("役職"),           QStringLiteral("グループ"),
    };
    return names;
}

// Header key (CsvCells::headerKey) -> field: the Japanese names and the English aliases.
std::optional<Field> fieldForHeader(const QString& header)
{
    static const QHash<QString, Field> keys = [] {
        QHash<QString, Field> k;
        for (int i = 0; i < kFieldCount; ++i)
            k.insert(CsvCells::headerKey(japaneseNames()[size_t(i)]), Field(i));
        const QList<std::pair<const char*, Field>> aliases = {
            {"login id", Field::Login}, {"login_id", Field::Login},    {"loginid", Field::Login},
            {"email", Field::Email},    {"e-mail", Field::Email},      {"mail", Field::Email},
            {"name", Field::Name},      {"display name", Field::Name}, {"department", Field::Department},
            {"title", Field::Title},    {"groups", Field::Groups},     {"group", Field::Groups},
        };
        for (const auto& [alias, field] : aliases)
            k.insert(CsvCells::headerKey(QString::fromLatin1(alias)), field);
        return k;
    }();
    const auto it = keys.constFind(CsvCells::headerKey(header));
    if (it == keys.constEnd())
        return std::nullopt;
    return it.value();
}

bool isBlankRow(const QStringList& row)
{
    return std::all_of(row.begin(), row.end(), [](const QString& c) { return c.trimmed().isEmpty(); });
}

QStringList splitGroups(const QString& cell)
{
    static const QRegularExpression separators(QStringLiteral("[;\uFF1B]")); // ; and full-width ；
    QStringList out;
    for (const QString& part : cell.split(separators)) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    return out;
}

} // namespace

QStringList UserCsv::exportHeader()
{
    const auto& names = japaneseNames();
    return QStringList(names.begin(), names.end());
}

Result<UserImportPlan> UserCsv::parse(const QByteArray& bytes)
{
    auto table = CsvReader::parse(bytes);
    if (!table)
        return table.error();
    UserImportPlan plan;
    plan.encoding = table->encoding;
    const QList<QStringList>& rows = table->rows;
    const QString columnList = exportHeader().join(QLatin1String(", "));
    if (rows.isEmpty()) {
        plan.problems << CsvProblem{1, {}, {}, tr("The file is empty.")};
        return plan;
    }
    if (isBlankRow(rows.first())) {
        plan.problems << CsvProblem{1, {}, {}, tr("The first line must be the header: %1.").arg(columnList)};
        return plan;
    }

    // Header: which file column holds which field.
    const QStringList& header = rows.first();
    const int headerLine = table->lineNumbers.first();
    std::array<int, kFieldCount> columnOf;
    columnOf.fill(-1);
    QList<int> fieldOfColumn(header.size(), -1); // int(Field), -1 for none
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString& text = header.at(c);
        if (text.trimmed().isEmpty())
            continue; // unnamed column: its cells must be blank (checked per row)
        const auto field = fieldForHeader(text);
        if (!field) {
            plan.problems << CsvProblem{headerLine, text, text,
                                        tr("Unknown column. The columns are: %1.").arg(columnList)};
            continue;
        }
        int& slot = columnOf[size_t(*field)];
        if (slot >= 0) {
            plan.problems << CsvProblem{headerLine, text, text, tr("This column appears twice.")};
            continue;
        }
        slot = int(c);
        fieldOfColumn[c] = int(*field);
    }
    for (Field required : {Field::Login, Field::Email}) {
        if (columnOf[size_t(required)] < 0) {
            const QString name = japaneseNames()[size_t(required)];
            plan.problems << CsvProblem{headerLine, name, {}, tr("The column is missing.")};
        }
    }
    plan.hasName = columnOf[size_t(Field::Name)] >= 0;
    plan.hasDepartment = columnOf[size_t(Field::Department)] >= 0;
    plan.hasTitle = columnOf[size_t(Field::Title)] >= 0;
    plan.hasGroups = columnOf[size_t(Field::Groups)] >= 0;

    // Rows: every cell is checked, every problem is kept.
    // Login ID in lower case -> line where it first appeared: IDs that differ only in case name the same
    // person (UserWorkflows refuses them too).
    QHash<QString, int> firstLineOf;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList& cells = rows.at(r);
        if (isBlankRow(cells))
            continue;
        const int line = table->lineNumbers.at(r);
        UserImportRow row;
        row.line = line;
        // A row shorter than the header has blank cells at the end.
        for (qsizetype c = 0; c < std::max(cells.size(), header.size()); ++c) {
            const QString cell = cells.value(c);
            const QString value = CsvReader::unguarded(cell.trimmed());
            const int fieldIndex = c < fieldOfColumn.size() ? fieldOfColumn.at(c) : -1;
            const QString column = c < header.size() ? header.at(c) : QString();
            const auto problem = [&](const QString& message) {
                plan.problems << CsvProblem{line, column, cell, message};
            };
            if (fieldIndex < 0) {
                // Cells under unknown columns were reported once, on the header.
                if (value.isEmpty() || (c < header.size() && !column.trimmed().isEmpty()))
                    continue;
                problem(c < header.size() ? tr("This column has no name in the header.")
                                          : tr("This row has more cells than the header has columns."));
                continue;
            }
            const Field f = Field(fieldIndex);
            switch (f) {
            case Field::Login:
                row.loginId = value;
                if (const QString e = UserWorkflows::loginIdError(value); !e.isEmpty()) {
                    problem(e);
                } else if (const auto first = firstLineOf.constFind(value.toLower());
                           first != firstLineOf.constEnd()) {
                    problem(tr("This login ID is already on line %1.").arg(first.value()));
                } else {
                    firstLineOf.insert(value.toLower(), line);
                }
                break;
            case Field::Email:
                row.email = value;
                if (value.isEmpty())
                    problem(tr("The e-mail address is required."));
                else if (const QString e = UserWorkflows::emailError(value); !e.isEmpty())
                    problem(e);
                break;
            case Field::Name:
            case Field::Department:
            case Field::Title:
                if (value.size() > kMaxTextLength)
                    problem(tr("At most %1 characters.").arg(kMaxTextLength));
                else if (UserWorkflows::hasControlCharacters(value))
                    problem(tr("Line breaks and other control characters are not allowed in this column."));
                (f == Field::Name         ? row.displayName
                 : f == Field::Department ? row.department
                                          : row.title) = value;
                break;
            case Field::Groups:
                row.groups = splitGroups(value);
                if (UserWorkflows::hasControlCharacters(value)) {
                    problem(tr("Line breaks and other control characters are not allowed in this column."));
                } else {
                    for (const QString& g : std::as_const(row.groups)) {
                        if (g.size() > kMaxTextLength) {
                            problem(tr("The group name \"%1\" is longer than %2 characters.")
                                        .arg(g)
                                        .arg(kMaxTextLength));
                            break;
                        }
                    }
                }
                break;
            }
        }
        plan.rows << row;
    }
    return plan;
}

Result<UserImportSummary> UserCsv::apply(WorkflowContext& ctx, const UserImportPlan& plan,
                                         const QString& fileName, bool dryRun)
{
    if (auto s = ctx.require(Permission::ManageUsers, QStringLiteral("users import file=%1").arg(fileName));
        !s)
        return s.error();
    if (!plan.isValid())
        return makeError(ErrorCode::Invalid, tr("The file has %n problem(s); nothing was imported.", nullptr,
                                                int(plan.problems.size())));
    Database& db = ctx.db();
    UserStore users(db);
    Transaction tx(db);
    if (!dryRun) {
        if (auto s = tx.begin(); !s)
            return s.error();
    }
    auto existing = users.allLoginIds();
    if (!existing)
        return existing.error();
    QHash<QString, QString> existingFolded; // lower case -> as stored
    for (const QString& login : std::as_const(existing.value()))
        existingFolded.insert(login.toLower(), login);
    const bool certAuth = Settings(db).boolValue(SettingKey::DefaultCertAuth);
    const QDateTime now = ctx.now();

    UserImportSummary summary;
    QList<UserRecord> toAdd;
    QList<UserRecord> toUpdate;
    QList<HistoryEntry> history;
    for (const UserImportRow& row : plan.rows) {
        if (const QString stored = existingFolded.value(row.loginId.toLower());
            !stored.isEmpty() && stored != row.loginId)
            return makeError(ErrorCode::Conflict,
                             tr("Line %1: the login ID \"%2\" differs only in case from the existing user "
                                "\"%3\"; nothing was imported.")
                                 .arg(row.line)
                                 .arg(row.loginId, stored));
        if (!existing->contains(row.loginId)) {
            UserRecord u;
            u.loginId = row.loginId;
            u.email = row.email;
            u.displayName = row.displayName.isEmpty() ? row.loginId : row.displayName;
            u.department = row.department;
            u.title = row.title;
            u.groups = row.groups;
            u.certAuth = certAuth;
            u.createdAt = u.updatedAt = now;
            toAdd << u;
            summary.addedLogins << u.loginId;
            HistoryEntry h = ctx.historyEntry(Op::UserAdd);
            h.targetLogin = u.loginId;
            h.notifyEmail = u.email;
            h.details = QStringLiteral("cert_auth=%1").arg(u.certAuth ? 1 : 0);
            history << h;
            continue;
        }
        auto found = users.findByLogin(row.loginId, !dryRun);
        if (!found)
            return found.error();
        if (!found.value())
            return makeError(
                ErrorCode::Conflict,
                tr("The user \"%1\" was deleted during the import; nothing was imported.").arg(row.loginId));
        UserRecord u = *found.value();
        QStringList changed; // field ids for the history row, not translated
        if (u.email != row.email) {
            u.email = row.email;
            changed << QStringLiteral("email");
        }
        if (plan.hasName && !row.displayName.isEmpty() && u.displayName != row.displayName) {
            u.displayName = row.displayName;
            changed << QStringLiteral("name");
        }
        if (plan.hasDepartment && u.department != row.department) {
            u.department = row.department;
            changed << QStringLiteral("department");
        }
        if (plan.hasTitle && u.title != row.title) {
            u.title = row.title;
            changed << QStringLiteral("title");
        }
        if (plan.hasGroups && QSet<QString>(u.groups.begin(), u.groups.end()) !=
                                  QSet<QString>(row.groups.begin(), row.groups.end())) {
            u.groups = row.groups;
            changed << QStringLiteral("groups");
        }
        if (changed.isEmpty()) {
            ++summary.unchanged;
            continue;
        }
        u.updatedAt = now;
        toUpdate << u;
        summary.updatedLogins << u.loginId;
        HistoryEntry h = ctx.historyEntry(Op::UserEdit);
        h.targetLogin = u.loginId;
        h.notifyEmail = u.email;
        h.details = QStringLiteral("changed=%1").arg(changed.join(QLatin1Char(',')));
        history << h;
    }
    summary.added = int(toAdd.size());
    summary.updated = int(toUpdate.size());
    if (dryRun || history.isEmpty())
        return summary; // nothing to write: the transaction (if any) rolls back, no summary row

    if (!toAdd.isEmpty()) {
        if (auto ids = users.insertBatch(toAdd); !ids)
            return ids.error();
    }
    for (const UserRecord& u : std::as_const(toUpdate)) {
        if (auto s = users.update(u); !s)
            return s.error();
    }
    HistoryEntry h = ctx.historyEntry(Op::UserImport);
    h.details =
        QStringLiteral("file=%1 added=%2 updated=%3").arg(fileName).arg(summary.added).arg(summary.updated);
    history << h;
    if (auto s = HistoryLog::appendBatch(db, history); !s)
        return s.error();
    failpoint("user-import-before-commit");
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

Result<qint64> UserCsv::exportCsv(Database& db, QIODevice& out)
{
    constexpr int kPage = 1000;
    const auto write = [&out](const QByteArray& bytes) -> Status {
        if (out.write(bytes) != bytes.size())
            return makeError(ErrorCode::Io, tr("Cannot write the CSV file: %1").arg(out.errorString()));
        return {};
    };
    QByteArray buf("\xEF\xBB\xBF");
    CsvWriter::appendRow(buf, exportHeader());
    UserStore users(db);
    qint64 written = 0;
    for (;;) {
        UserQuery q;
        q.offset = int(written);
        q.limit = kPage;
        auto page = users.list(q);
        if (!page)
            return page.error();
        for (const UserRecord& u : page.value())
            CsvWriter::appendRow(buf, {u.loginId, u.email, u.displayName, u.department, u.title,
                                       u.groups.join(QLatin1Char(';'))});
        written += page->size();
        if (auto s = write(buf); !s)
            return s.error();
        buf.clear();
        if (page->size() < kPage)
            break;
    }
    return written;
}

Result<QByteArray> UserCsv::exportCsv(Database& db)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto rows = exportCsv(db, buffer);
    if (!rows)
        return rows.error();
    buffer.close();
    return bytes;
}

Result<qint64> UserCsv::exportCsv(WorkflowContext& ctx, QIODevice& out)
{
    if (auto s = ctx.require(Permission::ManageUsers, QStringLiteral("users export")); !s)
        return s.error();
    return exportCsv(ctx.db(), out);
}

Status UserCsv::recordExport(WorkflowContext& ctx, qint64 rows, const QString& fileName)
{
    if (auto s = ctx.require(Permission::ManageUsers, QStringLiteral("users export file=%1").arg(fileName));
        !s)
        return s;
    Transaction tx(ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    HistoryEntry h = ctx.historyEntry(Op::Export);
    h.details = QStringLiteral("users rows=%1 file=%2").arg(rows).arg(fileName);
    return ctx.commitWithHistory(tx, h);
}

} // namespace certdesk
