# Windows code signing, run by CPack: before packaging (CPACK_PRE_BUILD_SCRIPTS) it signs CertDesk's own
# .exe files in the staging folder, after packaging (CPACK_POST_BUILD_SCRIPTS) the .msi. Driven only by
# environment variables; with none set it signs nothing and says so. No secret lives in the repository.
#   CERTDESK_SIGN_CERT_SHA1      thumbprint of a certificate in the Windows certificate store (preferred:
#                                a hardware token or Azure Key Vault via the store), or
#   CERTDESK_SIGN_PFX            a .pfx file and CERTDESK_SIGN_PFX_PASSWORD its password
#   CERTDESK_SIGN_TIMESTAMP_URL  RFC 3161 time-stamp server (default http://timestamp.digicert.com)
#   CERTDESK_SIGNTOOL            signtool.exe (default: found on PATH / in the Windows SDK)
set(cert_sha1 "$ENV{CERTDESK_SIGN_CERT_SHA1}")
set(pfx "$ENV{CERTDESK_SIGN_PFX}")
if(cert_sha1 STREQUAL "" AND pfx STREQUAL "")
  message(STATUS "CertDesk: not signing (set CERTDESK_SIGN_CERT_SHA1 or CERTDESK_SIGN_PFX to sign)")
  return()
endif()

set(signtool "$ENV{CERTDESK_SIGNTOOL}")
if(signtool STREQUAL "")
  file(GLOB sdk_signtools "C:/Program Files (x86)/Windows Kits/10/bin/*/x64/signtool.exe")
  list(SORT sdk_signtools COMPARE NATURAL ORDER DESCENDING)
  find_program(signtool NAMES signtool HINTS ${sdk_signtools})
  if(NOT signtool AND sdk_signtools)
    list(GET sdk_signtools 0 signtool)
  endif()
endif()
if(NOT signtool)
  message(FATAL_ERROR "CertDesk: signing was asked for, but signtool.exe was not found (CERTDESK_SIGNTOOL)")
endif()

set(timestamp "$ENV{CERTDESK_SIGN_TIMESTAMP_URL}")
if(timestamp STREQUAL "")
  set(timestamp "http://timestamp.digicert.com")
endif()
if(NOT cert_sha1 STREQUAL "")
  set(identity /sha1 "${cert_sha1}")
else()
  set(identity /f "${pfx}" /p "$ENV{CERTDESK_SIGN_PFX_PASSWORD}")
endif()

if(DEFINED CPACK_PACKAGE_FILES)
  set(targets ${CPACK_PACKAGE_FILES})
  list(FILTER targets INCLUDE REGEX "\\.msi$")
else()
  file(GLOB_RECURSE targets "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/certdesk*.exe"
                            "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/certdesk*.exe")
endif()
foreach(file IN LISTS targets)
  message(STATUS "CertDesk: signing ${file}")
  execute_process(
    COMMAND "${signtool}" sign /fd SHA256 /td SHA256 /tr "${timestamp}" ${identity} /d CertDesk "${file}"
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "CertDesk: signtool failed on ${file} (${rc})")
  endif()
endforeach()
