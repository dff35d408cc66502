#include "concepts.hpp"

#include "evkg/kg/vocabulary.hpp"

#include <algorithm>

namespace evkg::kg {

namespace {
// The concepts by notation, built once: every concept reference of a corpus
// looks one up (a linear search over the 110 concepts was 1% of a build).
std::vector<vocab::concept_entry const*> const& by_notation() {
    static std::vector<vocab::concept_entry const*> const index = [] {
        std::vector<vocab::concept_entry const*> out;
        for (auto const& entry : vocab::concepts)
            out.push_back(&entry);
        std::stable_sort(out.begin(), out.end(),
                         [](auto const* a, auto const* b) { return a->notation < b->notation; });
        return out;
    }();
    return index;
}
} // namespace

std::optional<std::string_view> find_concept(std::string_view scheme_namespace,
                                             std::string_view notation) {
    auto const& index = by_notation();
    auto it =
        std::lower_bound(index.begin(), index.end(), notation,
                         [](auto const* entry, std::string_view n) { return entry->notation < n; });
    for (; it != index.end() && (*it)->notation == notation; ++it)
        if ((*it)->iri.starts_with(scheme_namespace)) return (*it)->iri;
    return std::nullopt;
}

std::vector<std::string> notations_of(std::string_view scheme_namespace) {
    std::vector<std::string> out;
    for (auto const& entry : vocab::concepts)
        if (entry.iri.starts_with(scheme_namespace)) out.emplace_back(entry.notation);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace evkg::kg
