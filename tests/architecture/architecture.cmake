# The architecture keeps itself: checks that fail when a layer does what only another may.
find_package(Python3 REQUIRED COMPONENTS Interpreter)

# Workflows are the only writers: nothing under ui/, models/ or app/ opens a transaction or writes.
add_test(NAME architecture_one_way_writes
  COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/architecture/check_one_way_writes.py ${CMAKE_SOURCE_DIR})
# ... and the check itself finds each of the seven violations planted in its fixture.
add_test(NAME architecture_one_way_writes_fixture
  COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/architecture/check_one_way_writes.py
          ${CMAKE_CURRENT_SOURCE_DIR}/data/architecture --expect-violations 7)

# core/ libraries depend one way: an upward include or a dependency on a later library stops the
# configuration (cmake/CoreLibraries.cmake), shown on a two-library fixture; the real tree configuring
# at all is the check that core/ has no cycle.
foreach(case include_up dep_later good)
  add_test(NAME architecture_core_layering_${case}
    COMMAND ${CMAKE_COMMAND} -S ${CMAKE_CURRENT_SOURCE_DIR}/data/layering
            -B ${CMAKE_CURRENT_BINARY_DIR}/layering-${case} -DCASE=${case}
            -DCERTDESK_CORE_LIBRARIES=${CMAKE_SOURCE_DIR}/cmake/CoreLibraries.cmake)
  set_tests_properties(architecture_core_layering_${case} PROPERTIES LABELS architecture)
endforeach()
set_tests_properties(architecture_core_layering_include_up PROPERTIES
  PASS_REGULAR_EXPRESSION "core layering: a/A.cpp \\(library 'a'\\) includes")
set_tests_properties(architecture_core_layering_dep_later PROPERTIES
  PASS_REGULAR_EXPRESSION "library 'a' depends on 'b', which is not declared before it")
set_tests_properties(architecture_one_way_writes architecture_one_way_writes_fixture PROPERTIES LABELS architecture)
