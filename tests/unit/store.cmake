certdesk_add_db_test(tst_Store SOURCES unit/tst_Store.cpp LABELS store)
