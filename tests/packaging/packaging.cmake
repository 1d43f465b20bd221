# Packaging (label packaging): cmake/Packaging.cmake, packaging/, resources/icons, the man pages.
find_package(Python3 REQUIRED COMPONENTS Interpreter)

# The installers' ingredients are well-formed and consistent, also those only Windows and macOS build
# (WiX sources, Info.plist, entitlements, .ico, .icns); the man pages match the programs' help.
add_test(NAME packaging_metadata
  COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check_metadata.py
          ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR} ${CMAKE_BINARY_DIR}/app ${PROJECT_VERSION})
set_tests_properties(packaging_metadata PROPERTIES LABELS packaging)

# cpack -G DEB, apt-get install of both packages, the checks of issue 14, apt-get purge, nothing left.
if(UNIX AND NOT APPLE)
  add_test(NAME packaging_deb_install
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/packaging/deb_install.sh ${CMAKE_BINARY_DIR} ${PROJECT_VERSION})
  set_tests_properties(packaging_deb_install PROPERTIES LABELS packaging SKIP_RETURN_CODE 77
    RESOURCE_LOCK dpkg TIMEOUT 1200)
endif()
