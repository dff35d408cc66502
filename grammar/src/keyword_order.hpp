// The order of the keyword tables the grammar and check_structure search:
// by length, then by text, so a lookup compares lengths first and bytes only
// among the few keywords as long as the word.
#pragma once

#include <string_view>

namespace evkg::detail {

constexpr bool shorter_first(std::string_view a, std::string_view b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

} // namespace evkg::detail
