# OS keychain (QtKeychain) against a real backend: gnome-keyring under dbus-run-session on Linux.
# CERTDESK_REQUIRE_KEYCHAIN=1 turns "no backend" from a skip into a failure.
certdesk_add_test(tst_Keychain SOURCES integration/tst_Keychain.cpp LABELS integration)
