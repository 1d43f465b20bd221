# OCSP responder and delegated signer (core/ocsp), verified with `openssl ocsp` and `openssl x509/verify`.
certdesk_add_test(tst_OcspResponder SOURCES unit/tst_OcspResponder.cpp LABELS unit)
# The response cache the portal's OCSP workers share: never a stale answer, also from several threads.
certdesk_add_test(tst_OcspResponseCache SOURCES unit/tst_OcspResponseCache.cpp LABELS unit)
