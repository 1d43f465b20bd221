# CLI suites run the real certdesk-cli binary.
add_library(certdesk_clirunner STATIC ${CMAKE_CURRENT_SOURCE_DIR}/cli/CliRunner.h ${CMAKE_CURRENT_SOURCE_DIR}/cli/CliRunner.cpp)
target_include_directories(certdesk_clirunner PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/cli)
target_link_libraries(certdesk_clirunner PUBLIC certdesk_testsupport)
certdesk_add_db_test(tst_Cli SOURCES cli/tst_Cli.cpp LABELS cli LIBS certdesk_clirunner)
certdesk_add_db_test(tst_CliCrash SOURCES cli/tst_CliCrash.cpp LABELS cli LIBS certdesk_clirunner)
certdesk_add_db_test(tst_CliOperators SOURCES cli/tst_CliOperators.cpp LABELS cli LIBS certdesk_clirunner)
certdesk_add_test(tst_ReadmeWalkthrough SOURCES cli/tst_ReadmeWalkthrough.cpp LABELS cli LIBS certdesk_clirunner)
foreach(t tst_Cli tst_CliCrash tst_CliOperators tst_ReadmeWalkthrough)
  add_dependencies(${t} certdesk-cli)
endforeach()
# history verify / history anchor: signed checkpoints and the external anchor file.
certdesk_add_db_test(tst_CliHistoryAnchor SOURCES cli/tst_CliHistoryAnchor.cpp LABELS cli LIBS certdesk_clirunner)
add_dependencies(tst_CliHistoryAnchor certdesk-cli)
certdesk_add_test(tst_CliKeychain SOURCES integration/tst_CliKeychain.cpp LABELS integration cli LIBS certdesk_clirunner)
add_dependencies(tst_CliKeychain certdesk-cli)
certdesk_add_db_test(tst_CliUserCsv SOURCES cli/tst_CliUserCsv.cpp LABELS cli LIBS certdesk_clirunner)
add_dependencies(tst_CliUserCsv certdesk-cli)
certdesk_add_db_test(tst_CliMail SOURCES integration/tst_CliMail.cpp LABELS cli integration smtp LIBS certdesk_clirunner)
add_dependencies(tst_CliMail certdesk-cli)
# Operators' roles enforced by PostgreSQL itself (psql as each role), the lockout, the SQLite file mode.
certdesk_add_db_test(tst_PgRoles SOURCES integration/tst_PgRoles.cpp LABELS integration)
# "Ask an administrator" names them: the administrators every role may see (migration 22 on PostgreSQL).
certdesk_add_db_test(tst_AdministratorContacts SOURCES integration/tst_AdministratorContacts.cpp LABELS integration)
# The certificates per status kept by triggers (migration 24), as the dashboard reads them after every change.
certdesk_add_db_test(tst_CertificateTotals SOURCES integration/tst_CertificateTotals.cpp LABELS integration)
