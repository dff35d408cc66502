// Skimming: what the first pass of a two-pass build needs of a declaration
// is its kind and identifier (corpus_index); its label and block are stepped
// over, not parsed. Exact for a valid file only: a skimmed file must be
// parsed in full later (parse_skimmed_file), and the skim trusted only if
// that finds no error.
#pragma once

#include "evkg/grammar/ast.hpp"

#include <cstddef>
#include <utility>
#include <vector>

namespace evkg::detail {

struct skimmed {
    char const* end = nullptr; // just past the declaration; nullptr: parse it in full
    ast::declaration declaration;
};

// The declaration that starts at `start` (a statement's first byte), when
// its kind is one the index needs nothing more of (not `report`, nor
// `prefix` or `use`) and it can be stepped over: its label ends on its
// line and its block's braces balance outside strings, IRIs and comments.
// The kind and identifier are tagged in `spans` as the grammar tags them.
skimmed skim_declaration(char const* text_begin, char const* start, char const* last,
                         std::vector<std::pair<std::size_t, std::size_t>>& spans);

} // namespace evkg::detail
