# Licence check on a built executable: does it link Qt HTTP Server (GPLv3 / commercial only)?
#   cmake -DBINARY=<file> -DEXPECT=absent|present [-DSEARCH_DIRS=<dirs>] -P check_links.cmake
# Two ways in, both checked: a shared library the loader would bring in (the whole dependency
# closure, as the dynamic loader resolves it), and code linked in statically (Qt's HTTP server class
# names in the binary). The sandbox executable is checked with EXPECT=present, which proves that
# this check can see the module at all.
cmake_minimum_required(VERSION 3.22)

if(NOT BINARY OR NOT EXISTS "${BINARY}")
    message(FATAL_ERROR "BINARY not found: '${BINARY}'")
endif()

set(found "")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${BINARY}"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    DIRECTORIES ${SEARCH_DIRS})
foreach(library IN LISTS resolved unresolved)
    get_filename_component(name "${library}" NAME)
    if(name MATCHES "Qt6?HttpServer")
        list(APPEND found "shared library ${library}")
    endif()
endforeach()

file(STRINGS "${BINARY}" static_hits REGEX "QAbstractHttpServer|QHttpServerResponder" LIMIT_COUNT 1)
if(static_hits)
    list(APPEND found "Qt HTTP Server code linked in")
endif()

list(LENGTH resolved count)
if(EXPECT STREQUAL "absent")
    if(found)
        message(FATAL_ERROR "${BINARY} links Qt HTTP Server (GPLv3): ${found}")
    endif()
    message(STATUS "${BINARY}: no Qt HTTP Server among ${count} resolved libraries, none linked in")
elseif(EXPECT STREQUAL "present")
    if(NOT found)
        message(FATAL_ERROR "${BINARY} should link Qt HTTP Server but the check does not see it")
    endif()
    message(STATUS "${BINARY}: Qt HTTP Server seen (${found})")
else()
    message(FATAL_ERROR "EXPECT must be absent or present")
endif()
