# Runs the sanitizer canary with one kind of error and passes only if the program both failed (the
# sanitizer stopped it: -fno-sanitize-recover) and printed the sanitizer's report for that kind.
# Usage: cmake -DCANARY=<exe> -DKIND=<kind> -DREPORT=<regex> -P expect_report.cmake
execute_process(COMMAND "${CANARY}" "${KIND}" RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(result EQUAL 0)
    message(FATAL_ERROR "sanitizer_canary ${KIND} exited 0: the sanitizer let the error pass\n${out}${err}")
endif()
if(NOT "${out}${err}" MATCHES "${REPORT}")
    message(FATAL_ERROR "sanitizer_canary ${KIND} failed (${result}) without the expected report '${REPORT}'\n${out}${err}")
endif()
message(STATUS "sanitizer_canary ${KIND}: stopped with the expected report")
