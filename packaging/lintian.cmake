# SPDX-FileCopyrightText: 2026 The Front Desk developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds the Debian package from the build in BINARY_DIR into a scratch folder and runs lintian
# on it: any error or warning fails.
string(RANDOM LENGTH 8 run)
set(out "${BINARY_DIR}/lintian-check-${run}")
file(REMOVE_RECURSE "${out}")
file(MAKE_DIRECTORY "${out}")
execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G DEB -B "${out}"
                        --config "${BINARY_DIR}/CPackConfig.cmake"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed: ${rc}")
endif()
file(GLOB debs "${out}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one package in ${out}, found: ${debs}")
endif()
execute_process(COMMAND ${LINTIAN} --fail-on error,warning --info ${debs} RESULT_VARIABLE rc)
file(REMOVE_RECURSE "${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lintian found errors or warnings in the package")
endif()
