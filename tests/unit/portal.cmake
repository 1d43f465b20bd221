# CRL publishing and the download portal's rules, on SQLite and PostgreSQL.
certdesk_add_db_test(tst_CrlPublisher SOURCES unit/tst_CrlPublisher.cpp LABELS workflow)
# Issue 13: the publish folder and command are local configuration (item 1); a CRL per CA (item 8).
certdesk_add_db_test(tst_CrlPublishTarget SOURCES unit/tst_CrlPublishTarget.cpp LABELS workflow)
certdesk_add_db_test(tst_CrlPerCa SOURCES unit/tst_CrlPerCa.cpp LABELS workflow)
certdesk_add_db_test(tst_Download SOURCES unit/tst_Download.cpp LABELS workflow)
