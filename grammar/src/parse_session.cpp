// Turns X3 expectation failures into diagnostics in words, with "did you
// mean" suggestions for misspelt keywords.
#include "x3/parse_session.hpp"

#include "scanner.hpp"

#include "evkg/grammar/keywords.hpp"
#include "x3/rule_names.hpp"

#include <boost/spirit/home/x3.hpp>
#include <fmt/format.h>

#include <cstring>

namespace evkg::parser {

namespace {

bool same(std::string const& expected, char const* name) { return expected == name; }

// "unknown X `w`; did you mean `y`?" or "unknown X `w`: expected ...".
std::string unknown_word(std::string_view what, std::string_view word,
                         std::vector<std::string> const& candidates, std::string const& expected) {
    std::string const suggestion = closest_match(word, candidates);
    if (!suggestion.empty())
        return fmt::format("unknown {} `{}`; did you mean `{}`?", what, word, suggestion);
    return fmt::format("unknown {} `{}`: expected {}", what, word, expected);
}

} // namespace

void parse_session::fail(iterator_type first, iterator_type last, std::string message) {
    pending_ = pending_error{offset(first), offset(last), std::move(message)};
    throw boost::spirit::x3::expectation_failure<iterator_type>(first, std::string());
}

iterator_type parse_session::skip_blanks(iterator_type at) const {
    return scan::skip_blanks(at, end());
}

std::string_view parse_session::word_at(iterator_type at) const { return scan::word_at(at, end()); }

bool parse_session::at_line_start(iterator_type at) const {
    return at == begin() || at[-1] == '\n';
}

// The '{' of the innermost block still open at `at`, in the current
// statement (strings and comments skipped); nullptr if none.
iterator_type parse_session::innermost_open_brace(iterator_type at) const {
    std::vector<iterator_type> open;
    scan::for_each_brace(statement_start_ ? statement_start_ : begin(), at, end(),
                         [&open](char const* brace) {
                             if (*brace == '{')
                                 open.push_back(brace);
                             else if (!open.empty())
                                 open.pop_back();
                         });
    return open.empty() ? nullptr : open.back();
}

// What the parser found instead, for "expected X, found Y".
std::string parse_session::describe(iterator_type at) const {
    if (at == end()) return "the end of the file";
    if (std::string_view const word = word_at(at); !word.empty()) return fmt::format("`{}`", word);
    if (*at == '"') return "a string";
    if (*at >= '0' && *at <= '9') {
        iterator_type const stop = scan::past_word_chars(at, end());
        return fmt::format("`{}`", std::string_view(at, static_cast<std::size_t>(stop - at)));
    }
    // One whole UTF-8 character (the input is valid UTF-8 by now).
    return fmt::format("`{}`", std::string_view(at, scan::utf8_length(at, end())));
}

void parse_session::report_failure(iterator_type where, std::string const& expected) {
    failure_point_ = where;
    if (pending_) {
        out_.error(range(pending_->begin, pending_->end), std::move(pending_->message));
        pending_.reset();
        return;
    }
    iterator_type const at = skip_blanks(where);
    std::string_view const word = word_at(at);
    source_range const where_range =
        range(offset(at), offset(at) + std::max<std::size_t>(word.size(), 1));
    std::string message;
    if (!word.empty()) {
        if (same(expected, names::property_or_close) ||
            same(expected, names::figure_property_or_close)) {
            bool const in_figure = same(expected, names::figure_property_or_close);
            if (keywords::is_declaration_kind(word) && at_line_start(at))
                message = fmt::format("expected '}}' to close the block before the next "
                                      "declaration (`{}`)",
                                      word);
            else if (in_figure && word == "casualties")
                message = "a casualty figure cannot contain another `casualties`";
            else if (!keywords::is_property_key(word))
                message = unknown_word("property", word, keywords::property_keys(), expected);
        } else if (same(expected, names::quantity)) {
            message = unknown_word("quantity", word, keywords::quantity_words(), expected);
        } else if (same(expected, names::outcome)) {
            message = unknown_word("casualty outcome", word, keywords::outcome_words(), expected);
        } else if (same(expected, names::date) || same(expected, names::until)) {
            message = unknown_word("day word", word, keywords::day_words(), expected);
        }
    }
    if (message.empty()) message = fmt::format("expected {}, found {}", expected, describe(at));
    diagnostic d{severity::error, where_range, std::move(message), {}};
    // A block left open at the end of the file: show where it began.
    if (at == end() && (same(expected, names::property_or_close) ||
                        same(expected, names::figure_property_or_close))) {
        if (iterator_type const brace = innermost_open_brace(at))
            d.notes.push_back({severity::note,
                               range(offset(brace), offset(brace) + 1),
                               "the block opened here is not closed",
                               {}});
    }
    out_.add(std::move(d));
}

void parse_session::report_no_statement(iterator_type where) {
    iterator_type const at = skip_blanks(where);
    std::string_view const word = word_at(at);
    if (word.empty()) {
        out_.error(range(offset(at), offset(at) + 1),
                   fmt::format("expected {}, found {}", names::statement, describe(at)));
        return;
    }
    source_range const where_range = range(offset(at), offset(at) + word.size());
    if (keywords::is_property_key(word) && !keywords::is_declaration_kind(word)) {
        out_.error(where_range, fmt::format("`{}` is a property: properties go inside the "
                                            "`{{ }}` block of a declaration",
                                            word));
        return;
    }
    std::string const suggestion = closest_match(word, keywords::declaration_kinds());
    if (!suggestion.empty())
        out_.error(where_range, fmt::format("unknown declaration kind `{}`; did you mean `{}`?",
                                            word, suggestion));
    else
        out_.error(where_range, fmt::format("unknown declaration kind `{}`: expected {}", word,
                                            names::statement));
}

} // namespace evkg::parser
