// The state one parse of one file shares with the grammar: the source bytes,
// the span table that position-tagged AST nodes index, the limits, and the
// diagnostics sink. Rules reach it through the X3 context (config.hpp).
#pragma once

#include "evkg/grammar/diagnostics.hpp"
#include "evkg/grammar/parser.hpp"

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace evkg::parser {

using iterator_type = char const*;

class parse_session {
public:
    parse_session(source_set const&, file_id file, std::string_view text,
                  std::vector<std::pair<std::size_t, std::size_t>>& spans, diagnostics& out,
                  parse_limits const& limits)
        : file_(file), text_(text), spans_(spans), out_(out), limits_(limits) {}

    iterator_type begin() const { return text_.data(); }
    iterator_type end() const { return text_.data() + text_.size(); }
    std::size_t offset(iterator_type at) const { return static_cast<std::size_t>(at - begin()); }
    parse_limits const& limits() const { return limits_; }

    // Records the byte range of a position-tagged node: id_first == id_last
    // is its index in the span table (parsed_file::range_of reads it back).
    template <typename Node>
    void tag(Node& node, iterator_type first, iterator_type last) {
        if constexpr (std::is_base_of_v<boost::spirit::x3::position_tagged, Node>) {
            node.id_first = node.id_last = static_cast<int>(spans_.size());
            spans_.emplace_back(offset(first), offset(last));
        }
    }

    // A hand-written lexical parser found an error it can name precisely
    // (a bad escape, a date that does not exist): remember it, then throw an
    // expectation failure so the statement's on_error reports it.
    [[noreturn]] void fail(iterator_type first, iterator_type last, std::string message);

    // Called by the statement rule's on_error: turns the failure (or the
    // pending lexical error) into one diagnostic.
    void report_failure(iterator_type where, std::string const& expected);
    // No statement starts at `where`.
    void report_no_statement(iterator_type where);

    // Where the statement being parsed begins (for notes about its blocks).
    void set_statement_start(iterator_type at) { statement_start_ = at; }

    // Where the last reported failure happened (nullptr: none since clear).
    iterator_type failure_point() const { return failure_point_; }
    void clear_failure() { failure_point_ = nullptr; }

private:
    struct pending_error {
        std::size_t begin = 0;
        std::size_t end = 0;
        std::string message;
    };

    // Clamped to the text: an error at the end of the file is an empty range there.
    source_range range(std::size_t begin, std::size_t end) const {
        end = std::min(end, text_.size());
        return {file_, std::min(begin, end), end, true};
    }
    iterator_type skip_blanks(iterator_type at) const;
    std::string_view word_at(iterator_type at) const;
    std::string describe(iterator_type at) const;
    bool at_line_start(iterator_type at) const;
    iterator_type innermost_open_brace(iterator_type at) const;

    file_id file_;
    std::string_view text_;
    std::vector<std::pair<std::size_t, std::size_t>>& spans_;
    diagnostics& out_;
    parse_limits const& limits_;
    std::optional<pending_error> pending_;
    iterator_type failure_point_ = nullptr;
    iterator_type statement_start_ = nullptr;
};

} // namespace evkg::parser
