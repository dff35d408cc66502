// A Graphviz picture of an evkg graph: of a dataset evkg built, or of N-Quads (what `evkg build
// -f nquads` writes), so any evkg dataset (also one from a triple store) can be drawn.
#pragma once

#include "evkg/kg/build.hpp"

#include <stdexcept>
#include <string>
#include <string_view>

namespace evkg::kg {

struct dot_options {
    // The data base IRI (`--base`): node identifiers are IRIs with it cut off
    // ("event/drone-strike"), which keeps the DOT source readable.
    std::string base = "https://example.org/evkg/";
    // The DOT graph's name.
    std::string graph_name = "evkg";
    // Also draw actors, places and alliances no drawn edge touches (the registry declares
    // many a report never mentions).
    bool include_isolated = false;
};

// Thrown for input that is not N-Quads; what() names the line and column.
class dot_input_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The DOT source of the picture: actors, alliances, mechanisms, places, events, claims and
// reports as nodes (shape and colour by class); claims filled with their speaker's colour,
// their casualty figures as label lines; contradictions as red dashed edges. Byte-identical
// for the same set of quads, whatever their order. Throws dot_input_error on bad N-Quads.
std::string to_dot(std::string_view nquads, dot_options const& options = {});

// The same picture of a built dataset, read from its quads: the same bytes as to_dot of its
// N-Quads (serialize(data, syntax::nquads)), without writing and parsing them.
std::string to_dot(dataset const& data, dot_options const& options = {});

} // namespace evkg::kg
