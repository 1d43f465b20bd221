# tests
certdesk_add_test(tst_Hepburn SOURCES unit/tst_Hepburn.cpp LABELS unit)
certdesk_add_test(tst_NameRules SOURCES unit/tst_NameRules.cpp LABELS unit)
certdesk_add_test(tst_PasswordGenerator SOURCES unit/tst_PasswordGenerator.cpp LABELS unit)
