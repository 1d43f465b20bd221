# ZIP archives (libzip).
certdesk_core_library(export
  DEPS util
  LINKS PkgConfig::LIBZIP
  SOURCES
    export/ZipWriter.cpp
    export/ZipWriter.h
)
