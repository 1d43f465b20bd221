# Users & certificates screen and its dialogs (ui/users). One suite per dialog.
certdesk_add_gui_test(tst_UsersPage SOURCES ui/tst_UsersPage.cpp ui/UsersTestHelpers.h)
certdesk_add_gui_test(tst_IdentityDialog SOURCES ui/tst_IdentityDialog.cpp ui/UsersTestHelpers.h)
certdesk_add_gui_test(tst_IssueDialog SOURCES ui/tst_IssueDialog.cpp ui/UsersTestHelpers.h)
target_link_libraries(tst_IssueDialog PRIVATE certdesk_mainwindow) # Settings → Mail from the dialog
certdesk_add_gui_test(tst_RevokeDialog SOURCES ui/tst_RevokeDialog.cpp ui/UsersTestHelpers.h)
certdesk_add_gui_test(tst_LostDeviceDialog SOURCES ui/tst_LostDeviceDialog.cpp ui/UsersTestHelpers.h)
# Issue 17 §5: the users screen's next steps while there is no user (live), per role.
certdesk_add_gui_test(tst_UsersEmptyState SOURCES ui/tst_UsersEmptyState.cpp)
target_link_libraries(tst_UsersEmptyState PRIVATE certdesk_mainwindow)
