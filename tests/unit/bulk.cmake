# Bulk issuance from certificateform.csv (core/bulk, fixtures in tests/data/bulk), on SQLite and PostgreSQL.
certdesk_add_db_test(tst_BulkIssue SOURCES unit/tst_BulkIssue.cpp LABELS workflow)
# The same through certdesk-cli (bulk-template, bulk-issue, bulk-jobs, a SIGKILL in the middle of a job).
# certdesk_clirunner comes from integration/integration.cmake; names are resolved at generate time.
certdesk_add_db_test(tst_CliBulk SOURCES cli/tst_CliBulk.cpp LABELS cli LIBS certdesk_clirunner)
add_dependencies(tst_CliBulk certdesk-cli)
# Bulk revocation from a CSV file and ZIP export (core/bulk/BulkRevoke, ZipExport; fixtures in tests/data/revoke).
certdesk_add_db_test(tst_BulkRevoke SOURCES unit/tst_BulkRevoke.cpp LABELS workflow)
# The same through certdesk-cli (bulk-revoke, export-zip).
certdesk_add_db_test(tst_CliBulkRevoke SOURCES cli/tst_CliBulkRevoke.cpp LABELS cli LIBS certdesk_clirunner)
add_dependencies(tst_CliBulkRevoke certdesk-cli)
