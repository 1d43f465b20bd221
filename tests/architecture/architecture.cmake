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

# One source tree for Linux, Windows and macOS: no POSIX-only (or Windows-only) header, signal or Qt API and
# no compiler-specific construct outside the platform files, every source file UTF-8 (scripts/check-portability).
add_test(NAME architecture_portability COMMAND Python3::Interpreter ${CMAKE_SOURCE_DIR}/scripts/check-portability
                                               ${CMAKE_SOURCE_DIR})
# ... and the check finds each of the eight violations planted in its fixture (and none of the allowed uses).
add_test(NAME architecture_portability_fixture
  COMMAND Python3::Interpreter ${CMAKE_SOURCE_DIR}/scripts/check-portability
          ${CMAKE_CURRENT_SOURCE_DIR}/data/portability --expect-violations 8)

# The Windows/macOS GitHub Actions workflow cannot run here: it parses, and every preset and file it names
# exists (tests/architecture/check_ci_workflow.py) ... and the check finds the nine problems of its fixture.
add_test(NAME architecture_ci_workflow
  COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/architecture/check_ci_workflow.py ${CMAKE_SOURCE_DIR})
add_test(NAME architecture_ci_workflow_fixture
  COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/architecture/check_ci_workflow.py
          ${CMAKE_CURRENT_SOURCE_DIR}/data/ci-workflow --expect-problems 9)
set_tests_properties(architecture_portability architecture_portability_fixture architecture_ci_workflow
                     architecture_ci_workflow_fixture PROPERTIES LABELS architecture)
# 77: PyYAML missing on a Windows or macOS runner (on Linux that fails).
set_tests_properties(architecture_ci_workflow architecture_ci_workflow_fixture PROPERTIES SKIP_RETURN_CODE 77)
