# Operators: password hashing and rules, roles and permissions (unit), the operators table (both databases).
certdesk_add_test(tst_PasswordHash SOURCES unit/tst_PasswordHash.cpp LABELS unit)
certdesk_add_test(tst_PasswordRules SOURCES unit/tst_PasswordRules.cpp LABELS unit)
certdesk_add_test(tst_Roles SOURCES unit/tst_Roles.cpp LABELS unit)
certdesk_add_db_test(tst_OperatorStore SOURCES unit/tst_OperatorStore.cpp LABELS store)
