# Run at install time on Windows, after windeployqt (the deploy script of cmake/Packaging.cmake): copies
# into bin\ every DLL that certdesk.exe, certdesk-cli.exe and the deployed Qt plugins load and that is
# neither Windows' own nor already there — OpenSSL, curl, libzip, ICU, QtKeychain, zlib, libpq (Qt's
# PostgreSQL driver) and what those load — found in CERTDESK_DLL_DIRS (Qt's bin, the prefixes' bin).
set(bin "${QT_DEPLOY_PREFIX}/${QT_DEPLOY_BIN_DIR}")
file(GLOB executables "${bin}/certdesk*.exe")
file(GLOB_RECURSE plugins "${QT_DEPLOY_PREFIX}/${QT_DEPLOY_PLUGINS_DIR}/*.dll")
file(GET_RUNTIME_DEPENDENCIES
  EXECUTABLES ${executables}
  LIBRARIES ${plugins}
  DIRECTORIES ${CERTDESK_DLL_DIRS} "${bin}"
  PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
  POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*" ".*[/\\\\][Ss]ys[Ww][Oo][Ww]64[/\\\\].*"
  RESOLVED_DEPENDENCIES_VAR resolved
  UNRESOLVED_DEPENDENCIES_VAR unresolved)
foreach(dll IN LISTS resolved)
  get_filename_component(name "${dll}" NAME)
  if(NOT EXISTS "${bin}/${name}")
    message(STATUS "CertDesk: deploying ${name}")
    file(COPY "${dll}" DESTINATION "${bin}")
  endif()
endforeach()
if(unresolved)
  message(WARNING "CertDesk: DLLs not found in ${CERTDESK_DLL_DIRS}: ${unresolved}")
endif()
