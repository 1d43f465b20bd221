certdesk_add_db_test(tst_IssueRevoke SOURCES unit/tst_IssueRevoke.cpp LABELS workflow)
certdesk_add_db_test(tst_BadInput SOURCES unit/tst_BadInput.cpp LABELS workflow)
certdesk_add_db_test(tst_IdentityUsers SOURCES unit/tst_IdentityUsers.cpp LABELS workflow)
certdesk_add_db_test(tst_DemoData SOURCES unit/tst_DemoData.cpp LABELS workflow)
