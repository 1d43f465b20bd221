#pragma once
// Migration 20 (issue 16 §3): substring search on SQLite through an FTS5 index with the trigram tokenizer
// (SQLite >= 3.34 built with FTS5: Debian's and Qt's bundled SQLite are). users_fts is an external-content
// index over users.search_text (no second copy of the text), kept in step by triggers. A search of three
// or more characters takes its candidates from it and re-checks them with the same LIKE as before, so
// the rows are exactly those of the LIKE; shorter searches, and databases whose SQLite lacks FTS5, use
// the LIKE alone. PostgreSQL has its trigram GIN indexes (migration 19).
#include "store/Database.h"

namespace certdesk::SearchIndexSchema {

// Creates users_fts, fills it from users and adds its triggers; without FTS5 or its trigram tokenizer
// it creates nothing and succeeds (searches stay correct, unindexed). SQLite only.
Status createSqlite(Database& db);
// Whether users_fts exists (SQLite); false on PostgreSQL.
bool hasUserIndex(Database& db);
// The FTS5 query for `text`: one phrase, i.e. the text as a substring. Empty when the text is shorter
// than a trigram (three code points).
QString userMatchQuery(const QString& text);

} // namespace certdesk::SearchIndexSchema
