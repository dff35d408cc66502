// One parsed file into a quad sink, against the index of its corpus: what
// every build does per file, in one pass or two, whatever the sink.
#pragma once

#include "evkg/kg/build.hpp"
#include "index/corpus_index.hpp"
#include "quads/quad_sink.hpp"

#include <cstddef>
#include <string>

namespace evkg::kg {

// The base IRI checked before anything is built; false (an error) if invalid.
bool base_ok(build_options const& options, diagnostics& out);

// One file resolved against the index, its errors into `out`, its quads
// into `sink` (none: `check`, which stops after resolution); false on an
// internal error (a term the model refused).
bool build_file(corpus_index const& index, std::size_t file_index, parsed_file const& file,
                std::string const& base, quad_sink* sink, diagnostics& out);

} // namespace evkg::kg
