#include "model_builder.hpp"

#include "evkg/kg/iri.hpp"
#include "evkg/kg/lexical.hpp"
#include "reused_vocabulary.hpp"

#include <fmt/format.h>

#include <array>
#include <string>

namespace evkg::kg {

model_builder::model_builder(quad_sink& sink, diagnostics& out) : sink_(sink), out_(out) {}

void model_builder::internal_error(std::string message) {
    failed_ = true;
    out_.error({}, "internal error: " + message);
}

namespace {
// The IRIs checked lately, per thread and for the whole run (a model_builder
// lives for one file): the same graph, subject and predicate IRIs come back
// quad after quad. A fixed size, so a corpus of any size is built in the
// same memory.
struct checked_iris {
    struct entry {
        std::size_t hash = 0;
        std::string iri;
    };
    std::array<entry, 1024> by_hash;
    std::array<std::string, 4> recent; // compared before hashing
    std::size_t next_recent = 0;

    void remember_recent(std::string_view iri) {
        recent[next_recent++ % recent.size()].assign(iri);
    }
};
thread_local checked_iris checked;
} // namespace

bool model_builder::valid_iri(std::string_view iri) {
    for (auto const& recent : checked.recent)
        if (recent == iri) return true;
    std::size_t const hash = std::hash<std::string_view>{}(iri);
    auto& slot = checked.by_hash[hash % checked.by_hash.size()];
    if (slot.hash == hash && slot.iri == iri) {
        checked.remember_recent(iri);
        return true;
    }
    if (auto problem = iri_problem(iri); !problem.empty()) {
        internal_error(fmt::format("refusing the IRI <{}>: {}", iri, problem));
        return false;
    }
    slot.hash = hash;
    slot.iri.assign(iri);
    checked.remember_recent(iri);
    return true;
}

void model_builder::insert(std::string_view graph, std::string_view subject,
                           std::string_view predicate, object_term const& object) {
    if (!valid_iri(graph) || !valid_iri(subject) || !valid_iri(predicate)) return;
    if (!object.literal && !valid_iri(object.text)) return;
    if (!object.datatype.empty() && !valid_iri(object.datatype)) return;
    sink_.add(graph, subject, predicate, object);
}

void model_builder::add_iri(std::string_view graph, std::string_view subject,
                            std::string_view predicate, std::string_view object) {
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

void model_builder::add_integer(std::string_view graph, std::string_view subject,
                                std::string_view predicate, std::uint64_t value) {
    add_typed(graph, subject, predicate, std::to_string(value), xsd::integer);
}

void model_builder::add_boolean(std::string_view graph, std::string_view subject,
                                std::string_view predicate, bool value) {
    add_typed(graph, subject, predicate, canonical_boolean(value), xsd::boolean);
}

} // namespace evkg::kg
