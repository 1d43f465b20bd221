# Help → About CertDesk (ui/about): the dialog, the list of bundled libraries with their versions, and
# the resources both need: the application icon (resources/icons/png) and the licence texts
# (resources/licenses). Asks the libraries themselves for their versions, hence the direct links.
add_library(certdesk_about STATIC
  about/AboutDialog.h about/AboutDialog.cpp
  about/BundledLibraries.h about/BundledLibraries.cpp
)
target_include_directories(certdesk_about PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(certdesk_about
  PUBLIC Qt6::Widgets
  PRIVATE certdesk_warnings OpenSSL::Crypto CURL::libcurl PkgConfig::LIBZIP ICU::uc)
target_compile_definitions(certdesk_about PRIVATE CERTDESK_VERSION="${PROJECT_VERSION}")

set(CERTDESK_ICON_SIZES 16 24 32 48 64 128 256 512)
list(TRANSFORM CERTDESK_ICON_SIZES REPLACE "(.+)" "${PROJECT_SOURCE_DIR}/resources/icons/png/certdesk-\\1.png"
  OUTPUT_VARIABLE CERTDESK_ICON_PNGS)
qt_add_resources(certdesk_about certdesk_icons PREFIX /icons BASE ${PROJECT_SOURCE_DIR}/resources/icons/png
  FILES ${CERTDESK_ICON_PNGS})
file(GLOB CERTDESK_LICENSE_TEXTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/licenses/*.txt)
qt_add_resources(certdesk_about certdesk_licenses PREFIX /licenses BASE ${PROJECT_SOURCE_DIR}/resources/licenses
  FILES ${CERTDESK_LICENSE_TEXTS})

# The main window's Help menu opens it.
target_link_libraries(certdesk_mainwindow PUBLIC certdesk_about)
