# OCSP responder and the delegated OCSP-signing certificate.
certdesk_core_library(ocsp
  DEPS ca
  SOURCES
    ocsp/OcspHandles.h
    ocsp/OcspResponder.cpp
    ocsp/OcspResponder.h
    ocsp/OcspResponderSet.cpp
    ocsp/OcspResponderSet.h
    ocsp/OcspResponseCache.cpp
    ocsp/OcspResponseCache.h
    ocsp/OcspSigner.cpp
    ocsp/OcspSigner.h
)
