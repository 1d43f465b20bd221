list(APPEND CERTDESK_CORE_SOURCES
  ca/OsslHandles.h ca/MemoryBio.h
  ca/OpensslError.h ca/OpensslError.cpp
  ca/CryptoTypes.h ca/CryptoTypes.cpp
  ca/PrivateKey.h ca/PrivateKey.cpp
  ca/Certificate.h ca/Certificate.cpp
  ca/X509Builder.h ca/X509Builder.cpp
  ca/CertificateAuthority.h ca/CertificateAuthority.cpp
  ca/ClientCertificate.h ca/ClientCertificate.cpp
  ca/Pkcs12Bundle.h ca/Pkcs12Bundle.cpp
  ca/CrlBuilder.h ca/CrlBuilder.cpp
  ca/SealedBox.h ca/SealedBox.cpp
  ca/AeadKey.h ca/AeadKey.cpp
)
