#pragma once
// One row per user with certificate counts, for the users table and the user-selection screen.
// Filtering, sorting and paging happen in SQL so that 100,000 users stay responsive.
#include "store/UserStore.h"

namespace certdesk {

struct UserSummary
{
    qint64 id = 0;
    QString loginId;
    QString displayName;
    QString email;
    QString department;
    QString title;
    bool certAuth = false;
    int issued = 0;         // certificates not revoked (証明書発行枚数)
    int inUse = 0;          // downloaded and in use (運用中枚数)
    bool attention = false; // a certificate whose download deadline or validity has passed
};

enum class UserSort { LoginId, DisplayName, Department, Issued, InUse };

class UserSummaryStore
{
public:
    explicit UserSummaryStore(Database& db) : m_db(db) {}
    Result<QList<UserSummary>> list(const UserQuery& query, UserSort sort, bool descending,
                                    const QDateTime& nowUtc);

private:
    Database& m_db;
};

} // namespace certdesk
