list(APPEND CERTDESK_CORE_SOURCES csv/CsvReader.h csv/CsvReader.cpp csv/CsvWriter.h csv/CsvWriter.cpp)
