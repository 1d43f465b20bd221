certdesk_add_db_test(tst_Store SOURCES unit/tst_Store.cpp LABELS store)
certdesk_add_db_test(tst_ChangeFeed SOURCES unit/tst_ChangeFeed.cpp LABELS store)
certdesk_add_db_test(tst_SearchIndex SOURCES unit/tst_SearchIndex.cpp LABELS store)
certdesk_add_db_test(tst_HistoryExport SOURCES unit/tst_HistoryExport.cpp LABELS store)
# The per-connection statement cache of Database (issue 16 §2): reuse, schema changes, SQLite snapshots.
certdesk_add_db_test(tst_StatementCache SOURCES unit/tst_StatementCache.cpp LABELS store)
