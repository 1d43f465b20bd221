certdesk_add_gui_test(tst_FirstFlow SOURCES ui/tst_FirstFlow.cpp)
target_link_libraries(tst_FirstFlow PRIVATE certdesk_mainwindow)
# Operators on the desktop: sign-in, lockout, forced password change, what each role sees, idle lock,
# change password / sign out, Settings → Operators.
certdesk_add_gui_test(tst_SignIn SOURCES ui/tst_SignIn.cpp)
target_link_libraries(tst_SignIn PRIVATE certdesk_mainwindow)
# Live views (issue 15 §1): two desktops on one database (SQLite and PostgreSQL), a real certdesk-cli
# revocation while a window is open.
certdesk_add_gui_test(tst_LiveViews SOURCES ui/tst_LiveViews.cpp LABELS cli sqlite)
target_link_libraries(tst_LiveViews PRIVATE certdesk_mainwindow certdesk_clirunner)
add_dependencies(tst_LiveViews certdesk-cli)
set_property(TEST tst_LiveViews APPEND PROPERTY ENVIRONMENT CERTDESK_TEST_BACKEND=sqlite)
add_test(NAME tst_LiveViews_postgres COMMAND tst_LiveViews)
set_tests_properties(tst_LiveViews_postgres PROPERTIES LABELS "gui;cli;postgres"
  ENVIRONMENT "CERTDESK_BIN_DIR=${CMAKE_BINARY_DIR}/app;CERTDESK_SOURCE_DIR=${CMAKE_SOURCE_DIR};CERTDESK_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data;QT_QPA_PLATFORM=offscreen;CERTDESK_TEST_BACKEND=postgres")
# Issue 17 §2–3: the main window within a 1366×768 screen (two offscreen screens), the slot table without a
# horizontal scrollbar there, yyyy/MM/dd HH:mm in both languages, re-layout after a language switch.
certdesk_add_gui_test(tst_ScreenFit SOURCES ui/tst_ScreenFit.cpp ui/UsersTestHelpers.h)
target_link_libraries(tst_ScreenFit PRIVATE certdesk_mainwindow)
