# certdesk-portal over real HTTP (curl, openssl ocsp): downloads, CA, CRL, OCSP, bad requests, headless binary.
certdesk_add_db_test(tst_Portal SOURCES integration/tst_Portal.cpp LABELS integration portal LIBS certdesk_httpserver)
add_dependencies(tst_Portal certdesk-portal certdesk-cli)
# The CRL follows revocations made anywhere: certdesk-portal (with the passphrase) re-signs and publishes when
# a helpdesk operator revokes through certdesk-cli without it; OCSP says tryLater while the lookup fails.
certdesk_add_db_test(tst_CrlFollow SOURCES integration/tst_CrlFollow.cpp LABELS integration portal LIBS certdesk_httpserver certdesk_clirunner)
add_dependencies(tst_CrlFollow certdesk-portal certdesk-cli)
# certdesk-portal's OCSP worker threads: a revocation by certdesk-cli is answered on the very next request
# while clients hammer the responder over kept-alive connections; every request on such a connection is
# screened.
certdesk_add_db_test(tst_OcspWorkers SOURCES integration/tst_OcspWorkers.cpp LABELS integration portal LIBS certdesk_clirunner)
add_dependencies(tst_OcspWorkers certdesk-portal certdesk-cli)
# The end user's side in a real browser: headless Chromium (DevTools protocol over Qt WebSockets) opens a
# download link, types the login ID, saves the .p12 and sees the 410 page, in Japanese and English, with
# screenshots (CERTDESK_SCREENSHOT_DIR). Skipped without chromium unless CERTDESK_REQUIRE_BROWSER=1.
find_package(Qt6 REQUIRED COMPONENTS WebSockets)
certdesk_add_test(tst_DownloadBrowser SOURCES integration/tst_DownloadBrowser.cpp LABELS integration portal browser sqlite LIBS certdesk_httpserver certdesk_translations Qt6::WebSockets ENV CERTDESK_TEST_BACKEND=sqlite)
