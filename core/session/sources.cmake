# What every workflow works with: who acts, the database, the clock, the unlocked CA, sealed passwords, and
# certificates named by serial number or LOGIN:SLOT.
certdesk_core_library(session
  DEPS store auth ca util platform
  SOURCES
    session/Actor.cpp
    session/Actor.h
    session/CertificateRef.cpp
    session/CertificateRef.h
    session/PasswordSealer.cpp
    session/PasswordSealer.h
    session/WorkflowContext.cpp
    session/WorkflowContext.h
)
