# Brings copies of the translation files up to date with the sources (the
# same lupdate as the update_translations target), then checks them: a
# string new in the sources and not yet translated, a plural form missing,
# or arguments that differ from the source's fail the test. The files of the
# source tree are left as they are.
#   cmake -DLUPDATE=... -DPROJECT_IN=... -DGENERATOR=... -DCHECKER=...
#         -DTS_DIR=... -DWORK=... -P CheckTranslations.cmake
foreach(var LUPDATE PROJECT_IN GENERATOR CHECKER TS_DIR WORK)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CheckTranslations.cmake needs -D${var}=...")
    endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_IN}" "-DOUT_FILE=${WORK}/project.json"
                        -P "${GENERATOR}"
                RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
    message(FATAL_ERROR "The lupdate project could not be written from ${PROJECT_IN}")
endif()
file(COPY "${TS_DIR}/privacy-console_fr.ts" "${TS_DIR}/privacy-console_en.ts" DESTINATION "${WORK}")
execute_process(COMMAND "${LUPDATE}" -silent -project "${WORK}/project.json" -no-obsolete -locations none
                        -tr-function-alias Q_DECLARE_TR_FUNCTIONS+=PC_DOCUMENT_TR_FUNCTIONS
                        -ts "${WORK}/privacy-console_fr.ts" "${WORK}/privacy-console_en.ts"
                RESULT_VARIABLE updated)
if(NOT updated EQUAL 0)
    message(FATAL_ERROR "lupdate failed on the sources")
endif()
execute_process(COMMAND "${CHECKER}" "${WORK}/privacy-console_fr.ts" --plurals "${WORK}/privacy-console_en.ts"
                RESULT_VARIABLE checked)
if(NOT checked EQUAL 0)
    message(FATAL_ERROR "The translations are not complete (see above).")
endif()
