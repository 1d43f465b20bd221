# Revocation: the steps that revoke inside a workflow's transaction, CRL signing and publishing, and the CRL
# schedule of a process. The revoke workflows call these; see README.md here for every entry point.
certdesk_core_library(revocation
  DEPS session policy store ca
  SOURCES
    revocation/CrlPublisher.cpp
    revocation/CrlPublisher.h
    revocation/CrlSchedule.cpp
    revocation/CrlSchedule.h
    revocation/RevocationSteps.cpp
    revocation/RevocationSteps.h
)
