# TLS to the database: the URL's libpq TLS parameters (unit), and connections to the second test cluster
# (ssl=on, throw-away CA; scripts/test exports CERTDESK_TEST_PG2_URL / CERTDESK_TEST_PG2_ROOTCERT) from
# the store and from the first-run wizard (offscreen).
certdesk_add_test(tst_DatabaseUrl SOURCES unit/tst_DatabaseUrl.cpp LABELS unit store)
certdesk_add_test(tst_DatabaseTls SOURCES integration/tst_DatabaseTls.cpp LABELS integration postgres gui
  LIBS certdesk_guitestsupport certdesk_translations)
set_tests_properties(tst_DatabaseTls PROPERTIES RESOURCE_LOCK certdesk_pg2)
