list(APPEND CERTDESK_CORE_SOURCES
  text/NameRules.h text/NameRules.cpp
  text/Hepburn.h text/Hepburn.cpp
  text/PasswordGenerator.h text/PasswordGenerator.cpp
  text/EmailAddress.h text/EmailAddress.cpp
)
