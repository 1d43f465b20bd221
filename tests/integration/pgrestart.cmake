# Surviving a PostgreSQL restart (issue 15 §3): a Database handle, an operation in flight, the portal's OCSP
# (tryLater while the server is down), an offscreen desktop session and certdesk-cli, against the second
# test cluster of scripts/test (CERTDESK_TEST_PG2_URL, CERTDESK_TEST_PG2_CTL stop|start|restart). It stops
# that server, so it holds RESOURCE_LOCK certdesk_pg2 (every test on that cluster does); skips without it,
# fails when CERTDESK_REQUIRE_PG2=1.
certdesk_add_test(tst_PgRestart SOURCES integration/tst_PgRestart.cpp LABELS integration postgres
  LIBS certdesk_guitestsupport certdesk_mainwindow certdesk_translations)
set_tests_properties(tst_PgRestart PROPERTIES RESOURCE_LOCK certdesk_pg2)
add_dependencies(tst_PgRestart certdesk-cli certdesk-portal)
# The statement cache across a restart of the second cluster (issue 16 §2).
certdesk_add_test(tst_PgStatementCache SOURCES integration/tst_PgStatementCache.cpp LABELS integration postgres)
set_tests_properties(tst_PgStatementCache PROPERTIES RESOURCE_LOCK certdesk_pg2)
