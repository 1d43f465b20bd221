# Revocation: the revoke workflow (its result carries what happened to the CRL), the steps that revoke
# inside a workflow's transaction, CRL signing and publishing, and the CRL schedule of a process. See
# README.md here for every place where certificates are revoked.
certdesk_core_library(revocation
  DEPS session policy store ca
  SOURCES
    revocation/CrlPublisher.cpp
    revocation/CrlPublisher.h
    revocation/CrlSchedule.cpp
    revocation/CrlSchedule.h
    revocation/HistoryCheckpoints.cpp
    revocation/HistoryCheckpoints.h
    revocation/PublishTarget.cpp
    revocation/PublishTarget.h
    revocation/RevocationSteps.cpp
    revocation/RevocationSteps.h
    revocation/RevocationWorkflows.cpp
    revocation/RevocationWorkflows.h
)
