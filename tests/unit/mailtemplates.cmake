# Notification mail templates (core/mail/MailTemplates, resources/mail): defaults, placeholders, overrides.
certdesk_add_db_test(tst_MailTemplates SOURCES unit/tst_MailTemplates.cpp LABELS store)
