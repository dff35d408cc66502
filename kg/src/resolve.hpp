// Resolution across the files of a corpus: references to declarations (with
// the kinds they may point at), vocabulary notations, prefixed names and
// IRIs, language tags, reports and their publication dates, relative dates.
// Every failure is a diagnostic at the offending node; the functions return
// nullopt/nullptr so callers can skip the triple and keep checking.
#pragma once

#include "evkg/grammar/parser.hpp"
#include "evkg/kg/dates.hpp"
#include "symbols.hpp"
#include "text_sources.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evkg::kg {

struct report_info {
    symbol const* report = nullptr;
    std::optional<civil_date> published;
    std::string language; // canonical BCP 47 tag, or empty
    symbol const* outlet = nullptr;
    std::optional<article_text> text;
};

// Helpers to read the AST: every property with a given key, and its value as
// one alternative (nullptr when the value has another shape, which
// check_structure already reported).
std::vector<ast::property const*> properties_named(std::vector<ast::property> const& properties,
                                                   std::string_view key);
template <typename T>
T const* value_as(ast::property const& p) {
    return ast::value_if<T>(p.value);
}
ast::casualty_figure const* figure_of(ast::property const& p);
// The position-tagged alternative of a date point, for diagnostics.
boost::spirit::x3::position_tagged const& date_point_node(ast::date_point const& p);

class resolver {
public:
    resolver(corpus const& input, diagnostics& out);

    corpus const& input() const { return input_; }
    diagnostics& out() const { return out_; }
    symbol_table const& symbols() const { return symbols_; }

    source_range range(std::size_t file, boost::spirit::x3::position_tagged const& node) const {
        return input_.files[file].range_of(node);
    }
    void error(std::size_t file, boost::spirit::x3::position_tagged const& node,
               std::string message) const;

    // The declaration `id` names, if its kind is one of `wanted`; otherwise an
    // error ("undefined ... did you mean", or "expected a ..." with a note at
    // the declaration) naming `role` ("the perpetrator").
    symbol const* reference(std::size_t file, ast::identifier const& id, kind_set wanted,
                            std::string_view role) const;

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

    // The report a declaration belongs to: its `report` property, else the
    // report its file declares; nullptr when there is none (or the file
    // declares several and the declaration does not say which).
    report_info const* report_of(symbol const& declaration) const;
    // Why report_of found none, for messages: "" when it found one.
    std::string why_no_report(symbol const& declaration) const;
    report_info const* report_info_of(symbol const* report) const;

    std::optional<time_span> resolve_date(symbol const& at, ast::date_expression const& e) const;
    std::optional<time_span> resolve_point(symbol const& at, ast::date_point const& p) const;

private:
    void read_prefixes();
    void read_reports();

    corpus const& input_;
    diagnostics& out_;
    symbol_table symbols_;
    std::vector<std::map<std::string, std::string, std::less<>>> prefixes_; // per file
    std::vector<std::vector<symbol const*>> reports_in_file_;
    std::map<std::string, report_info, std::less<>> reports_; // by report id
};

} // namespace evkg::kg
