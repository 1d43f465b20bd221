# Operators' credentials and rights: password hashing (scrypt), password rules, roles and permissions.
certdesk_core_library(auth
  DEPS ca util
  LINKS OpenSSL::Crypto
  SOURCES
    auth/PasswordHash.cpp
    auth/PasswordHash.h
    auth/PasswordRules.cpp
    auth/PasswordRules.h
    auth/Roles.cpp
    auth/Roles.h
)
