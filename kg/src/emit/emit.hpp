// Records of the resolved model into quads (docs/rdf-mapping.md): minting
// IRIs ("Data IRIs") and writing, one function per construct, what each
// record holds. Nothing here looks at the AST or reports a mistake: all of
// that happened in resolve/.
#pragma once

#include "quads/model_builder.hpp"
#include "resolve/model.hpp"

#include <string>
#include <string_view>

namespace evkg::kg {

struct emitter {
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
    void add_references(std::string_view graph, std::string_view subject,
                        std::string_view predicate, resolved::reference_list const& targets);
    void add_concepts(std::string_view graph, std::string_view subject, std::string_view predicate,
                      resolved::concept_list const& concepts);
    void add_texts(std::string_view graph, std::string_view subject, std::string_view predicate,
                   resolved::text_list const& texts);
    // The graph holding what a declaration says: its report's graph, else the
    // registry graph.
    std::string graph_of(resolved::declaration const& d) const;
    std::string minted(std::string_view path) const { return base + std::string(path); }

    std::string reference_iri = {}; // add_reference's buffer
};

// One declaration: class, labels, aliases, same-as, notes, sentences,
// provenance, then what its kind says.
void emit_declaration(emitter& e, resolved::declaration const& d);
void emit_common(emitter& e, resolved::declaration const& d, std::string const& subject,
                 std::string const& graph);
// Statements: in their report's graph, or their claim's content graph.
void emit_statement(emitter& e, resolved::declaration const& d);
// Claims: metadata in the report graph, content in the claim's own graph.
void emit_claim(emitter& e, resolved::declaration const& d, resolved::claim const& claim);

// A date property (`date` of an event, `on` of a claim): `subject` linked by
// `predicate` to the time span node SUBJECT/time (docs/rdf-mapping.md,
// "Time spans"), relative to `report` when the date was.
void emit_time_node(emitter& e, std::string const& graph, std::string const& subject,
                    std::string_view predicate, resolved::time_node const& time,
                    report_info const* report);

// Actors as they are, described groups as nodes SUBJECT/KEY-N (a
// evkg:DescribedGroup), numbered across the declaration.
void emit_targets(emitter& e, std::string const& graph, std::string const& subject,
                  std::string_view predicate, std::string_view node_key,
                  resolved::target_list const& targets);

// `since` and `until` of a time-valid relation, on its node.
void emit_validity(emitter& e, std::string const& graph, std::string const& node,
                   resolved::validity const& valid);

// A single day, month or year with its own datatype (founded, since ...).
void emit_date_value(emitter& e, std::string const& graph, std::string const& subject,
                     std::string_view predicate, time_span const& date);

} // namespace evkg::kg
