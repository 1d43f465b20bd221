# tests: certificate authority (core/ca), verified with the openssl command
certdesk_add_test(tst_CryptoTypes SOURCES unit/tst_CryptoTypes.cpp LABELS unit)
certdesk_add_test(tst_PrivateKey SOURCES unit/tst_PrivateKey.cpp LABELS unit)
certdesk_add_test(tst_CertificateAuthority SOURCES unit/tst_CertificateAuthority.cpp LABELS unit)
certdesk_add_test(tst_CaImport SOURCES unit/tst_CaImport.cpp LABELS unit)
certdesk_add_test(tst_ClientCertificate SOURCES unit/tst_ClientCertificate.cpp LABELS unit)
certdesk_add_test(tst_Pkcs12Bundle SOURCES unit/tst_Pkcs12Bundle.cpp LABELS unit)
certdesk_add_test(tst_CrlBuilder SOURCES unit/tst_CrlBuilder.cpp LABELS unit)
