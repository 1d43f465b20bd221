list(APPEND CERTDESK_CORE_SOURCES export/ZipWriter.h export/ZipWriter.cpp)
