#include "concepts.hpp"

#include "evkg/kg/vocabulary.hpp"

#include <algorithm>

namespace evkg::kg {

std::optional<std::string_view> find_concept(std::string_view scheme_namespace,
                                             std::string_view notation) {
    for (auto const& entry : vocab::concepts)
        if (entry.notation == notation && entry.iri.starts_with(scheme_namespace)) return entry.iri;
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
