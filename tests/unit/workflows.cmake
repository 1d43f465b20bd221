certdesk_add_db_test(tst_IssueRevoke SOURCES unit/tst_IssueRevoke.cpp LABELS workflow)
certdesk_add_db_test(tst_BadInput SOURCES unit/tst_BadInput.cpp LABELS workflow)
certdesk_add_db_test(tst_IdentityUsers SOURCES unit/tst_IdentityUsers.cpp LABELS workflow)
certdesk_add_db_test(tst_DemoData SOURCES unit/tst_DemoData.cpp LABELS workflow)
certdesk_add_db_test(tst_SettingsWorkflows SOURCES unit/tst_SettingsWorkflows.cpp LABELS workflow)
# Operators through the workflows (sign-in, lockout, the last administrator) and every workflow by every role.
certdesk_add_db_test(tst_OperatorWorkflows SOURCES unit/tst_OperatorWorkflows.cpp LABELS workflow)
certdesk_add_db_test(tst_RoleMatrix SOURCES unit/tst_RoleMatrix.cpp LABELS workflow)
# The history's signed checkpoints and anchor lines (tamper evidence beyond the hash chain).
certdesk_add_db_test(tst_HistoryCheckpoints SOURCES unit/tst_HistoryCheckpoints.cpp LABELS workflow)
