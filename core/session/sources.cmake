# What every workflow works with: who acts, the database, the clock, the unlocked CA, sealed passwords.
certdesk_core_library(session
  DEPS store ca util
  SOURCES
    session/Actor.cpp
    session/Actor.h
    session/PasswordSealer.cpp
    session/PasswordSealer.h
    session/WorkflowContext.cpp
    session/WorkflowContext.h
)
