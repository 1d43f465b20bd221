# Platform code: one small interface per need (the current OS user, a prompt without echo, switching off
# core dumps), each with a POSIX and a Windows implementation chosen here. Files named *_posix.cpp and
# *_windows.cpp are the only C++ files allowed to include POSIX or Windows system headers
# (scripts/check-portability; FilePermissions in store/platform/ follows the same rule).
# Declared first: it depends on nothing but QtCore.
if(WIN32)
  set(certdesk_platform_impl
    platform/CurrentOsUser_windows.cpp
    platform/ProcessHardening_windows.cpp
    platform/TerminalEcho_windows.cpp)
  set(certdesk_platform_links advapi32) # GetUserNameW
else()
  set(certdesk_platform_impl
    platform/CurrentOsUser_posix.cpp
    platform/ProcessHardening_posix.cpp
    platform/TerminalEcho_posix.cpp)
  set(certdesk_platform_links "")
endif()
certdesk_core_library(platform
  LINKS ${certdesk_platform_links}
  SOURCES
    platform/CurrentOsUser.cpp
    platform/CurrentOsUser.h
    platform/ProcessHardening.h
    platform/TerminalEcho.h
    ${certdesk_platform_impl}
)
