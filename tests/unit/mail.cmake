# SMTP client (core/mail/SmtpClient) against a real aiosmtpd server (tests/support/smtp_sink.py, run by
# /usr/bin/python3); messages decoded by Python's email package, the .p12 attachment opened with openssl.
certdesk_add_test(tst_SmtpClient SOURCES unit/tst_SmtpClient.cpp LABELS unit integration smtp)
certdesk_add_db_test(tst_Outbox SOURCES unit/tst_Outbox.cpp LABELS workflow integration smtp)
