#include "quads/model_builder.hpp"

#include "evkg/kg/iri.hpp"
#include "evkg/kg/lexical.hpp"
#include "vocabulary/reused_vocabulary.hpp"

#include <fmt/format.h>

#include <cassert>
#include <charconv>
#include <string>

namespace evkg::kg {

model_builder::model_builder(quad_sink& sink, diagnostics& out) : sink_(sink), out_(out) {}

void model_builder::internal_error(std::string message) {
    failed_ = true;
    out_.error({}, "internal error: " + message);
}

bool model_builder::valid_iri(std::string_view iri) {
    if (auto problem = iri_problem(iri); !problem.empty()) {
        internal_error(fmt::format("refusing the IRI <{}>: {}", iri, problem));
        return false;
    }
    return true;
}

namespace {
// For the asserts only: evkg's own IRIs are valid by construction.
[[maybe_unused]] bool is_own_iri(std::string_view iri) { return iri_problem(iri).empty(); }
} // namespace

// The graph, subject, predicate and datatype are evkg's own IRIs: checking
// each of them on every quad cost more than writing the quad.
void model_builder::insert(std::string_view graph, std::string_view subject,
                           std::string_view predicate, object_term const& object) {
    assert(is_own_iri(graph) && is_own_iri(subject) && is_own_iri(predicate));
    assert(object.datatype.empty() || is_own_iri(object.datatype));
    sink_.add(graph, subject, predicate, object);
}

void model_builder::add_iri(std::string_view graph, std::string_view subject,
                            std::string_view predicate, std::string_view object) {
    if (!valid_iri(object)) return;
    insert(graph, subject, predicate, object_term{false, object, {}, {}});
}

void model_builder::add_minted_iri(std::string_view graph, std::string_view subject,
                                   std::string_view predicate, std::string_view object) {
    assert(is_own_iri(object));
    insert(graph, subject, predicate, object_term{false, object, {}, {}});
}

void model_builder::add_text(std::string_view graph, std::string_view subject,
                             std::string_view predicate, std::string_view value,
                             std::string_view language) {
    if (!is_literal_text(value)) {
        internal_error("refusing a string that is not valid UTF-8 or holds a NUL byte");
        return;
    }
    std::string tag;
    if (!language.empty()) {
        auto canonical = canonical_language_tag(language);
        if (!canonical) {
            internal_error(fmt::format("refusing the language tag '{}'", language));
            return;
        }
        tag = *canonical;
    }
    insert(graph, subject, predicate, object_term{true, value, {}, tag});
}

void model_builder::add_typed(std::string_view graph, std::string_view subject,
                              std::string_view predicate, std::string_view lexical,
                              std::string_view datatype) {
    // The forms Serd writes unquoted must be canonical, or they could inject
    // syntax into Turtle: check them here once more.
    bool ok = is_literal_text(lexical);
    if (datatype == xsd::integer) ok = ok && canonical_integer(lexical) == std::string(lexical);
    if (datatype == xsd::boolean) ok = ok && (lexical == "true" || lexical == "false");
    if (datatype == xsd::decimal) ok = ok && canonical_decimal(lexical) == std::string(lexical);
    if (!ok) {
        internal_error(fmt::format("refusing the lexical form '{}' for <{}>", lexical, datatype));
        return;
    }
    insert(graph, subject, predicate, object_term{true, lexical, datatype, {}});
}

// The decimal digits of an unsigned number are its canonical xsd:integer
// form: no need to check them as add_typed does.
void model_builder::add_integer(std::string_view graph, std::string_view subject,
                                std::string_view predicate, std::uint64_t value) {
    char digits[20];
    auto const end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    insert(graph, subject, predicate,
           object_term{true, std::string_view(digits, end - digits), xsd::integer, {}});
}

void model_builder::add_boolean(std::string_view graph, std::string_view subject,
                                std::string_view predicate, bool value) {
    insert(graph, subject, predicate,
           object_term{true, value ? "true" : "false", xsd::boolean, {}});
}

} // namespace evkg::kg
