# The lost device end to end: certdesk-cli + certdesk-portal + a real nginx (tests/support/NginxFront) + curl.
# scripts/test starts the nginx master (CERTDESK_TEST_NGINX_*, CERTDESK_REQUIRE_NGINX=1); without it the
# test starts a private one, and skips when nginx or curl is missing. On SQLite and on PostgreSQL.
certdesk_add_db_test(tst_LostDevice SOURCES integration/tst_LostDevice.cpp LABELS integration nginx
  LIBS certdesk_clirunner)
add_dependencies(tst_LostDevice certdesk-cli certdesk-portal)
