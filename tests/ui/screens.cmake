# Offscreen suites of the selection, history, CA, settings and first-run screens.
certdesk_add_gui_test(tst_SelectionPage SOURCES ui/tst_SelectionPage.cpp)
certdesk_add_gui_test(tst_HistoryPage SOURCES ui/tst_HistoryPage.cpp)
certdesk_add_gui_test(tst_HistoryVerify SOURCES ui/tst_HistoryVerify.cpp)
certdesk_add_gui_test(tst_CaPage SOURCES ui/tst_CaPage.cpp)
certdesk_add_gui_test(tst_SettingsPage SOURCES ui/tst_SettingsPage.cpp)
certdesk_add_gui_test(tst_FirstRunWizard SOURCES ui/tst_FirstRunWizard.cpp)
