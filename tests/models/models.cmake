certdesk_add_db_test(tst_Models SOURCES models/tst_Models.cpp LABELS models LIBS certdesk_models)
