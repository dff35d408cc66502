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
#include <optional>
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
//
// A corpus too large to hold in memory is read twice (kg's streaming build):
// its texts are released once parsed and restored from `reload_path` when
// needed again (the second pass, or a diagnostic to render).
class source_file {
public:
    // `text_hash`: the hash of `text` (text_hash()) when the thread that read
    // it computed it already (hashing 10^5 texts again on one thread costs).
    source_file(std::string path, std::string text, std::string reload_path = {},
                std::optional<std::size_t> text_hash = {});

    std::string const& path() const { return path_; }
    std::string const& text() const { return text_; }
    // Where the text can be read again; empty when it cannot (standard input).
    std::string const& reload_path() const { return reload_path_; }
    bool released() const { return released_; }
    // What restore() checks the text read again against.
    std::size_t text_hash() const { return hash_; }
    // The size of the text first read, also once released.
    std::size_t text_size() const { return size_; }
    // Bytes held beyond the object itself.
    std::size_t heap_bytes() const;
    // Drops the text (no-op without a reload path).
    void release();
    // Reads the text again; false (text left empty) when the file cannot be
    // read or no longer has the size and hash it had when first read.
    bool restore();

    line_column locate(std::size_t offset) const;
    // The text of a 1-based line, without its line end (LF or CRLF).
    std::string_view line_text(std::uint32_t line) const;

private:
    // Built on first use: most texts read again never need it.
    std::vector<std::size_t> const& line_starts() const;

    std::string path_;
    std::string text_;
    std::string reload_path_;
    mutable std::vector<std::size_t> line_starts_; // offsets where lines begin
    std::size_t size_ = 0;                         // of the text first read
    std::size_t hash_ = 0;                         // of the text first read
    bool released_ = false;
};

// All files of one run; ids are stable indices, references stay valid.
class source_set {
public:
    file_id add(std::string path, std::string text, std::string reload_path = {},
                std::optional<std::size_t> text_hash = {});
    source_file const& operator[](file_id id) const { return files_.at(id); }
    // Releasing and restoring different files from different threads is safe;
    // adding files meanwhile is not.
    source_file& file(file_id id) { return files_.at(id); }
    // Restores the released text of every file `ds` points into, so that
    // render_all can echo their lines. Files that cannot be read again are
    // rendered without their source line.
    void restore_cited(class diagnostics const& ds);
    std::size_t size() const { return files_.size(); }
    // Bytes held (paths, texts not released, line indexes), for --stats.
    std::size_t bytes() const;

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
