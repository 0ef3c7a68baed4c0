# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries every compile setting; each target links it, so nothing is set globally.
add_library(souffleur_options INTERFACE)
target_compile_features(souffleur_options INTERFACE cxx_std_20)
target_compile_definitions(souffleur_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SOUFFLEUR_VERSION="${PROJECT_VERSION}")
target_compile_options(souffleur_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(SOUFFLEUR_WERROR)
    target_compile_options(souffleur_options INTERFACE -Werror)
endif()
if(SOUFFLEUR_SANITIZE)
    target_compile_options(souffleur_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(souffleur_options INTERFACE -fsanitize=address,undefined)
endif()
if(SOUFFLEUR_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "SOUFFLEUR_FUZZ needs clang (libFuzzer): configure with the fuzz preset")
    endif()
    # Every library is instrumented for coverage and checked by ASan/UBSan; only the fuzz executables link the
    # libFuzzer driver (tests/fuzz/CMakeLists.txt).
    target_compile_options(souffleur_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(souffleur_options INTERFACE -fsanitize=address,undefined)
endif()
