# Issue 17 §7: the contracted number of certificates (core/workflows/LicenceLimit), on SQLite and PostgreSQL;
# on PostgreSQL also two issuers at the limit on their own connections.
certdesk_add_db_test(tst_LicenceLimit SOURCES unit/tst_LicenceLimit.cpp LABELS workflow)
# The same through certdesk-cli (licence, refused issue / reissue, a bulk file rejected whole) and §8: init
# signs the first CRL, crl --out exports the current one and signs only with --sign.
certdesk_add_db_test(tst_CliLicence SOURCES cli/tst_CliLicence.cpp LABELS cli LIBS certdesk_clirunner)
add_dependencies(tst_CliLicence certdesk-cli)
# §8: --help / --version of every binary without a display.
certdesk_add_test(tst_HeadlessHelp SOURCES cli/tst_HeadlessHelp.cpp LABELS cli)
add_dependencies(tst_HeadlessHelp certdesk certdesk-cli certdesk-portal certdesk-screenshots)
# Issue 16 §4: what the dashboard reads after every change (CRL health, licence counts; PostgreSQL jit off).
certdesk_add_db_test(tst_ClickQueries SOURCES unit/tst_ClickQueries.cpp LABELS store)
