# Installing and packaging CertDesk (README → Installing). The executables' own install rules live in
# app/*/CMakeLists.txt; this file installs everything else and configures CPack:
#   Linux    cpack -G DEB   → certdesk (GUI + CLI) and certdesk-portal (the server), dependencies computed
#                             by dpkg-shlibdeps; tests/packaging/deb_install.sh installs and removes them
#   Windows  cpack -G WIX   → a per-machine MSI: Qt deployed by Qt's deploy API (windeployqt), the other
#                             DLLs found by file(GET_RUNTIME_DEPENDENCIES), signing by packaging/windows/sign.cmake
#   macOS    cpack -G DragNDrop → a DMG with CertDesk.app (macdeployqt via Qt's deploy API), signed and
#                             notarized by packaging/macos/sign.cmake
# Components: `desktop` (certdesk, certdesk-cli, icons, licences) and `portal` (certdesk-portal, Linux).
# The version is the project() VERSION of the top-level CMakeLists.txt, everywhere.
include(GNUInstallDirs)

get_target_property(CERTDESK_APP_ID certdesk MACOSX_BUNDLE_GUI_IDENTIFIER)
set(CERTDESK_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(CERTDESK_PACKAGE_CONTACT "CertDesk maintainers <maintainers@certdesk.invalid>" CACHE STRING
  "Maintainer of the packages (Debian Maintainer field, MSI and DMG metadata)")

# The notice shown on the MSI's licence page and installed next to the licence texts.
configure_file(${CERTDESK_PACKAGING_DIR}/license-notice.txt.in ${PROJECT_BINARY_DIR}/packaging/NOTICE.txt @ONLY)
file(GLOB CERTDESK_LICENSE_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/licenses/*.txt)

# ---------------------------------------------------------------------------------------------- Linux
if(UNIX AND NOT APPLE)
  # Desktop integration: .desktop file, AppStream metainfo (version and date of this release), icons.
  string(TIMESTAMP CERTDESK_RELEASE_DATE "%Y-%m-%d" UTC) # honours SOURCE_DATE_EPOCH
  configure_file(${CERTDESK_PACKAGING_DIR}/linux/${CERTDESK_APP_ID}.metainfo.xml.in
    ${PROJECT_BINARY_DIR}/packaging/${CERTDESK_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${CERTDESK_PACKAGING_DIR}/linux/${CERTDESK_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desktop)
  install(FILES ${PROJECT_BINARY_DIR}/packaging/${CERTDESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desktop)
  foreach(size 16 24 32 48 64 128 256 512)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/png/certdesk-${size}.png
      DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
      RENAME ${CERTDESK_APP_ID}.png COMPONENT desktop)
  endforeach()
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/certdesk.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${CERTDESK_APP_ID}.svg COMPONENT desktop)

  # Man pages, compressed as Debian wants them.
  set(certdesk_man_gz)
  foreach(page certdesk certdesk-cli certdesk-portal)
    set(gz ${PROJECT_BINARY_DIR}/packaging/man/${page}.1.gz)
    add_custom_command(OUTPUT ${gz}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging/man
      COMMAND gzip -9nc ${CERTDESK_PACKAGING_DIR}/man/${page}.1 > ${gz}
      DEPENDS ${CERTDESK_PACKAGING_DIR}/man/${page}.1 VERBATIM)
    list(APPEND certdesk_man_gz ${gz})
  endforeach()
  add_custom_target(certdesk_manpages ALL DEPENDS ${certdesk_man_gz})
  install(FILES ${PROJECT_BINARY_DIR}/packaging/man/certdesk.1.gz ${PROJECT_BINARY_DIR}/packaging/man/certdesk-cli.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT desktop)
  install(FILES ${PROJECT_BINARY_DIR}/packaging/man/certdesk-portal.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT portal)

  # The server: systemd unit, its configuration in /etc/certdesk (a conffile, mode 0640, group
  # certdesk-portal set by postinst), the nginx example.
  install(FILES ${CERTDESK_PACKAGING_DIR}/linux/certdesk-portal.service
    DESTINATION lib/systemd/system COMPONENT portal)
  install(FILES ${CERTDESK_PACKAGING_DIR}/linux/portal.conf DESTINATION /etc/certdesk
    PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ COMPONENT portal)
  install(FILES ${CERTDESK_PACKAGING_DIR}/linux/nginx-certdesk.conf
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/certdesk-portal/examples COMPONENT portal)

  set(CPACK_GENERATOR DEB)
  set(CPACK_DEB_COMPONENT_INSTALL ON)
  set(CPACK_COMPONENTS_ALL desktop portal)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
  set(CPACK_STRIP_FILES ON)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
  # Shared libraries: computed by dpkg-shlibdeps. Qt's SQL drivers and platform plugins are loaded at
  # run time, so no linker (and no dpkg-shlibdeps) sees them: those few are named here.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME certdesk)
  set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION utils)
  set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins")
  set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "gnome-keyring")
  set(CPACK_DEBIAN_DESKTOP_DESCRIPTION "desktop console for per-device client certificates
CertDesk issues, delivers and revokes per-device client certificates from an
in-process OpenSSL certificate authority, on a local SQLite database or a
PostgreSQL database shared by several administrators. Operators sign in with
roles (administrator, helpdesk, auditor); every change is recorded in a
hash-chained operation history.

This package holds the desktop console (certdesk) and the command line
(certdesk-cli), which runs every workflow without a display.")
  set(CPACK_DEBIAN_PORTAL_PACKAGE_NAME certdesk-portal)
  set(CPACK_DEBIAN_PORTAL_PACKAGE_SECTION net)
  set(CPACK_DEBIAN_PORTAL_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, passwd")
  set(CPACK_DEBIAN_PORTAL_PACKAGE_SUGGESTS "nginx")
  set(CPACK_DEBIAN_PORTAL_DESCRIPTION "CertDesk download portal, CRL and OCSP responder
The server side of CertDesk: users download their device certificates through
one-time links, web servers check client certificates against its OCSP
responder, and it serves the CA certificate and the current CRL. Runs as the
systemd service certdesk-portal under its own user, configured in
/etc/certdesk/portal.conf; an nginx example with ssl_verify_client and
ssl_ocsp is in /usr/share/doc/certdesk-portal/examples.")
  set(CPACK_DEBIAN_PORTAL_PACKAGE_CONTROL_EXTRA
    ${CERTDESK_PACKAGING_DIR}/linux/certdesk-portal/postinst
    ${CERTDESK_PACKAGING_DIR}/linux/certdesk-portal/prerm
    ${CERTDESK_PACKAGING_DIR}/linux/certdesk-portal/postrm
    ${CERTDESK_PACKAGING_DIR}/linux/certdesk-portal/conffiles)
endif()

# ------------------------------------------------------------------------------ Windows and macOS
if(WIN32 OR APPLE)
  if(Qt6_VERSION VERSION_LESS 6.5)
    message(FATAL_ERROR "The Windows and macOS installers need Qt 6.5 or later (qt_generate_deploy_script); "
                        "this is Qt ${Qt6_VERSION}.")
  endif()
  # Qt's deploy API runs windeployqt / macdeployqt on the installed certdesk and certdesk-cli; on Windows
  # packaging/windows/deploy-dlls.cmake then copies every other DLL they and the Qt plugins load (OpenSSL,
  # curl, libzip, ICU, QtKeychain, zlib, libpq ...) from the dependency prefixes into bin\.
  if(APPLE)
    set(certdesk_deploy_exe "CertDesk.app")
    set(certdesk_deploy_more "CertDesk.app/Contents/MacOS/certdesk-cli")
  else()
    set(certdesk_deploy_exe "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:certdesk>")
    set(certdesk_deploy_more "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:certdesk-cli>")
  endif()
  set(certdesk_dll_dirs ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS})
  foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    file(TO_CMAKE_PATH "${prefix}" prefix) # C:\Qt\... would be escape sequences in the deploy script
    list(APPEND certdesk_dll_dirs ${prefix}/bin)
  endforeach()
  if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND certdesk_dll_dirs ${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin)
  endif()
  qt_generate_deploy_script(TARGET certdesk OUTPUT_SCRIPT certdesk_deploy_script CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${certdesk_deploy_exe}\"
    ADDITIONAL_EXECUTABLES \"${certdesk_deploy_more}\"
    GENERATE_QT_CONF
    NO_TRANSLATIONS)
if(WIN32)
  set(CERTDESK_DLL_DIRS \"${certdesk_dll_dirs}\")
  include(\"${CERTDESK_PACKAGING_DIR}/windows/deploy-dlls.cmake\")
endif()
")
  install(SCRIPT ${certdesk_deploy_script} COMPONENT desktop)

  set(CPACK_COMPONENTS_ALL desktop)
  set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "CertDesk")
  set(CPACK_COMPONENT_DESKTOP_REQUIRED ON)
  set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/packaging/NOTICE.txt)
  # (Not on Linux: CPackDeb would put it in front of each package's own first line.)
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Issue, deliver and revoke per-device client certificates")
endif()

if(WIN32)
  install(FILES ${PROJECT_BINARY_DIR}/packaging/NOTICE.txt ${CERTDESK_LICENSE_FILES}
    DESTINATION licenses COMPONENT desktop)
  set(CPACK_GENERATOR WIX)
  # Never change it: it is how a new version's MSI finds and replaces the installed one.
  set(CPACK_WIX_UPGRADE_GUID 0A41A1A2-2827-4F89-BCC9-D95F19692A53)
  set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/resources/icons/certdesk.ico)
  set(CPACK_WIX_PROGRAM_MENU_FOLDER CertDesk)
  set(CPACK_WIX_UI_REF WixUI_InstallDir)
  # Per machine (Program Files, all users). CMake 3.29 has a setting for it; before, the property does it.
  if(CMAKE_VERSION VERSION_LESS 3.29)
    set(CPACK_WIX_PROPERTY_ALLUSERS 1)
  else()
    set(CPACK_WIX_INSTALL_SCOPE perMachine)
  endif()
  # Start menu: CertDesk (CPACK_PACKAGE_EXECUTABLES) and "CertDesk Command Prompt" with certdesk-cli on PATH.
  set(CPACK_PACKAGE_EXECUTABLES certdesk CertDesk)
  set(CPACK_WIX_EXTRA_SOURCES ${CERTDESK_PACKAGING_DIR}/windows/cli-prompt.wxs)
  set(CPACK_WIX_PATCH_FILE ${CERTDESK_PACKAGING_DIR}/windows/patch.xml)
  set(CPACK_PACKAGE_FILE_NAME CertDesk-${PROJECT_VERSION}-windows-x64)
  set(CPACK_PRE_BUILD_SCRIPTS ${CERTDESK_PACKAGING_DIR}/windows/sign.cmake)
  set(CPACK_POST_BUILD_SCRIPTS ${CERTDESK_PACKAGING_DIR}/windows/sign.cmake)
elseif(APPLE)
  install(FILES ${PROJECT_BINARY_DIR}/packaging/NOTICE.txt ${CERTDESK_LICENSE_FILES}
    DESTINATION CertDesk.app/Contents/Resources/licenses COMPONENT desktop)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME CertDesk)
  set(CPACK_DMG_FORMAT UDZO)
  set(CPACK_PACKAGE_ICON ${PROJECT_SOURCE_DIR}/resources/icons/certdesk.icns)
  set(CPACK_PACKAGE_FILE_NAME CertDesk-${PROJECT_VERSION}-macOS)
  set(CPACK_PRE_BUILD_SCRIPTS ${CERTDESK_PACKAGING_DIR}/macos/sign.cmake)
  set(CPACK_POST_BUILD_SCRIPTS ${CERTDESK_PACKAGING_DIR}/macos/sign.cmake)
endif()

# ------------------------------------------------------------------------------------------ common
set(CPACK_PACKAGE_NAME CertDesk)
set(CPACK_PACKAGE_VENDOR CertDesk)
set(CPACK_PACKAGE_CONTACT ${CERTDESK_PACKAGE_CONTACT})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY CertDesk)
set(CPACK_VERBATIM_VARIABLES ON)
include(CPack)
