# CTest script: do the shipped catalogues hold exactly the messages the sources have now?
# Runs lupdate with the app's own lupdate project (the one `update_translations` uses: same sources,
# same include paths) into a fresh catalogue in WORK_DIR, then compares it with each shipped one.
#   -DLUPDATE=<lupdate> -DCHECK=<numberdesk-i18n-check> -DPROJECT=<.lupdate/numberdesk_project.cmake>
#   -DGENERATE=<Qt's GenerateLUpdateProject.cmake> -DWORK_DIR=<dir> -DCATALOGUES=<ts|ts|…>
include("${PROJECT}")
string(REPLACE "|" ";" catalogues "${CATALOGUES}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(fresh "${WORK_DIR}/numberdesk_en.ts") # named for English, the sources' language
file(WRITE "${WORK_DIR}/project.cmake"
    "set(lupdate_project_file \"${lupdate_project_file}\")\n"
    "set(lupdate_include_paths \"${lupdate_include_paths}\")\n"
    "set(lupdate_sources \"${lupdate_sources}\")\n"
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
