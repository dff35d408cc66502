// What resolving any declaration needs: the properties of one key read as
// the language table says (references of the kinds it allows, concepts of
// its vocabulary, texts with their language, dates), each mistake a
// diagnostic, each success appended to a list of the resolved model. The
// builders of records (resolve_declaration.cpp, resolve_claim.cpp) are
// sequences of these calls, in the order emit/ writes what they find.
#pragma once

#include "resolve/model.hpp"
#include "resolve/resolve.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace evkg::kg {

struct declaration_scope {
    resolver const& r;
    local_symbol const& s;
    std::size_t file; // s.file_index

    declaration_scope(resolver const& r, local_symbol const& s) : r(r), s(s), file(s.file_index) {}

    std::vector<ast::property> const& properties() const { return s.declaration->properties; }

    // A text with its own language tag, else `default_language`; nullopt
    // (after a diagnostic) for a malformed tag or a text that is not
    // literal text. `checked` false: the tag only (dates' phrases).
    std::optional<resolved::text> text(ast::text const& t, std::string const& default_language = {},
                                       bool checked = true) const;

    // Every item of every `key` property of `properties` (the declaration's
    // own, or a figure's block): identifiers resolved to the kinds the table
    // allows `key` in this kind of declaration.
    void references(std::vector<ast::property> const& properties, language::key key,
                    resolved::reference_list& into) const;
    void references(language::key key, resolved::reference_list& into) const {
        references(properties(), key, into);
    }
    // Notations of the vocabulary the table names for `key`.
    void concepts(std::vector<ast::property> const& properties, language::key key,
                  resolved::concept_list& into) const;
    void concepts(language::key key, resolved::concept_list& into) const {
        concepts(properties(), key, into);
    }
    std::optional<std::string_view> concept_of(language::key key,
                                               ast::identifier const& notation) const;
    // Texts, each with its own language else `default_language`.
    void texts(std::vector<ast::property> const& properties, language::key key,
               resolved::text_list& into, std::string const& default_language = {}) const;
    void texts(language::key key, resolved::text_list& into,
               std::string const& default_language = {}) const {
        texts(properties(), key, into, default_language);
    }
    // IRIs (`<...>` or prefixed names), expanded and checked.
    void iris(language::key key, resolved::iri_list& into) const;
    // Actors and described groups (`target`, `victim`).
    void targets(language::key key, resolved::target_list& into) const;
    // Date properties as time span nodes; a phrase without a tag of its own
    // takes `default_language`.
    void time_nodes(language::key key, resolved::time_node_list& into,
                    std::string const& default_language) const;
    // A single day, month or year (founded, since, until ...): a range or a
    // weekend is an error.
    std::optional<time_span> date_value(ast::date_point const& point) const;
    // Every `key` property (founded, expelled ...) as a single day, month or
    // year: a range is an error.
    void date_points(language::key key, resolved::list<time_span, 1>& into) const;
    // `since` and `until` of a time-valid reference.
    resolved::validity validity_of(ast::timed_reference const& timing) const;
};

// A claim's own part, against its report (resolve_claim.cpp).
void resolve_claim(declaration_scope const& scope, report_info const& report,
                   resolved::claim& claim);

// A statement's own part (office, control, membership), against its report
// (resolve_statement.cpp).
void resolve_statement(declaration_scope const& d, report_info const& report,
                       resolved::declaration& record);

} // namespace evkg::kg
