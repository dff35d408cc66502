#include "vocabulary/concepts.hpp"

#include "evkg/kg/vocabulary.hpp"
#include "vocabulary/reused_vocabulary.hpp"

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

std::string_view scheme_of(language::vocabulary vocabulary) {
    using v = language::vocabulary;
    switch (vocabulary) {
    case v::none:
        break;
    case v::event_type:
        return scheme::event_type;
    case v::role:
        return scheme::role;
    case v::quantifier:
        return scheme::quantifier;
    case v::outcome:
        return scheme::outcome;
    case v::combatant_status:
        return scheme::combatant_status;
    case v::speech_act:
        return scheme::speech_act;
    case v::aspect:
        return scheme::aspect;
    case v::verification:
        return scheme::verification;
    case v::ideology:
        return scheme::ideology;
    case v::place_type:
        return scheme::place_type;
    case v::direction:
        return scheme::direction;
    case v::affiliation:
        return scheme::affiliation;
    case v::precision:
        return scheme::precision;
    case v::rank:
        return scheme::rank;
    }
    return {};
}

} // namespace evkg::kg
