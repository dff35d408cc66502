// Checks quads and hands them to a quad_sink. The last gate before Serd:
// every IRI that comes from the input is checked against RFC 3987 and every
// literal and language tag for well-formedness, so nothing Serd would write
// raw or mangle can reach it. A failed check is an internal error
// (resolution should have caught the user's mistake first).
//
// evkg's own IRIs are valid by construction and not checked again (debug
// builds assert it): the graph, subject and predicate of every quad, the
// datatypes, and the objects given to add_minted_iri. They are minted from
// the validated base followed by identifiers (checked as
// [A-Za-z_][A-Za-z0-9_-]*, at most max_identifier_bytes) and fixed path
// segments, or are vocabulary constants.
#pragma once

#include "evkg/grammar/diagnostics.hpp"
#include "quads/quad_sink.hpp"

#include <cstdint>

#include <string>
#include <string_view>

namespace evkg::kg {

class model_builder {
public:
    model_builder(quad_sink& sink, diagnostics& out);

    // An IRI from the input (`url`, `same-as`): checked.
    void add_iri(std::string_view graph, std::string_view subject, std::string_view predicate,
                 std::string_view object);
    // One of evkg's own IRIs (minted, or a vocabulary constant): not checked.
    void add_minted_iri(std::string_view graph, std::string_view subject,
                        std::string_view predicate, std::string_view object);
    // A plain string, with a language tag when `language` is not empty.
    void add_text(std::string_view graph, std::string_view subject, std::string_view predicate,
                  std::string_view value, std::string_view language = {});
    // A typed literal whose lexical form the caller canonicalised.
    void add_typed(std::string_view graph, std::string_view subject, std::string_view predicate,
                   std::string_view lexical, std::string_view datatype);
    void add_integer(std::string_view graph, std::string_view subject, std::string_view predicate,
                     std::uint64_t value);
    void add_boolean(std::string_view graph, std::string_view subject, std::string_view predicate,
                     bool value);

    bool failed() const { return failed_; }

    // The quads of one declaration are complete.
    void end_declaration() { sink_.end_declaration(); }

private:
    bool valid_iri(std::string_view iri);
    void insert(std::string_view graph, std::string_view subject, std::string_view predicate,
                object_term const& object);
    void internal_error(std::string message);

    quad_sink& sink_;
    diagnostics& out_;
    bool failed_ = false;
};

} // namespace evkg::kg
