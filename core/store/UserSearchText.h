#pragma once
// users.search_text: one lower-cased text per user (login ID, name, e-mail, and the certificate
// information in kanji, katakana and English) so that a search is a single LIKE over one column,
// fast enough for 100,000 users on SQLite and PostgreSQL alike. The store refreshes it on every
// write of a user or of its certificate information.
#include "store/Database.h"

namespace certdesk::UserSearchText {

// The expression, in SQL, for the users row aliased "users" (shared by the migration's backfill).
QString expression();
// users.sort_name: the furigana when the certificate information is registered (so names sort in
// reading order, アベ < ウエダ < ナカヤマ, not by the kanji's code points), else the display name.
QString sortNameExpression();
// Refreshes search_text and sort_name of these users (or, while a DeferredRefresh of the calling thread
// is open on `db`, notes them for its flush()).
Status refresh(Database& db, const QList<qint64>& userIds);

// While one exists, the calling thread's refresh()es on `db` only note the users; flush() refreshes each
// of them once (a new user with certificate information in one bulk row: once, not twice), before the
// caller's transaction commits. Destroyed unflushed, nothing is refreshed (the caller rolls back).
class DeferredRefresh
{
public:
    explicit DeferredRefresh(Database& db);
    ~DeferredRefresh();
    DeferredRefresh(const DeferredRefresh&) = delete;
    DeferredRefresh& operator=(const DeferredRefresh&) = delete;
    Status flush();

private:
    friend Status refresh(Database& db, const QList<qint64>& userIds);
    Database& m_db;
    QList<qint64> m_userIds;
    DeferredRefresh* m_outer;
};
// "%text%" for LIKE ... ESCAPE '!', ASCII letters lower-cased like SQL lower() does.
QString likePattern(const QString& text);

} // namespace certdesk::UserSearchText
