// Resolution across the files of a corpus: references to declarations (with
// the kinds they may point at), vocabulary notations, prefixed names and
// IRIs, language tags, reports and their publication dates, relative dates.
// Every failure is a diagnostic at the offending node; the functions return
// nullopt/nullptr so callers can skip the triple and keep checking.
#pragma once

#include "evkg/grammar/parser.hpp"
#include "evkg/kg/dates.hpp"
#include "index/ast_properties.hpp"
#include "index/corpus_index.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evkg::kg {

// How a diagnostic names a reference of `key` in a declaration of `where`:
// the language table's role for it, else "the `KEY` of A KIND".
std::string reference_role(language::key key, decl_kind where);

// Resolution inside one file, against the index of the whole corpus. One
// resolver per file being built; its errors go to its own `out`.
class resolver {
public:
    resolver(corpus_index const& index, std::size_t file_index, parsed_file const& file,
             diagnostics& out);

    corpus_index const& index() const { return index_; }
    diagnostics& out() const { return out_; }
    symbol_table const& symbols() const { return index_.symbols(); }
    std::size_t file_index() const { return file_index_; }

    // The declarations of this file, as symbols that carry their AST.
    std::vector<local_symbol> const& local_symbols() const { return local_; }

    // `file` is always this resolver's file (kept in the signatures so the
    // call sites say which file a node belongs to).
    source_range range(std::size_t file, boost::spirit::x3::position_tagged const& node) const;
    void error(std::size_t file, boost::spirit::x3::position_tagged const& node,
               std::string message) const;

    // The declaration `id` names, if its kind is one of `wanted`; otherwise an
    // error ("undefined ... did you mean", or "expected a ..." with a note at
    // the declaration) naming `role` ("the perpetrator").
    symbol const* reference(std::size_t file, ast::identifier const& id, kind_set wanted,
                            std::string_view role) const;
    // The same for the value of `key` in a declaration of `where`: the kinds
    // and the role (reference_role) from the language table, the role spelt
    // only for a message.
    symbol const* reference(std::size_t file, ast::identifier const& id, language::key key,
                            decl_kind where) const;

    // The concept IRI of a notation in one scheme; error with did-you-mean.
    std::optional<std::string_view> concept_iri(std::size_t file, ast::identifier const& notation,
                                                std::string_view scheme_namespace,
                                                std::string_view what) const;

    // `<...>` validated, or `wd:Q912` expanded with the file's prefixes.
    std::optional<std::string> expand_iri(std::size_t file, ast::iri const& iri) const;

    // The text's language tag, canonical; error when malformed.
    std::optional<std::string> language_of(std::size_t file, ast::text const& text) const;
    // A text's value checked as literal text (UTF-8, no NUL).
    bool check_text(std::size_t file, ast::text const& text) const;

    // The report a declaration of this file belongs to: its `report`
    // property, else the report its file declares; nullptr when there is none
    // (or the file declares several and the declaration does not say which).
    report_info const* report_of(local_symbol const& declaration) const;
    // Why report_of found none, for messages: "" when it found one.
    std::string why_no_report(local_symbol const& declaration) const;
    report_info const* report_info_of(symbol const* report) const;

    std::optional<time_span> resolve_date(local_symbol const& at,
                                          ast::date_expression const& e) const;
    std::optional<time_span> resolve_point(local_symbol const& at, ast::date_point const& p) const;

private:
    template <typename Resolve>
    std::optional<time_span> resolve_against_report(local_symbol const& at, bool relative,
                                                    boost::spirit::x3::position_tagged const& node,
                                                    Resolve&& resolve) const;

    corpus_index const& index_;
    std::size_t file_index_;
    parsed_file const& file_;
    diagnostics& out_;
    std::vector<local_symbol> local_;
};

} // namespace evkg::kg
