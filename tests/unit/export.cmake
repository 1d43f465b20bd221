# tests: sealed secrets (core/ca/SealedBox) and ZIP export (core/export), checked with openssl and unzip
certdesk_add_test(tst_SealedBox SOURCES unit/tst_SealedBox.cpp LABELS unit)
certdesk_add_test(tst_ZipWriter SOURCES unit/tst_ZipWriter.cpp LABELS unit)
