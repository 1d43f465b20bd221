#include "bulk/BulkIssueForm.h"
#include "bulk/CsvCells.h"
#include "csv/CsvWriter.h"

#include <QHash>

namespace certdesk {
namespace {

struct ColumnSpec
{
    FormColumn column;
    const char* japanese;
    QList<const char*> aliases; // English; compared through CsvCells::headerKey
    const char* device;
    bool required;
};

const QList<ColumnSpec>& specs()
{
    static const QList<ColumnSpec> list = {
        {FormColumn::Issue, "発行する", {"issue"}, nullptr, true},
        {FormColumn::LoginId, "ログインID", {"login id", "login"}, nullptr, true},
        {FormColumn::Email,
         "メールアドレス",
         {"e-mail", "email", "mail address", "e-mail address", "email address"},
         nullptr,
         false},
        {FormColumn::Title, "役職", {"title", "job title"}, nullptr, false},
        {FormColumn::Department, "部署", {"department"}, nullptr, false},
        {FormColumn::Family, "氏名(姓)", {"family name", "last name", "surname"}, nullptr, false},
        {FormColumn::Given, "氏名(名)", {"given name", "first name"}, nullptr, false},
        {FormColumn::FamilyKana,
         "フリガナ(姓)",
         {"family name (kana)", "furigana (family name)", "family kana"},
         nullptr,
         false},
        {FormColumn::GivenKana,
         "フリガナ(名)",
         {"given name (kana)", "furigana (given name)", "given kana"},
         nullptr,
         false},
        {FormColumn::FamilyEn,
         "氏名(姓)英語表記",
         {"family name (english)", "family name in english", "family name en"},
         nullptr,
         false},
        {FormColumn::GivenEn,
         "氏名(名)英語表記",
         {"given name (english)", "given name in english", "given name en"},
         nullptr,
         false},
        {FormColumn::Windows, "Windows", {}, "windows", true},
        {FormColumn::IosApp, "iOS(アプリ/ブラウザ)", {"ios (app/browser)", "ios app"}, "ios-app", true},
        {FormColumn::IosBrowser,
         "iOS(専用ブラウザ)",
         {"ios (dedicated browser)", "ios browser"},
         "ios-browser",
         true},
        {FormColumn::Mac, "Mac", {}, "mac", true},
        {FormColumn::Android, "Android", {}, "android", true},
        {FormColumn::AutoPassword,
         "秘密の鍵の自動生成",
         {"auto key password", "auto password", "generate key password"},
         nullptr,
         true},
        {FormColumn::Password, "秘密の鍵", {"key password", "password"}, nullptr, true},
        {FormColumn::Remarks, "備考", {"remarks", "notes", "note"}, nullptr, false},
    };
    return list;
}

const QHash<QString, FormColumn>& keys()
{
    static const QHash<QString, FormColumn> map = [] {
        QHash<QString, FormColumn> m;
        for (const ColumnSpec& s : specs()) {
            m.insert(CsvCells::headerKey(QString::fromUtf8(s.japanese)), s.column);
            for (const char* a : s.aliases)
                m.insert(CsvCells::headerKey(QString::fromUtf8(a)), s.column);
        }
        return m;
    }();
    return map;
}

const ColumnSpec& spec(FormColumn c)
{
    return specs().at(int(c));
}

} // namespace

QString FormLayout::columnName(FormColumn c) const
{
    const int i = cell(c);
    return i >= 0 ? header.value(i) : BulkIssueForm::japaneseName(c);
}

QString FormLayout::value(const QStringList& row, FormColumn c) const
{
    const int i = cell(c);
    return i >= 0 ? row.value(i) : QString();
}

QString BulkIssueForm::japaneseName(FormColumn c)
{
    return QString::fromUtf8(spec(c).japanese);
}

QString BulkIssueForm::deviceId(FormColumn c)
{
    const char* d = spec(c).device;
    return d ? QString::fromLatin1(d) : QString();
}

QList<FormColumn> BulkIssueForm::deviceColumns()
{
    return {FormColumn::Windows, FormColumn::IosApp, FormColumn::IosBrowser, FormColumn::Mac,
            FormColumn::Android};
}

FormLayout BulkIssueForm::readHeader(const QStringList& header, CsvProblems* problems)
{
    FormLayout layout;
    layout.index.fill(-1);
    layout.header = header;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = CsvCells::headerKey(header.at(i));
        if (key.isEmpty() && i == header.size() - 1)
            continue; // Excel's trailing comma
        const auto it = keys().constFind(key);
        if (it == keys().constEnd()) {
            problems->append({1, header.at(i), header.at(i),
                              tr("Unknown column. Use the header of %1 (Japanese or English column names).")
                                  .arg(fileName())});
            continue;
        }
        if (layout.index[size_t(*it)] >= 0) {
            problems->append({1, header.at(i), header.at(i), tr("This column appears twice.")});
            continue;
        }
        layout.index[size_t(*it)] = i;
    }
    for (const ColumnSpec& s : specs()) {
        if (s.required && layout.cell(s.column) < 0)
            problems->append({1, japaneseName(s.column), QString(), tr("The column is missing.")});
    }
    return layout;
}

Status BulkIssueForm::writeTemplate(Database& db, QIODevice& out)
{
    auto write = [&out](const QStringList& cells) { return out.write(CsvWriter::row(cells)) >= 0; };
    QStringList header;
    for (const ColumnSpec& s : specs())
        header << QString::fromUtf8(s.japanese);
    if (out.write(CsvWriter::kBom) < 0 || !write(header))
        return makeError(ErrorCode::Io, tr("Could not write the template: %1").arg(out.errorString()));
    // Pages by login ID so that 100,000 users never sit in memory at once.
    QString after;
    for (;;) {
        auto q = db.exec(
            QStringLiteral("SELECT u.login_id, u.email, u.title, u.department, i.family_name, i.given_name,"
                           " i.family_kana, i.given_kana, i.family_en, i.given_en FROM users u"
                           " LEFT JOIN identities i ON i.user_id = u.id WHERE u.login_id > ?"
                           " ORDER BY u.login_id LIMIT 1000"),
            {after});
        if (!q)
            return q.error();
        int n = 0;
        while (q->next()) {
            ++n;
            after = q->value(0).toString();
            QStringList row(kFormColumnCount);
            row[int(FormColumn::LoginId)] = after;
            row[int(FormColumn::Email)] = q->value(1).toString();
            row[int(FormColumn::Title)] = q->value(2).toString();
            row[int(FormColumn::Department)] = q->value(3).toString();
            for (int k = 0; k < 6; ++k)
                row[int(FormColumn::Family) + k] = q->value(4 + k).toString();
            if (!write(row))
                return makeError(ErrorCode::Io,
                                 tr("Could not write the template: %1").arg(out.errorString()));
        }
        if (n < 1000)
            return {};
    }
}

} // namespace certdesk
