# certdesk-portal over real HTTP (curl, openssl ocsp): downloads, CA, CRL, OCSP, bad requests, headless binary.
certdesk_add_db_test(tst_Portal SOURCES integration/tst_Portal.cpp LABELS integration portal LIBS certdesk_httpserver)
add_dependencies(tst_Portal certdesk-portal certdesk-cli)
