# tests
certdesk_add_test(tst_CsvReader SOURCES unit/tst_CsvReader.cpp LABELS unit)
