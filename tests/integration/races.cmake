# Issue 15 §4: races under real concurrency (certdesk-cli and certdesk-portal processes, threads with their
# own connections) on the test PostgreSQL, and on a SQLite file with fewer rounds.
certdesk_add_db_test(tst_Races SOURCES integration/tst_Races.cpp LABELS integration races LIBS certdesk_clirunner)
add_dependencies(tst_Races certdesk-cli certdesk-portal)
