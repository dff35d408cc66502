# cmake -P script: install, configure and build the consumer, run it.
file(REMOVE_RECURSE ${SCRATCH_DIR})
set(prefix ${SCRATCH_DIR}/prefix)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} --install ${EVKG_BUILD_DIR} --prefix ${prefix})
foreach(expected bin/evkg include/evkg/grammar/parser.hpp include/evkg/kg/build.hpp
        share/evkg/ontology/evkg.ttl share/evkg/ontology/shapes.ttl)
  if(NOT EXISTS ${prefix}/${expected})
    message(FATAL_ERROR "missing after install: ${expected}")
  endif()
endforeach()
run(${CMAKE_COMMAND} -S ${CONSUMER_SOURCE_DIR} -B ${SCRATCH_DIR}/consumer -G ${GENERATOR}
    -DCMAKE_PREFIX_PATH=${prefix})
run(${CMAKE_COMMAND} --build ${SCRATCH_DIR}/consumer)
run(${SCRATCH_DIR}/consumer/evkg_consumer ${SAMPLE})
if(NOT last_output MATCHES "quads: [1-9][0-9]*")
  message(FATAL_ERROR "consumer printed no quads: ${last_output}")
endif()
message(STATUS "consumer: ${last_output}")
