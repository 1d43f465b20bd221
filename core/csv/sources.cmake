# RFC 4180 reading (UTF-8 / Shift_JIS detection) and writing.
certdesk_core_library(csv
  DEPS util
  SOURCES
    csv/CsvFile.cpp
    csv/CsvFile.h
    csv/CsvReader.cpp
    csv/CsvReader.h
    csv/CsvWriter.cpp
    csv/CsvWriter.h
)
