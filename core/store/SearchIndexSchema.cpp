#include "store/SearchIndexSchema.h"

namespace certdesk::SearchIndexSchema {

Status createSqlite(Database& db)
{
    // case_sensitive 0 folds more than LIKE does (all of Unicode, not only ASCII): the index then finds a
    // superset of the LIKE's rows, and the LIKE that always follows it keeps exactly those.
    if (!db.execSchema(QStringLiteral("CREATE VIRTUAL TABLE users_fts USING fts5(search_text,"
                                      " content='users', content_rowid='id',"
                                      " tokenize='trigram case_sensitive 0')"))
             .ok()) {
        qInfo("CertDesk: this SQLite has no FTS5 trigram tokenizer; user searches run without an index.");
        return {};
    }
    for (const char* sql : {
             "INSERT INTO users_fts(users_fts) VALUES ('rebuild')",
             "CREATE TRIGGER users_fts_insert AFTER INSERT ON users BEGIN"
             " INSERT INTO users_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
             "CREATE TRIGGER users_fts_delete AFTER DELETE ON users BEGIN"
             " INSERT INTO users_fts(users_fts, rowid, search_text) VALUES ('delete', old.id, "
             "old.search_text);"
             " END",
             "CREATE TRIGGER users_fts_update AFTER UPDATE OF search_text ON users BEGIN"
             " INSERT INTO users_fts(users_fts, rowid, search_text) VALUES ('delete', old.id, "
             "old.search_text);"
             " INSERT INTO users_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
         }) {
        if (auto s = db.execSchema(QString::fromLatin1(sql)); !s)
            return s;
    }
    return {};
}

bool hasUserIndex(Database& db)
{
    if (db.isPostgres())
        return false;
    auto q =
        db.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'users_fts'"));
    if (!q)
        return false;
    const bool exists = q->next();
    q->finish();
    return exists;
}

QString userMatchQuery(const QString& text)
{
    if (text.toUcs4().size() < 3)
        return {};
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace certdesk::SearchIndexSchema
