// Resolution across the files of a corpus: references to declarations (with
// the kinds they may point at), vocabulary notations, prefixed names and
// IRIs, language tags, reports and their publication dates, relative dates.
// Every failure is a diagnostic at the offending node; the functions return
// nullopt/nullptr so callers can skip the triple and keep checking.
#pragma once

#include "corpus_index.hpp"
#include "evkg/grammar/parser.hpp"
#include "evkg/kg/dates.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evkg::kg {

// Helpers to read the AST: every property with a given key (named by the
// language table's `key`, never by a string), and its value as
// one alternative (nullptr when the value has another shape, which
// check_structure already reported).
//
// The properties with `key`, lazily, as pointers: the emitters ask for
// dozens of keys per declaration, and a vector for each was an allocation. Hand-written rather than
// a std::views::filter: clang before 16 cannot compile libstdc++ 12's ranges (the fuzzing build
// uses clang).
class properties_with_key {
public:
    class iterator {
    public:
        using value_type = ast::property const*;
        using difference_type = std::ptrdiff_t;
        iterator(ast::property const* at, ast::property const* end, std::string_view key)
            : at_(at), end_(end), key_(key) {
            skip();
        }
        ast::property const* operator*() const { return at_; }
        iterator& operator++() {
            ++at_;
            skip();
            return *this;
        }
        bool operator==(iterator const& other) const { return at_ == other.at_; }

    private:
        void skip() {
            while (at_ != end_ && at_->key.name != key_)
                ++at_;
        }
        ast::property const* at_;
        ast::property const* end_;
        std::string_view key_;
    };

    properties_with_key(std::vector<ast::property> const& properties, language::key key)
        : first_(properties.data()), last_(properties.data() + properties.size()),
          key_(language::word_of(key)) {}
    iterator begin() const { return {first_, last_, key_}; }
    iterator end() const { return {last_, last_, key_}; }
    bool empty() const { return begin() == end(); }

private:
    ast::property const* first_;
    ast::property const* last_;
    std::string_view key_;
};
inline properties_with_key with_key(std::vector<ast::property> const& properties,
                                    language::key key) {
    return {properties, key};
}

template <typename T>
T const* value_as(ast::property const& p) {
    return ast::value_if<T>(p.value);
}
ast::casualty_figure const* figure_of(ast::property const& p);
// The position-tagged alternative of a date point, for diagnostics.
boost::spirit::x3::position_tagged const& date_point_node(ast::date_point const& p);

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
