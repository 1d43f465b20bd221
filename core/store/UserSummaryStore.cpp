#include "store/UserSummaryStore.h"

namespace certdesk {

Result<QList<UserSummary>> UserSummaryStore::list(const UserQuery& query, UserSort sort, bool descending,
                                                  const QDateTime& nowUtc)
{
    QVariantList binds;
    const qint64 now = nowUtc.toSecsSinceEpoch();
    binds << now << now;
    QString sql = QStringLiteral(
        "SELECT u.id, u.login_id, u.display_name, u.email, u.department, u.title, u.cert_auth,"
        " (SELECT COUNT(*) FROM certificates c WHERE c.user_id = u.id AND c.status <> 'revoked') AS issued,"
        " (SELECT COUNT(*) FROM certificates c WHERE c.user_id = u.id AND c.status = 'in-use') AS in_use,"
        " (SELECT COUNT(*) FROM certificates c WHERE c.user_id = u.id AND c.status <> 'revoked'"
        "   AND (c.not_after < ? OR (c.status = 'awaiting' AND c.download_deadline < ?))) AS attention"
        " FROM users u");
    // Reuse UserStore's filter so search behaves the same everywhere.
    UserQuery filterOnly = query;
    filterOnly.limit = 0;
    QVariantList filterBinds;
    const QString where = UserStore(m_db).whereClause(filterOnly, filterBinds);
    sql += where;
    binds += filterBinds;
    QString order;
    switch (sort) {
    case UserSort::LoginId: order = QStringLiteral("u.login_id"); break;
    case UserSort::DisplayName: order = QStringLiteral("u.display_name"); break;
    case UserSort::Department: order = QStringLiteral("u.department"); break;
    case UserSort::Issued: order = QStringLiteral("issued"); break;
    case UserSort::InUse: order = QStringLiteral("in_use"); break;
    }
    sql += QStringLiteral(" ORDER BY ") + order + (descending ? QStringLiteral(" DESC") : QString()) +
           QStringLiteral(", u.login_id");
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << query.limit << query.offset;
    }
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<UserSummary> out;
    while (q->next()) {
        UserSummary s;
        s.id = q->value(0).toLongLong();
        s.loginId = q->value(1).toString();
        s.displayName = q->value(2).toString();
        s.email = q->value(3).toString();
        s.department = q->value(4).toString();
        s.title = q->value(5).toString();
        s.certAuth = q->value(6).toInt() != 0;
        s.issued = q->value(7).toInt();
        s.inUse = q->value(8).toInt();
        s.attention = q->value(9).toInt() > 0;
        out << s;
    }
    return out;
}

} // namespace certdesk
