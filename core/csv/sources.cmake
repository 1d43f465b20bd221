list(APPEND CERTDESK_CORE_SOURCES csv/CsvReader.h csv/CsvReader.cpp)
