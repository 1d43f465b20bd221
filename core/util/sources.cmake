list(APPEND CERTDESK_CORE_SOURCES
  util/Result.h
  util/Clock.h util/Clock.cpp
  util/Failpoint.h util/Failpoint.cpp
  util/AppTranslator.h util/AppTranslator.cpp
)
