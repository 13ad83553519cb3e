# SPDX-FileCopyrightText: 2026 The Front Desk developers
# SPDX-License-Identifier: GPL-3.0-or-later

# The layers as PRODUCT.md draws them, checked on every test run: ui/ and app/ reach the core
# through the clinic session only (no store header, no QtSql, no SQLite), and no code in core/
# outside the store's implementations (store/sql, store/sqlite, store/postgres) holds SQL. The
# session's factory (clinic.cpp) is the one place that names the stores, to open them and to
# copy a clinic between them.
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "run with -DSOURCE_DIR=<the source tree>")
endif()
set(failures "")

file(GLOB_RECURSE outer ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
                        ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
foreach(file IN LISTS outer)
    file(STRINGS ${file} hits REGEX "#include [<\"](store/|QSql|qsql|sqlite3)")
    if(hits)
        list(APPEND failures "${file}: ${hits}")
    endif()
endforeach()

file(GLOB_RECURSE core ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h)
foreach(file IN LISTS core)
    if(file MATCHES "/core/store/(sql|sqlite|postgres)/")
        continue()
    endif()
    file(STRINGS ${file} hits REGEX "#include [<\"](QSql|qsql|sqlite3)")
    file(STRINGS ${file} sql REGEX "\"(SELECT |INSERT INTO |UPDATE [a-z_]+ SET |DELETE FROM |CREATE TABLE |PRAGMA )")
    if(NOT file MATCHES "/core/clinic/clinic.cpp$")
        file(STRINGS ${file} backend REGEX "#include \"store/(sql|sqlite|postgres)/")
    else()
        set(backend "")
    endif()
    if(hits OR sql OR backend)
        list(APPEND failures "${file}: ${hits}${sql}${backend}")
    endif()
endforeach()

if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "layering broken:\n${text}")
endif()
message(STATUS "layering: ${SOURCE_DIR} keeps its layers")
