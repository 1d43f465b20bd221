#include "store/UserSearchText.h"

#include <utility>

namespace certdesk::UserSearchText {

QString expression()
{
    return QStringLiteral(
        "lower(users.login_id || ' ' || users.display_name || ' ' || users.email) || COALESCE((SELECT ' ' ||"
        " i.family_name || i.given_name || ' ' || i.family_name || ' ' || i.given_name || ' ' ||"
        " i.family_kana || i.given_kana || ' ' || lower(i.given_en || ' ' || i.family_en || ' ' || "
        "i.family_en ||"
        " ' ' || i.given_en) FROM identities i WHERE i.user_id = users.id), '')");
}

QString sortNameExpression()
{
    return QStringLiteral("COALESCE((SELECT i.family_kana || ' ' || i.given_kana FROM identities i"
                          " WHERE i.user_id = users.id), users.display_name)");
}

namespace {
thread_local DeferredRefresh* t_openRefresh = nullptr;
}

DeferredRefresh::DeferredRefresh(Database& db) : m_db(db), m_outer(t_openRefresh)
{
    t_openRefresh = this;
}

DeferredRefresh::~DeferredRefresh()
{
    t_openRefresh = m_outer;
}

Status DeferredRefresh::flush()
{
    QList<qint64> ids = std::exchange(m_userIds, {});
    DeferredRefresh* const self = t_openRefresh;
    t_openRefresh = m_outer; // the refresh below runs, it is not noted again
    Status s = refresh(m_db, ids);
    t_openRefresh = self;
    return s;
}

Status refresh(Database& db, const QList<qint64>& userIds)
{
    if (t_openRefresh && &t_openRefresh->m_db == &db) {
        for (qint64 id : userIds) {
            if (!t_openRefresh->m_userIds.contains(id))
                t_openRefresh->m_userIds.append(id);
        }
        return {};
    }
    if (userIds.isEmpty())
        return {};
    auto q =
        db.prepare(QStringLiteral("UPDATE users SET search_text = ") + expression() +
                   QStringLiteral(", sort_name = ") + sortNameExpression() + QStringLiteral(" WHERE id = ?"));
    if (!q)
        return q.error();
    for (qint64 id : userIds) {
        if (auto s = db.execPrepared(q.value(), {id}); !s)
            return s;
    }
    return {};
}

QString likePattern(const QString& text)
{
    QString p;
    p.reserve(text.size() + 2);
    p += QLatin1Char('%');
    for (QChar c : text) {
        if (c == QLatin1Char('!') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            p += QLatin1Char('!');
        p += (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ? c.toLower() : c;
    }
    p += QLatin1Char('%');
    return p;
}

} // namespace certdesk::UserSearchText
