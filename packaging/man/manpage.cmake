# SPDX-FileCopyrightText: 2026 The Front Desk developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Makes a program's man page from its own --help, at build time, so the two cannot drift:
#   cmake -DHELP2MAN=… -DPROGRAM=… -DNAME="…" -DINCLUDE=… -DOUTPUT=… [-DCOMMANDS=ON]
#         -P manpage.cmake
# With COMMANDS, each command listed under "Commands:" in the program's help gets its own
# subsection made from `PROGRAM COMMAND --help`: its summary, example and options.

foreach(var HELP2MAN PROGRAM NAME INCLUDE OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "manpage.cmake: ${var} is not set")
    endif()
endforeach()

# The same text for everyone who builds it: English, no display, no user's home.
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} offscreen)
get_filename_component(work "${OUTPUT}" DIRECTORY)
set(runtime "${work}/runtime")
file(MAKE_DIRECTORY "${runtime}")
file(CHMOD "${runtime}" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(ENV{XDG_RUNTIME_DIR} "${runtime}")

# roff reads a leading "." or "'" as a request and "\" as an escape: quote them.
function(roff_escape out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

get_filename_component(program_name "${PROGRAM}" NAME)
file(READ "${INCLUDE}" include_text)
if(COMMANDS)
    execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${PROGRAM} --help failed: ${rc}")
    endif()
    string(REGEX MATCH "Commands:\n(  [^\n]+\n)+" listed "${help}")
    string(REGEX MATCHALL "\n  [a-z-]+ " names "${listed}")
    if(NOT names)
        message(FATAL_ERROR "no commands found in ${PROGRAM} --help")
    endif()
    string(APPEND include_text "\n[COMMANDS]\n")
    foreach(name IN LISTS names)
        string(STRIP "${name}" name)
        execute_process(COMMAND "${PROGRAM}" ${name} --help OUTPUT_VARIABLE text
                        RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "${PROGRAM} ${name} --help failed: ${rc}")
        endif()
        string(APPEND include_text ".SS ${name}\n")
        # Usage line, summary, "Example:" and its command, then "Options:" and one per line.
        string(REPLACE ";" "\\;" text "${text}")
        string(REPLACE "\n" ";" lines "${text}")
        set(section summary)
        foreach(line IN LISTS lines)
            if(line MATCHES "^Usage: ")
                continue()
            elseif(line STREQUAL "Example:")
                set(section example)
                string(APPEND include_text ".PP\nExample:\n")
            elseif(line STREQUAL "Options:")
                set(section options)
            elseif(line STREQUAL "")
                continue()
            elseif(section STREQUAL "summary")
                roff_escape(line "${line}")
                string(APPEND include_text ".PP\n${line}\n")
            elseif(section STREQUAL "example")
                string(STRIP "${line}" line)
                roff_escape(line "${line}")
                string(APPEND include_text ".IP\n\\fB${line}\\fR\n")
            elseif(line MATCHES "^  (-([^ ]| [^ ])*)  +([^ ].*)$")
                set(option "${CMAKE_MATCH_1}")
                set(description "${CMAKE_MATCH_3}")
                # The options every command shares are described once, above.
                if(option MATCHES "^(--db|--json|--user|-h, --help)( |$)")
                    continue()
                endif()
                roff_escape(option "${option}")
                roff_escape(description "${description}")
                string(APPEND include_text ".TP\n\\fB${option}\\fR\n${description}\n")
            else()
                string(STRIP "${line}" line)
                roff_escape(line "${line}")
                string(APPEND include_text "${line}\n")
            endif()
        endforeach()
    endforeach()
endif()
file(WRITE "${work}/${program_name}.h2m" "${include_text}")

execute_process(
    COMMAND "${HELP2MAN}" --no-info --section 1 "--name=${NAME}"
            "--include=${work}/${program_name}.h2m" "--output=${OUTPUT}" "${PROGRAM}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed for ${PROGRAM}: ${rc}")
endif()
