# OCSP responder and delegated signer (core/ocsp), verified with `openssl ocsp` and `openssl x509/verify`.
certdesk_add_test(tst_Ocsp SOURCES unit/tst_Ocsp.cpp LABELS unit)
