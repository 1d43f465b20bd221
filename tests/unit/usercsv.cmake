# User import/export CSV (core/bulk/UserCsv), on SQLite and PostgreSQL.
certdesk_add_db_test(tst_UserCsv SOURCES unit/tst_UserCsv.cpp LABELS workflow)
