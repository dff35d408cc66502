// Source files and compiler-style diagnostics, shared by every stage.
//
// Libraries never print: they append diagnostics to a `diagnostics` list; the
// command line renders them as
//   file:line:col: error: message
//     <the source line>
//     ^~~~
// Lines and columns are 1-based; columns count code points (a tab counts 1),
// so a caret lines up under UTF-8 text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace evkg {

using file_id = std::uint32_t;

struct line_column {
    std::uint32_t line = 0;   // 1-based
    std::uint32_t column = 0; // 1-based, in code points
};

// One input file: its name as given and its text as read (byte-exact; the
// checks on encoding happen in check_source_text before parsing).
class source_file {
public:
    source_file(std::string path, std::string text);

    std::string const& path() const { return path_; }
    std::string const& text() const { return text_; }

    line_column locate(std::size_t offset) const;
    // The text of a 1-based line, without its line end (LF or CRLF).
    std::string_view line_text(std::uint32_t line) const;

private:
    std::string path_;
    std::string text_;
    std::vector<std::size_t> line_starts_; // offsets where lines begin
};

// All files of one run; ids are stable indices, references stay valid.
class source_set {
public:
    file_id add(std::string path, std::string text);
    source_file const& operator[](file_id id) const { return files_.at(id); }
    std::size_t size() const { return files_.size(); }

private:
    std::deque<source_file> files_;
};

// A byte range [begin, end) in one file. `known == false` for diagnostics
// that are about no place in a file (a missing input, an I/O error).
struct source_range {
    file_id file = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
    bool known = false;
};

enum class severity { error, warning, note };

struct diagnostic {
    severity level = severity::error;
    source_range where;
    std::string message;
    std::vector<diagnostic> notes; // "note: previous definition here", ...
};

// The diagnostics of one run, in the order found. Stops accepting errors after
// `max_errors` (adds one final "too many errors" diagnostic) so a broken
// 10 MB file cannot flood the terminal.
class diagnostics {
public:
    explicit diagnostics(std::size_t max_errors = 50) : max_errors_(max_errors) {}

    // Returns false when the error limit is reached: callers should stop.
    bool add(diagnostic d);
    bool error(source_range where, std::string message);
    bool warning(source_range where, std::string message);

    std::vector<diagnostic> const& all() const { return list_; }
    std::size_t error_count() const { return errors_; }
    bool has_errors() const { return errors_ > 0; }
    bool limit_reached() const { return errors_ >= max_errors_; }
    std::size_t max_errors() const { return max_errors_; }
    // True once an error was refused for the limit (the list then ends with
    // the "too many errors" diagnostic).
    bool stopped() const { return stopped_; }

private:
    std::vector<diagnostic> list_;
    std::size_t errors_ = 0;
    std::size_t max_errors_;
    bool stopped_ = false;
};

// `file:line:col: error: message`, the source line, a caret line; then the
// notes the same way. A range on one line is underlined with `~`.
std::string render(diagnostic const& d, source_set const& sources);
std::string render_all(diagnostics const& ds, source_set const& sources);

// Levenshtein distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);
// The closest candidate within a small distance, or empty.
std::string closest_match(std::string_view word, std::vector<std::string> const& candidates);

} // namespace evkg
