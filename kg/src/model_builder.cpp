#include "model_builder.hpp"

#include "evkg/kg/iri.hpp"
#include "evkg/kg/lexical.hpp"
#include "reused_vocabulary.hpp"

#include <fmt/format.h>

namespace evkg::kg {

namespace {
uint8_t const* bytes(std::string const& s) { return reinterpret_cast<uint8_t const*>(s.c_str()); }
} // namespace

model_builder::model_builder(SordWorld* world, SordModel* model, diagnostics& out)
    : world_(world), model_(model), out_(out) {}

void model_builder::internal_error(std::string message) {
    failed_ = true;
    out_.error({}, "internal error: " + message);
}

handles::sord_node model_builder::uri(std::string_view iri) {
    std::string text(iri);
    // The same graph, subject and predicate IRIs come back for every quad:
    // check each distinct IRI once.
    if (!validated_iris_.contains(text)) {
        if (auto problem = iri_problem(iri); !problem.empty()) {
            internal_error(fmt::format("refusing the IRI <{}>: {}", iri, problem));
            return {};
        }
        validated_iris_.insert(text);
    }
    return {world_, sord_new_uri(world_, bytes(text))};
}

void model_builder::insert(std::string_view graph, std::string_view subject,
                           std::string_view predicate, handles::sord_node object) {
    handles::sord_node g = uri(graph);
    handles::sord_node s = uri(subject);
    handles::sord_node p = uri(predicate);
    if (!g || !s || !p || !object) {
        failed_ = true;
        return;
    }
    SordQuad quad{s.get(), p.get(), object.get(), g.get()};
    // sord_add takes its own references; false means the quad was already
    // there, which is fine (the same fact stated twice).
    sord_add(model_, quad);
}

void model_builder::add_iri(std::string_view graph, std::string_view subject,
                            std::string_view predicate, std::string_view object) {
    insert(graph, subject, predicate, uri(object));
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
    std::string const text(value);
    handles::sord_node literal{world_, sord_new_literal(world_, nullptr, bytes(text),
                                                        tag.empty() ? nullptr : tag.c_str())};
    insert(graph, subject, predicate, std::move(literal));
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
    handles::sord_node type = uri(datatype);
    if (!type) return;
    std::string const text(lexical);
    handles::sord_node literal{world_, sord_new_literal(world_, type.get(), bytes(text), nullptr)};
    insert(graph, subject, predicate, std::move(literal));
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
