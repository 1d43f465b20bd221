# The OS keychain (QtKeychain).
certdesk_core_library(secrets
  DEPS util
  LINKS qt6keychain
  SOURCES
    secrets/Keychain.cpp
    secrets/Keychain.h
)
