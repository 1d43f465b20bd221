# Platform behaviour of the built programs (POSIX-only test code lives in this folder).
# certdesk, certdesk-cli and certdesk-portal run with core dumps switched off (Linux: /proc/<pid>/limits).
if(UNIX)
  certdesk_add_test(tst_CoreDumps SOURCES platform/tst_CoreDumps.cpp LABELS platform LIBS certdesk_clirunner)
  add_dependencies(tst_CoreDumps certdesk certdesk-cli certdesk-portal)
endif()
