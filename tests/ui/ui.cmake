# Offscreen GUI tests (QT_QPA_PLATFORM=offscreen), label gui. Each dialog/screen has its own suite.
add_library(certdesk_guitestsupport STATIC ${CMAKE_CURRENT_SOURCE_DIR}/ui/GuiFixture.h ${CMAKE_CURRENT_SOURCE_DIR}/ui/GuiFixture.cpp)
target_include_directories(certdesk_guitestsupport PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/ui)
target_link_libraries(certdesk_guitestsupport PUBLIC certdesk_testsupport certdesk_ui Qt6::Test Qt6::Widgets PRIVATE certdesk_warnings)

function(certdesk_add_gui_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LABELS" ${ARGN})
  certdesk_add_test(${name} SOURCES ${T_SOURCES} LABELS gui ${T_LABELS} LIBS certdesk_guitestsupport certdesk_translations)
endfunction()

# The helpers themselves: a missing child fails its own test, and the run goes on.
certdesk_add_gui_test(tst_GuiFixture SOURCES ui/tst_GuiFixture.cpp)
include(ui/users.cmake)
include(ui/screens.cmake)
include(ui/shell.cmake)
include(ui/about.cmake)
# Bulk screen (ui/bulk): bulk issuance, bulk revocation, ZIP export, user CSV.
certdesk_add_gui_test(tst_BulkPage SOURCES ui/tst_BulkPage.cpp)
# Settings → Mail (ui/mail): server form + test mail, template editor, outbox (real SMTP sink).
certdesk_add_gui_test(tst_MailSettings SOURCES ui/tst_MailSettings.cpp LABELS smtp)
# Settings → Portal and CRL (ui/portal): settings, Publish CRL now (openssl-checked), the in-process portal,
# the dashboard CRL warning, the CRL text after revoking, the download link on the issue result, the schedule.
certdesk_add_gui_test(tst_PortalSettings SOURCES ui/tst_PortalSettings.cpp)
# The in-process portal (ui/portal/PortalServerBox): loopback only without TLS, HTTPS with the whole chain.
certdesk_add_gui_test(tst_PortalServerBox SOURCES ui/tst_PortalServerBox.cpp)
