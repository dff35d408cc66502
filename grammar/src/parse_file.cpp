// parse_file: the encoding check, then the X3 grammar one statement at a
// time, recovering at declaration boundaries after an error so that one run
// reports every independent error; then the structure check.
#include "evkg/grammar/check_encoding.hpp"
#include "evkg/grammar/check_structure.hpp"
#include "evkg/grammar/keywords.hpp"
#include "evkg/grammar/parser.hpp"
#include "scanner.hpp"
#include "skim_declaration.hpp"
#include "x3/grammar.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace evkg {

namespace {

namespace x3 = boost::spirit::x3;

using scan::end_of_line;
using scan::skip_blanks;
using scan::word_at;

// A word in column 1 that may begin a statement: a declaration keyword, or
// any word that is not a property keyword (most likely a misspelt kind).
bool starts_statement(std::string_view word) {
    if (word.empty()) return false;
    return word == "prefix" || word == "use" || keywords::is_declaration_kind(word) ||
           !keywords::is_property_key(word);
}

// Where to go on after a statement that began at `start` failed at
// `failure`: just after the '}' that closes the broken declaration's block,
// or at the next line that begins (in column 1) with a declaration keyword,
// whichever comes first. Strings and comments are skipped so braces in them
// do not count.
char const* resume_point(char const* text_begin, char const* start, char const* failure,
                         char const* last) {
    int depth = 0;
    bool const in_string = scan::for_each_brace(
        start, failure, last, [&depth](char const* brace) { depth += *brace == '{' ? 1 : -1; });
    char const* p = failure;
    if (in_string) p = end_of_line(p, last);
    if (p == start) { // make progress: step over the offending word or byte
        std::string_view const word = word_at(p, last);
        p += word.empty() ? 1 : word.size();
    }
    while (p < last) {
        bool const line_start = p == text_begin || p[-1] == '\n';
        if (line_start && starts_statement(word_at(p, last))) return p;
        scan::token const t = scan::next_token(p, last);
        if (t.kind == scan::token_kind::open_brace) ++depth;
        if (t.kind == scan::token_kind::close_brace && --depth <= 0) return t.end;
        p = t.end;
    }
    return last;
}

} // namespace

source_range parsed_file::range_of(boost::spirit::x3::position_tagged const& node) const {
    if (node.id_first < 0 || static_cast<std::size_t>(node.id_first) >= spans.size())
        return {file, 0, 0, false};
    auto const& span = spans[static_cast<std::size_t>(node.id_first)];
    return {file, span.first, span.second, true};
}

namespace {

// Syntax errors are found in one pass and structure errors in a second; the
// user reads them in source order.
void append_in_source_order(diagnostics const& found, diagnostics& out) {
    std::vector<diagnostic> sorted;
    for (auto const& d : found.all())
        if (d.where.known || !found.stopped() || &d != &found.all().back()) sorted.push_back(d);
    std::stable_sort(sorted.begin(), sorted.end(), [](diagnostic const& a, diagnostic const& b) {
        if (a.where.known != b.where.known) return !a.where.known;
        return a.where.begin < b.where.begin;
    });
    for (auto& d : sorted)
        if (!out.add(std::move(d))) return;
    // The file had more errors than fit: one more error makes `out` add its
    // "too many errors" diagnostic.
    if (found.stopped()) out.error({}, "");
}

// What parse_file_unsorted does besides the grammar.
struct parse_mode {
    bool check_bytes = true;     // check_source_text first
    bool check_structure = true; // check_structure after
    bool skim = false;           // skim_declaration where it can
};

parsed_file parse_file_unsorted(source_set const& sources, file_id file, diagnostics& out,
                                parse_limits const& limits, parse_mode mode) {
    parsed_file result;
    result.file = file;
    std::string const& text = sources[file].text();
    std::size_t const errors_before = out.error_count();

    if (text.size() > limits.max_file_bytes) {
        out.error({}, fmt::format("{}: the file is {} bytes, more than the limit of {} bytes",
                                  sources[file].path(), text.size(), limits.max_file_bytes));
        return result;
    }
    if (mode.check_bytes && !check_source_text(sources, file, out)) return result;

    parser::parse_session session(sources, file, text, result.spans, out, limits);
    auto const statement =
        x3::with<x3::error_handler_tag>(std::ref(session))[parser::statement_rule()];
    char const* const text_begin = text.data();
    char const* const last = text_begin + text.size();
    char const* first = text_begin;
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) first += 3; // a BOM at the start is skipped

    while (!out.stopped()) {
        first = skip_blanks(first, last);
        if (first == last) break;
        char const* const start = first;
        if (mode.skim) {
            detail::skimmed skimmed =
                detail::skim_declaration(text_begin, start, last, result.spans);
            if (skimmed.end) {
                result.document.statements.emplace_back(std::move(skimmed.declaration));
                first = skimmed.end;
                continue;
            }
        }
        ast::statement parsed;
        session.clear_failure();
        session.set_statement_start(start);
        if (x3::phrase_parse(first, last, statement, parser::skipper, parsed)) {
            result.document.statements.push_back(std::move(parsed));
            continue;
        }
        char const* failure = session.failure_point();
        if (!failure) { // no statement starts here at all
            session.report_no_statement(start);
            failure = start;
        }
        first = resume_point(text_begin, start, std::max(failure, start), last);
    }

    if (mode.check_structure) check_structure(result, sources, out);
    result.ok = out.error_count() == errors_before;
    return result;
}

// Collects the file's diagnostics on their own, then appends them in source
// order within the room `out` has left.
parsed_file parse_in_source_order(source_set const& sources, file_id file, diagnostics& out,
                                  parse_limits const& limits, parse_mode mode) {
    std::size_t const room =
        out.max_errors() > out.error_count() ? out.max_errors() - out.error_count() : 0;
    diagnostics found(std::max<std::size_t>(room, 1));
    parsed_file result = parse_file_unsorted(sources, file, found, limits, mode);
    append_in_source_order(found, out);
    return result;
}
} // namespace

parsed_file parse_file(source_set const& sources, file_id file, diagnostics& out,
                       parse_limits const& limits) {
    return parse_in_source_order(sources, file, out, limits, {});
}

parsed_file parse_file_again(source_set const& sources, file_id file, diagnostics& out,
                             parse_limits const& limits) {
    return parse_in_source_order(sources, file, out, limits, {false, false, false});
}

parsed_file skim_file(source_set const& sources, file_id file, diagnostics& out,
                      parse_limits const& limits) {
    return parse_in_source_order(sources, file, out, limits, {true, false, true});
}

parsed_file parse_skimmed_file(source_set const& sources, file_id file, diagnostics& out,
                               parse_limits const& limits) {
    return parse_in_source_order(sources, file, out, limits, {false, true, false});
}

} // namespace evkg
