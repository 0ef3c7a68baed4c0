# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one Qt Test executable with its test functions in a random order; CTest runs every suite through it
# (souffleur_add_test in tests/CMakeLists.txt). Qt Test 6.4 has no -random option, but it runs the test functions
# named on its command line in the order given (initTestCase first and cleanupTestCase last, as always): this script
# lists them (`-functions`), shuffles them and passes them on.
#
#     cmake -DTEST_EXECUTABLE=path/to/tst_x [-DSEED=N] -P tests/RunInRandomOrder.cmake
#
# The seed is -DSEED, else $SOUFFLEUR_TEST_SEED, else drawn from the clock. It is printed before the test's own
# output, so that an order that failed is replayed with `SOUFFLEUR_TEST_SEED=N ctest --test-dir build -R tst_x`.
if(NOT TEST_EXECUTABLE)
    message(FATAL_ERROR "usage: cmake -DTEST_EXECUTABLE=path [-DSEED=N] -P RunInRandomOrder.cmake")
endif()
execute_process(COMMAND "${TEST_EXECUTABLE}" -functions OUTPUT_VARIABLE listing RESULT_VARIABLE listed)
if(NOT listed EQUAL 0)
    message(FATAL_ERROR "${TEST_EXECUTABLE} -functions failed: ${listed}")
endif()
string(REGEX MATCHALL "[A-Za-z_][A-Za-z0-9_]*\\(\\)" functions "${listing}")
list(TRANSFORM functions REPLACE "\\(\\)$" "")

if(NOT SEED)
    if(NOT "$ENV{SOUFFLEUR_TEST_SEED}" STREQUAL "")
        set(SEED "$ENV{SOUFFLEUR_TEST_SEED}")
    else()
        string(RANDOM LENGTH 6 ALPHABET 123456789 SEED)
    endif()
endif()
if(NOT SEED MATCHES "^[0-9]+$")
    message(FATAL_ERROR "the seed must be a number, not \"${SEED}\"")
endif()

# Fisher-Yates. string(RANDOM) seeds the generator once with RANDOM_SEED; the calls after it continue that sequence.
string(RANDOM LENGTH 1 RANDOM_SEED ${SEED} unused)
set(order "")
list(LENGTH functions left)
while(left GREATER 0)
    string(RANDOM LENGTH 6 ALPHABET 0123456789 draw)
    math(EXPR pick "1${draw} % ${left}")
    list(GET functions ${pick} chosen)
    list(REMOVE_AT functions ${pick})
    list(APPEND order ${chosen})
    math(EXPR left "${left} - 1")
endwhile()

list(JOIN order " " shown)
message("Test functions in random order (seed ${SEED}; SOUFFLEUR_TEST_SEED=${SEED} replays it): ${shown}")
execute_process(COMMAND "${TEST_EXECUTABLE}" ${order} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TEST_EXECUTABLE} ended with ${result} (seed ${SEED})")
endif()
