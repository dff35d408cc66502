// Bounds of casualty figures (docs/rdf-mapping.md, "Casualty figures"): how a
// qualifier such as `at-least 6` or `dozens` becomes lower/upper bounds, a
// best estimate and the number ACLED would code.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evkg::kg {

struct figure_bounds {
    std::optional<std::uint64_t> lower;
    std::optional<std::uint64_t> upper;
    std::optional<std::uint64_t> best;
    std::optional<std::uint64_t> acled;
};

// `numbers` are the 0, 1 or 2 integers written after the qualifier. Returns
// nullopt with `error` set for an unknown qualifier, a wrong count of numbers
// or `between N and M` with N > M.
std::optional<figure_bounds> bounds_of(std::string_view qualifier,
                                       std::vector<std::uint64_t> const& numbers,
                                       std::string& error);

} // namespace evkg::kg
