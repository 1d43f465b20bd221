# Download portal logic (no HTTP server here: see portal/).
list(APPEND CERTDESK_CORE_SOURCES portal/DownloadLink.h portal/DownloadLink.cpp)
list(APPEND CERTDESK_CORE_SOURCES portal/DownloadRequest.h portal/DownloadRequest.cpp)
list(APPEND CERTDESK_CORE_SOURCES portal/DownloadService.h portal/DownloadService.cpp)
list(APPEND CERTDESK_CORE_SOURCES portal/LoginAttemptLimiter.h portal/LoginAttemptLimiter.cpp)
list(APPEND CERTDESK_CORE_SOURCES portal/PortalPages.h portal/PortalPages.cpp)
