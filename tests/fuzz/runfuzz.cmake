# Runs the fuzzer once for ctest (see CMakeLists.txt): copies the seed corpus to a scratch
# folder, runs RUNS inputs, fails on any finding. Variables: FUZZER CORPUS DICT WORK_DIR
# ARTIFACTS RUNS.
foreach(var FUZZER CORPUS DICT WORK_DIR ARTIFACTS RUNS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runfuzz.cmake: ${var} is not set")
    endif()
endforeach()
if(NOT EXISTS ${FUZZER})
    message(FATAL_ERROR "${FUZZER} is missing: build the fuzz_envphpparser target first (it builds every fuzzer)")
endif()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/corpus ${ARTIFACTS})
file(GLOB seeds ${CORPUS}/*)
if(NOT seeds)
    message(FATAL_ERROR "the seed corpus ${CORPUS} is empty")
endif()
file(COPY ${seeds} DESTINATION ${WORK_DIR}/corpus)

execute_process(
    COMMAND ${FUZZER}
        -runs=${RUNS}
        -max_len=4096
        -timeout=10
        -rss_limit_mb=2048
        -dict=${DICT}
        -print_final_stats=1
        -artifact_prefix=${ARTIFACTS}/
        ${WORK_DIR}/corpus
    WORKING_DIRECTORY ${WORK_DIR}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the fuzzer failed (${result}); the input is in ${ARTIFACTS}")
endif()
