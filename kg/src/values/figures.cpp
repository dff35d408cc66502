#include "evkg/kg/figures.hpp"

#include <fmt/format.h>

namespace evkg::kg {

namespace {

struct vague_quantity {
    std::string_view qualifier;
    figure_bounds bounds;
};

// The plural read literally for the bounds; ACLED's coding for its estimate.
figure_bounds const* vague_bounds(std::string_view qualifier) {
    static const vague_quantity table[] = {
        {"several", {3, 9, std::nullopt, 3}},
        {"dozens", {24, 99, std::nullopt, 12}},
        {"scores", {40, 99, std::nullopt, 40}},
        {"hundreds", {200, 999, std::nullopt, 100}},
        {"many", {}},
        {"unspecified", {}},
    };
    for (auto const& row : table)
        if (row.qualifier == qualifier) return &row.bounds;
    return nullptr;
}

std::size_t numbers_needed(std::string_view qualifier) {
    if (qualifier == "between") return 2;
    if (qualifier == "exactly" || qualifier == "at-least" || qualifier == "at-most" ||
        qualifier == "about")
        return 1;
    return 0;
}

} // namespace

std::optional<figure_bounds> bounds_of(std::string_view qualifier,
                                       std::vector<std::uint64_t> const& numbers,
                                       std::string& error) {
    std::size_t const needed = numbers_needed(qualifier);
    figure_bounds const* vague = needed == 0 ? vague_bounds(qualifier) : nullptr;
    if (needed == 0 && vague == nullptr) {
        error = fmt::format("unknown quantity `{}`", qualifier);
        return std::nullopt;
    }
    if (numbers.size() != needed) {
        error = fmt::format("`{}` takes {} number{}", qualifier, needed, needed == 1 ? "" : "s");
        return std::nullopt;
    }
    if (vague != nullptr) return *vague;
    std::uint64_t const n = numbers[0];
    if (qualifier == "exactly") return figure_bounds{n, n, n, n};
    if (qualifier == "at-least") return figure_bounds{n, std::nullopt, std::nullopt, n};
    if (qualifier == "at-most") return figure_bounds{0, n, std::nullopt, n};
    if (qualifier == "about") return figure_bounds{std::nullopt, std::nullopt, n, n};
    std::uint64_t const m = numbers[1]; // between
    if (n > m) {
        error =
            fmt::format("'between {} and {}': the first number must not exceed the second", n, m);
        return std::nullopt;
    }
    return figure_bounds{n, m, std::nullopt, n};
}

} // namespace evkg::kg
