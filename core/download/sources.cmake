# The download portal's logic (links, request parsing, pages, download rules); the HTTP server is httpserver/.
certdesk_core_library(download
  DEPS session policy store
  SOURCES
    download/DownloadLink.cpp
    download/DownloadLink.h
    download/DownloadRequest.cpp
    download/DownloadRequest.h
    download/DownloadService.cpp
    download/DownloadService.h
    download/LoginAttemptLimiter.cpp
    download/LoginAttemptLimiter.h
    download/PortalPages.cpp
    download/PortalPages.h
)
