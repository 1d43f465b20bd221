list(APPEND CERTDESK_CORE_SOURCES
  workflows/Actor.h workflows/Actor.cpp
  workflows/DeviceTypes.h workflows/DeviceTypes.cpp
  workflows/WorkflowContext.h workflows/WorkflowContext.cpp
  workflows/RevocationSteps.h workflows/RevocationSteps.cpp
  workflows/CaWorkflows.h workflows/CaWorkflows.cpp
  workflows/CrlPublisher.h workflows/CrlPublisher.cpp
  workflows/UserWorkflows.h workflows/UserWorkflows.cpp
  workflows/IdentityWorkflows.h workflows/IdentityWorkflows.cpp
  workflows/PasswordSealer.h workflows/PasswordSealer.cpp
  workflows/IssueCrypto.h workflows/IssueCrypto.cpp
  workflows/CertificateWorkflows.h workflows/CertificateWorkflows.cpp
  workflows/DemoRandom.h
  workflows/DemoNames.h workflows/DemoNames.cpp
  workflows/DemoPlanner.h workflows/DemoPlanner.cpp
  workflows/DemoSigner.h workflows/DemoSigner.cpp
  workflows/DemoHistory.h workflows/DemoHistory.cpp
  workflows/DemoData.h workflows/DemoData.cpp
)
