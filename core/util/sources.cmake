# Result type, clock, failpoints, translator loading: needed by every other library.
certdesk_core_library(util
  SOURCES
    util/AppTranslator.cpp
    util/AppTranslator.h
    util/Clock.cpp
    util/Clock.h
    util/Failpoint.cpp
    util/Failpoint.h
    util/Result.h
)
