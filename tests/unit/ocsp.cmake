# OCSP responder and delegated signer (core/ocsp), verified with `openssl ocsp` and `openssl x509/verify`.
certdesk_add_test(tst_OcspResponder SOURCES unit/tst_OcspResponder.cpp LABELS unit)
# The response cache the portal's OCSP workers share: never a stale answer, also from several threads.
certdesk_add_test(tst_OcspResponseCache SOURCES unit/tst_OcspResponseCache.cpp LABELS unit)
# certdesk-portal's new connections over plain HTTP: accepted, screened and answered by the
# OCSP workers (answered while the main thread is busy), every other request handed back to Qt HTTP Server
# unchanged, the screen's refusals, many connections at once.
certdesk_add_db_test(tst_OcspNewConnections SOURCES unit/tst_OcspNewConnections.cpp LABELS integration portal LIBS certdesk_httpserver)
# The OCSP workers' own sockets without a database: the worker's 408 for a silent connection, connections
# given back with nothing consumed, the main thread's server never accepting itself.
certdesk_add_test(tst_OcspWorkerPool SOURCES unit/tst_OcspWorkerPool.cpp LABELS unit portal LIBS certdesk_httpserver)
