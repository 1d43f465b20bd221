# Issue 17 §7 on the desktop: the settings field and the dashboard counts (ui/settings, ui/shell/DashboardStrip).
certdesk_add_gui_test(tst_LicenceCounts SOURCES ui/tst_LicenceCounts.cpp)
