# Japanese name rules, passport Hepburn, password generation, e-mail address syntax.
certdesk_core_library(text
  LINKS ICU::uc ICU::i18n
  SOURCES
    text/EmailAddress.cpp
    text/EmailAddress.h
    text/Hepburn.cpp
    text/Hepburn.h
    text/NameRules.cpp
    text/NameRules.h
    text/PasswordGenerator.cpp
    text/PasswordGenerator.h
)
