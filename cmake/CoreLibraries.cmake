# core/ is a set of small static libraries, one per folder, whose dependencies point one way.
#
#   certdesk_core_library(NAME FOLDER DEPS <folders...> SOURCES <files...> [LINKS <targets...>])
#
# declares the library certdesk_<FOLDER> from files of core/<FOLDER>/ and enforces at configure time:
#  - every folder named in DEPS has been declared before (so the declaration order is a topological
#    order, and a cycle cannot be written down);
#  - every `#include "<folder>/…"` of a core folder in its sources names the library itself or one of
#    its direct or indirect DEPS. Anything else stops the configuration with the file, the line and
#    the missing dependency.
# certdesk_core (INTERFACE) links them all for the layers above (models, ui, app).

set_property(GLOBAL PROPERTY CERTDESK_CORE_FOLDERS "")

# certdesk_core_check_includes(FOLDER ALLOWED_FOLDERS KNOWN_FOLDERS FILES...) — FATAL_ERROR on the first
# include of a known core folder that is not allowed.
function(certdesk_core_check_includes folder allowed known)
  foreach(file IN LISTS ARGN)
    if(NOT file MATCHES "\\.(h|cpp)$")
      continue()
    endif()
    if(IS_ABSOLUTE "${file}")
      set(path "${file}")
    else()
      set(path "${CMAKE_CURRENT_SOURCE_DIR}/${file}")
    endif()
    file(STRINGS "${path}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[A-Za-z_]+/")
    foreach(line IN LISTS lines)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([A-Za-z_]+)/.*$" "\\1" target_folder "${line}")
      if(NOT target_folder IN_LIST known OR target_folder STREQUAL folder)
        continue()
      endif()
      if(NOT target_folder IN_LIST allowed)
        message(FATAL_ERROR "core layering: ${file} (library '${folder}') includes ${line} — '${target_folder}' "
                            "is not among the dependencies of '${folder}' (${allowed}). Move the code to the "
                            "right library or declare the dependency in core/CMakeLists.txt; a dependency on a "
                            "library declared later would be a cycle.")
      endif()
    endforeach()
  endforeach()
endfunction()

function(certdesk_core_library folder)
  cmake_parse_arguments(L "" "" "DEPS;SOURCES;LINKS" ${ARGN})
  get_property(declared GLOBAL PROPERTY CERTDESK_CORE_FOLDERS)
  set(closure "")
  foreach(dep IN LISTS L_DEPS)
    if(NOT dep IN_LIST declared)
      message(FATAL_ERROR "core layering: library '${folder}' depends on '${dep}', which is not declared before "
                          "it. Libraries are declared bottom-up; depending on a later one would be a cycle.")
    endif()
    get_property(dep_closure GLOBAL PROPERTY CERTDESK_CORE_CLOSURE_${dep})
    list(APPEND closure ${dep} ${dep_closure})
  endforeach()
  list(REMOVE_DUPLICATES closure)
  set_property(GLOBAL PROPERTY CERTDESK_CORE_CLOSURE_${folder} "${closure}")
  set_property(GLOBAL APPEND PROPERTY CERTDESK_CORE_FOLDERS ${folder})

  file(GLOB known_dirs LIST_DIRECTORIES true RELATIVE "${CMAKE_CURRENT_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}/*")
  set(known "")
  foreach(d IN LISTS known_dirs)
    if(IS_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}/${d}")
      list(APPEND known ${d})
    endif()
  endforeach()
  certdesk_core_check_includes(${folder} "${closure}" "${known}" ${L_SOURCES})

  set(lib certdesk_${folder})
  add_library(${lib} STATIC ${L_SOURCES})
  target_include_directories(${lib} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
  set(dep_targets "")
  foreach(dep IN LISTS L_DEPS)
    list(APPEND dep_targets certdesk_${dep})
  endforeach()
  target_link_libraries(${lib} PUBLIC Qt6::Core ${dep_targets} PRIVATE certdesk_warnings ${L_LINKS})
  target_compile_definitions(${lib} PUBLIC CERTDESK_VERSION="${PROJECT_VERSION}")
  target_link_libraries(certdesk_core INTERFACE ${lib})
endfunction()
