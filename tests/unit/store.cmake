certdesk_add_db_test(tst_Store SOURCES unit/tst_Store.cpp LABELS store)
certdesk_add_db_test(tst_ChangeFeed SOURCES unit/tst_ChangeFeed.cpp LABELS store)
certdesk_add_db_test(tst_SearchIndex SOURCES unit/tst_SearchIndex.cpp LABELS store)
