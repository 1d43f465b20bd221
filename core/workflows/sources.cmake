# The workflows: every change and its history row in one transaction (CA, users, identities, certificates, settings, demo data).
certdesk_core_library(workflows
  DEPS revocation mail download session policy store csv text ca util
  SOURCES
    workflows/CaWorkflows.cpp
    workflows/CaWorkflows.h
    workflows/CertificateWorkflows.cpp
    workflows/CertificateWorkflows.h
    workflows/DemoData.cpp
    workflows/DemoData.h
    workflows/DemoHistory.cpp
    workflows/DemoHistory.h
    workflows/DemoNames.cpp
    workflows/DemoNames.h
    workflows/DemoPlanner.cpp
    workflows/DemoPlanner.h
    workflows/DemoRandom.h
    workflows/DemoSigner.cpp
    workflows/DemoSigner.h
    workflows/IdentityWorkflows.cpp
    workflows/IdentityWorkflows.h
    workflows/IssueCrypto.cpp
    workflows/IssueCrypto.h
    workflows/UserWorkflows.cpp
    workflows/UserWorkflows.h
)
