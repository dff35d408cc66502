// Shared by the builders of declarations and claims: minting IRIs
// (docs/rdf-mapping.md, "Data IRIs") and writing the pieces several kinds of
// declaration have in common.
#pragma once

#include "quads/model_builder.hpp"
#include "resolve/resolve.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace evkg::kg {

// How a diagnostic names a reference of `key` in a declaration of `where`:
// the language table's role for it, else "the `KEY` of A KIND".
// resolver::reference takes it as text, so it is built for every reference:
// by concatenation, which costs a tenth of fmt::format.
inline std::string reference_role(language::key key, decl_kind where) {
    auto const& row = language::info(key);
    if (!row.role.empty()) return std::string(row.role);
    std::string_view const what = language::info(where).phrase;
    std::string role;
    role.reserve(row.word.size() + what.size() + 10);
    role.append("the `").append(row.word).append("` of ").append(what);
    return role;
}

struct emitter {
    resolver const& resolve;
    model_builder& model;
    std::string base; // validated: absolute, ends in '/' or '#'

    // The IRI of a declaration: base + "actor/ID", "place/ID", ...
    std::string iri_of(symbol const& s) const;
    void spell_iri(symbol const& s, std::string& iri) const; // the same, into `iri`
    // model.add_minted_iri with the IRI of the declaration `target` as the
    // object, spelt in a buffer kept from one reference to the next (not a
    // new string each).
    void add_reference(std::string_view graph, std::string_view subject, std::string_view predicate,
                       symbol const& target);
    // The graph holding what a declaration says: its report's graph, else the
    // registry graph.
    std::string graph_of(local_symbol const& s) const;
    std::string minted(std::string_view path) const { return base + std::string(path); }

    std::string reference_iri = {}; // add_reference's buffer
};

// Every declaration: class, labels, aliases, same-as, notes, sentences,
// provenance. Then the kind-specific properties.
void emit_declaration(emitter& e, local_symbol const& s);
void emit_common_properties(emitter& e, local_symbol const& s, std::string const& subject,
                            std::string const& graph);
// Claims: metadata in the report graph, content in the claim's own graph.
void emit_claim(emitter& e, local_symbol const& s);

// A date property (`date` of an event, `on` of a claim): links `subject` by
// `predicate` to the time span node SUBJECT/time, whose phrase is the one
// written after the date (tagged with its own language, else with
// `default_language`) or else the date as spelt.
void emit_dated(emitter& e, local_symbol const& s, std::string const& graph,
                std::string const& subject, std::string_view predicate, ast::property const& p,
                std::string const& default_language, report_info const* report);

// A time span node (docs/rdf-mapping.md, "Time spans").
void emit_time_span(emitter& e, std::string const& graph, std::string const& node,
                    time_span const& span, std::string const& phrase,
                    std::string const& phrase_language, report_info const* report);

// Every `target fama, "civilian gold miners"` of the declaration (or
// `victim`, as `key` says): actors as they are, descriptions as nodes
// SUBJECT/KEY-N (a evkg:DescribedGroup), numbered across the properties.
void emit_targets(emitter& e, local_symbol const& s, std::string const& graph,
                  std::string const& subject, std::string_view predicate, language::key key);

// A date point written with its own datatype (founded, since, until ...).
void emit_date_value(emitter& e, local_symbol const& s, std::string const& graph,
                     std::string const& subject, std::string_view predicate,
                     ast::date_point const& point);

} // namespace evkg::kg
