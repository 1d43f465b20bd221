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
    QString order;
    switch (sort) {
    case UserSort::LoginId:
        // Login IDs are unique, so adding search_text changes nothing in the order — but only the index
        // (login_id, search_text) can deliver it, and that index also answers the search filter.
        order = descending ? QStringLiteral("u.login_id DESC, u.search_text DESC")
                           : QStringLiteral("u.login_id, u.search_text");
        break;
    case UserSort::DisplayName:
        order = QStringLiteral("u.sort_name");
        break; // reading order (furigana)
    case UserSort::Department:
        order = QStringLiteral("u.department");
        break;
    case UserSort::Issued:
        order = QStringLiteral(
            "(SELECT COUNT(*) FROM certificates c WHERE c.user_id = u.id AND c.status <> 'revoked')");
        break;
    case UserSort::InUse:
        order = QStringLiteral(
            "(SELECT COUNT(*) FROM certificates c WHERE c.user_id = u.id AND c.status = 'in-use')");
        break;
    }
    if (sort != UserSort::LoginId) // the other keys repeat: login ID breaks ties
        order += (descending ? QStringLiteral(" DESC") : QString()) + QStringLiteral(", u.login_id");
    order = QStringLiteral(" ORDER BY ") + order;
    if (query.limit > 0) {
        // Two steps: the page's ids first — filter, order and limit over an index that holds login ID and
        // search text (users_login_search), without reading table rows — then only those rows with their
        // counts. 100,000 users: a search that matches nothing, 150-250 ms -> see bench/README.md.
        QVariantList pageBinds;
        sql += QStringLiteral(" WHERE u.id IN (") + UserStore(m_db).pageIdsSql(query, order, pageBinds) +
               QStringLiteral(")");
        binds += pageBinds;
    } else {
        sql += where;
        binds += filterBinds;
    }
    sql += order;
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
