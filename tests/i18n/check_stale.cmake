# CTest script: do the shipped catalogues hold exactly the messages the sources have now?
# Runs lupdate with the app's own lupdate project (the one `update_translations` uses: same sources,
# same include paths) into a fresh catalogue in WORK_DIR, then compares it with each shipped one.
#   -DLUPDATE=<lupdate> -DCHECK=<numberdesk-i18n-check> -DPROJECT=<.lupdate/numberdesk_project.cmake>
#   -DGENERATE=<Qt's GenerateLUpdateProject.cmake> -DWORK_DIR=<dir> -DCATALOGUES=<ts|ts|…>
if(NOT EXISTS "${PROJECT}")
    message(FATAL_ERROR "no lupdate project at ${PROJECT}: has qt_add_translations() changed?")
endif()
string(REPLACE "|" ";" catalogues "${CATALOGUES}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(fresh "${WORK_DIR}/numberdesk_en.ts") # named for English, the sources' language
# The app's project as it is (Qt 6.7+ keeps each source target's include paths in lupdate_subproject*
# variables, 6.4 in lupdate_include_paths: include it whole), with the fresh catalogue as the output.
file(WRITE "${WORK_DIR}/project.cmake"
    "include(\"${PROJECT}\")\n"
    "set(lupdate_translations \"${fresh}\")\n")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${WORK_DIR}/project.cmake"
    "-DOUT_FILE=${WORK_DIR}/project.json" -P "${GENERATE}" RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "could not write the lupdate project: ${result}")
endif()
execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -project "${WORK_DIR}/project.json"
    RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "lupdate failed: ${result}")
endif()
execute_process(COMMAND "${CHECK}" stale "${fresh}" ${catalogues} RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "The catalogues are not up to date with the sources: run "
        "`cmake --build <build> --target update_translations`, then translate the new messages.")
endif()
