// SKOS concepts by notation: the keyword a researcher writes (`drone-strike`)
// to the concept IRI of the generated table (ontology/vocabularies.ttl).
#pragma once

#include "evkg/grammar/language.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evkg::kg {

// The IRI of the concept with `notation` whose IRI lies in `scheme_namespace`
// (one of the constants in reused_vocabulary.hpp, namespace scheme).
std::optional<std::string_view> find_concept(std::string_view scheme_namespace,
                                             std::string_view notation);

// The namespace of a vocabulary the language table names (scheme:: in
// reused_vocabulary.hpp).
std::string_view scheme_of(language::vocabulary vocabulary);

// Every notation of a scheme, sorted: candidates for "did you mean".
std::vector<std::string> notations_of(std::string_view scheme_namespace);

} // namespace evkg::kg
