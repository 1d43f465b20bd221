# OCSP responder (RFC 6960) and the delegated OCSP-signing certificate.
list(APPEND CERTDESK_CORE_SOURCES
  ocsp/OcspHandles.h
  ocsp/OcspSigner.h ocsp/OcspSigner.cpp
  ocsp/OcspResponder.h ocsp/OcspResponder.cpp
)
