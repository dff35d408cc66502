// The words of the annotation language as lists of strings, for "did you
// mean" suggestions and messages: read from the language table
// (evkg/grammar/language.hpp), which is their one source.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace evkg::keywords {

// report, outlet, state, ... claim.
std::vector<std::string> const& declaration_kinds();
// Every property keyword, in declaration blocks and in `casualties` blocks.
std::vector<std::string> const& property_keys();
// exactly, at-least, at-most, about, between, dozens, ..., unspecified.
std::vector<std::string> const& quantity_words();
// killed, injured, abducted, displaced, arrested, losses.
std::vector<std::string> const& outcome_words();
// today, yesterday, monday ... sunday, weekend.
std::vector<std::string> const& day_words();

bool is_declaration_kind(std::string_view word);
bool is_property_key(std::string_view word);

} // namespace evkg::keywords
