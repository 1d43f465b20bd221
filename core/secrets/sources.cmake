list(APPEND CERTDESK_CORE_SOURCES
  secrets/Keychain.h secrets/Keychain.cpp
)
