// The checks on a parsed file that the grammar leaves open (docs/language.md,
// "Properties"): which property may stand in which kind of declaration, the
// properties that take exactly one item, properties given twice that take one
// value, `published` as a full calendar date, the properties of a casualty
// figure, and at most one report per file.
//
// parse_file calls it on every file it parses (also on the statements of a
// file with syntax errors), so load_corpus and every other caller get it.
#pragma once

#include "evkg/grammar/diagnostics.hpp"
#include "evkg/grammar/parser.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace evkg {

void check_structure(parsed_file const& file, source_set const& sources, diagnostics& out);

// The property keywords allowed in a declaration of `kind` ("figure" for a
// `casualties` block), in the order of docs/language.md.
std::vector<std::string> allowed_properties(std::string_view kind);

} // namespace evkg
