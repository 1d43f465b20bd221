certdesk_add_gui_test(tst_FirstFlow SOURCES ui/tst_FirstFlow.cpp)
target_link_libraries(tst_FirstFlow PRIVATE certdesk_mainwindow)
# Operators on the desktop: sign-in, lockout, forced password change, what each role sees, idle lock,
# change password / sign out, Settings → Operators.
certdesk_add_gui_test(tst_SignIn SOURCES ui/tst_SignIn.cpp)
target_link_libraries(tst_SignIn PRIVATE certdesk_mainwindow)
