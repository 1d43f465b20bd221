# CRL publishing and the download portal's rules, on SQLite and PostgreSQL.
certdesk_add_db_test(tst_CrlPublisher SOURCES unit/tst_CrlPublisher.cpp LABELS workflow)
certdesk_add_db_test(tst_Download SOURCES unit/tst_Download.cpp LABELS workflow)
