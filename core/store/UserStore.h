#pragma once
// SQL access to users, their groups and their certificate information. No business rules here.
#include "store/Database.h"
#include "store/Records.h"
#include <QSet>
#include <utility>

namespace certdesk {

struct UserQuery
{
    QString text;  // substring of login ID, display name, e-mail or kana/English names
    QString group; // exact group name, empty = all
    int offset = 0;
    int limit = 0; // 0 = no limit
};

class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)
public:
    explicit UserStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const UserRecord& user);
    // Batch writes (demo data, imports) inside the caller's transaction, each statement prepared once.
    Result<QList<qint64>> insertBatch(const QList<UserRecord>& users); // ids in list order, groups included
    Status insertIdentityBatch(const QList<std::pair<qint64, IdentityRecord>>& identities);
    Result<QSet<QString>> allLoginIds();
    Status update(const UserRecord& user); // e-mail, names, department, title, groups, language
    Status remove(qint64 userId);
    Result<std::optional<UserRecord>> findByLogin(const QString& loginId, bool lockRow = false);
    Result<std::optional<UserRecord>> findById(qint64 userId);
    Result<QList<UserRecord>> list(const UserQuery& query);
    Result<qint64> count(const UserQuery& query);
    Result<QStringList> groups(); // every group name in use, sorted
    Status setCertAuth(qint64 userId, bool on, const QDateTime& nowUtc);

    Result<std::optional<IdentityRecord>> identity(qint64 userId);
    Status insertIdentity(qint64 userId, const IdentityRecord& identity);
    Status removeIdentity(qint64 userId);

    // " WHERE ..." for the users table aliased "u" (empty when the query filters nothing).
    QString whereClause(const UserQuery& query, QVariantList& binds) const;
    // The ids of one page (query.limit rows from query.offset), `order` being " ORDER BY ..." over "u".
    QString pageIdsSql(const UserQuery& query, const QString& order, QVariantList& binds) const;

private:
    Status writeGroups(qint64 userId, const QStringList& groups);
    Result<QList<UserRecord>> loadGroups(QList<UserRecord> users);
    Database& m_db;
};

} // namespace certdesk
