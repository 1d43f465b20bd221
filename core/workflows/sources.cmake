list(APPEND CERTDESK_CORE_SOURCES
  workflows/Actor.h workflows/Actor.cpp
  workflows/DeviceTypes.h workflows/DeviceTypes.cpp
  workflows/WorkflowContext.h workflows/WorkflowContext.cpp
  workflows/RevocationSteps.h workflows/RevocationSteps.cpp
  workflows/CaWorkflows.h workflows/CaWorkflows.cpp
  workflows/UserWorkflows.h workflows/UserWorkflows.cpp
  workflows/IdentityWorkflows.h workflows/IdentityWorkflows.cpp
  workflows/CertificateWorkflows.h workflows/CertificateWorkflows.cpp
)
