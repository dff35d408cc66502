#include "evkg/grammar/diagnostics.hpp"
#include "evkg/grammar/input_files.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <functional>
#include <optional>

namespace evkg {

namespace {

bool is_utf8_continuation(unsigned char c) { return (c & 0xC0u) == 0x80u; }

// Code points in [begin, end) of a UTF-8 string (the input was validated
// before parsing; stray continuation bytes simply do not count).
std::size_t count_code_points(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return !is_utf8_continuation(static_cast<unsigned char>(c));
    }));
}

char const* severity_name(severity level) {
    switch (level) {
    case severity::error:
        return "error";
    case severity::warning:
        return "warning";
    case severity::note:
        return "note";
    }
    return "error";
}

// Lines longer than this are cut around the caret so a 10 MB line cannot
// flood the terminal.
constexpr std::size_t max_echoed_columns = 120;

// One character of an echoed source line as it is shown: itself, or an
// escape for what a terminal would hide or mangle (invalid UTF-8 bytes,
// control characters, bidirectional controls, zero-width characters, a
// BOM), so the echo is always valid UTF-8 and says what is really there.
struct shown_unit {
    std::size_t bytes = 1; // source bytes it stands for
    std::string text;      // what is printed
    std::size_t width = 1; // columns it takes on screen
};

bool is_hidden_code_point(std::uint32_t cp) {
    return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x200B && cp <= 0x200F) ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

shown_unit next_unit(std::string_view line, std::size_t at) {
    auto const byte = [&](std::size_t i) { return static_cast<unsigned char>(line[i]); };
    unsigned char const lead = byte(at);
    auto const escaped_byte = [&] {
        std::string text = fmt::format("\\x{:02X}", lead);
        return shown_unit{1, text, text.size()};
    };
    if (lead < 0x80) {
        if ((lead < 0x20 && lead != '\t') || lead == 0x7F) return escaped_byte();
        return {1, std::string(1, static_cast<char>(lead)), 1};
    }
    std::size_t length = lead >= 0xF0 && lead <= 0xF4   ? 4
                         : lead >= 0xE0 && lead <= 0xEF ? 3
                         : lead >= 0xC2 && lead <= 0xDF ? 2
                                                        : 0;
    if (length == 0 || at + length > line.size()) return escaped_byte();
    std::uint32_t cp = lead & (0xFFu >> (length + 1));
    for (std::size_t i = 1; i < length; ++i) {
        if (!is_utf8_continuation(byte(at + i))) return escaped_byte();
        cp = (cp << 6) | (byte(at + i) & 0x3Fu);
    }
    static constexpr std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < smallest[length] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return escaped_byte();
    if (is_hidden_code_point(cp)) {
        std::string text = fmt::format("<U+{:04X}>", cp);
        return {length, text, text.size()};
    }
    return {length, std::string(line.substr(at, length)), 1};
}

// The bytes and width of the unit at `at`, without building its text
// (printable ASCII, by far the most common, takes no detour).
struct unit_extent {
    std::size_t bytes = 1;
    std::size_t width = 1;
};

unit_extent measure_unit(std::string_view line, std::size_t at) {
    unsigned char const c = static_cast<unsigned char>(line[at]);
    if ((c >= 0x20 && c < 0x7F) || c == '\t') return {1, 1};
    shown_unit const unit = next_unit(line, at);
    return {unit.bytes, unit.width};
}

void render_one(std::string& out, diagnostic const& d, source_set const& sources) {
    if (!d.where.known || d.where.file >= sources.size()) {
        out += fmt::format("evkg: {}: {}\n", severity_name(d.level), d.message);
        return;
    }
    source_file const& file = sources[d.where.file];
    if (file.released()) { // read twice, and changed or gone in between
        out += fmt::format("{}: {}: {} (at byte {}; the file changed while evkg was reading it)\n",
                           file.path(), severity_name(d.level), d.message, d.where.begin);
        return;
    }
    line_column const at = file.locate(d.where.begin);
    out += fmt::format("{}:{}:{}: {}: {}\n", file.path(), at.line, at.column,
                       severity_name(d.level), d.message);

    std::string_view const line = file.line_text(at.line);
    std::size_t const line_offset = static_cast<std::size_t>(line.data() - file.text().data());
    std::size_t const begin = d.where.begin - std::min(d.where.begin, line_offset);
    std::size_t const end = std::max(d.where.end, d.where.begin + 1) - line_offset;

    // Find the caret's screen columns. Only the units up to the caret are
    // measured, and only the window around it is laid out: a 10 MB line with
    // 50 diagnostics must not cost 50 layouts of the whole line.
    std::size_t screen = 0, caret = 0, caret_end = 0;
    bool caret_set = false;
    std::size_t i = 0;
    while (i < line.size() && i < end) {
        unit_extent const unit = measure_unit(line, i);
        if (!caret_set && i + unit.bytes > begin) {
            caret = screen;
            caret_set = true;
        }
        caret_end = screen + unit.width;
        screen += unit.width;
        i += unit.bytes;
    }
    if (!caret_set) caret = caret_end = screen; // at the end of the line
    std::size_t const underline =
        std::max<std::size_t>(1, caret_end > caret ? caret_end - caret : 1);
    // Wider than the window? Measuring on to the window's width is enough.
    for (std::size_t j = i; j < line.size() && screen <= max_echoed_columns;) {
        unit_extent const unit = measure_unit(line, j);
        screen += unit.width;
        j += unit.bytes;
    }

    // Cut long lines: keep a window of columns around the caret.
    std::size_t first_column = 0;
    if (screen > max_echoed_columns && caret > max_echoed_columns / 2)
        first_column = caret - max_echoed_columns / 2;
    std::size_t const last_column = first_column + max_echoed_columns;
    std::string echoed, pad;
    bool cut_right = false;
    for (std::size_t at = 0, column = 0; at < line.size();) {
        if (column < first_column) {
            unit_extent const skipped = measure_unit(line, at);
            column += skipped.width;
            at += skipped.bytes;
            continue;
        }
        shown_unit const unit = next_unit(line, at);
        if (column + unit.width > last_column) {
            cut_right = true;
            break;
        }
        echoed += unit.text;
        // The caret line repeats tabs so the caret lines up in any terminal.
        if (column < caret)
            pad += unit.text == "\t" ? std::string("\t") : std::string(unit.width, ' ');
        column += unit.width;
        at += unit.bytes;
    }
    bool const cut_left = first_column > 0;
    std::string const lead = cut_left ? "  ..." : "  ";
    out += lead + echoed + (cut_right ? "..." : "") + "\n";
    // The caret may stand just past the window (an error at the end of a line
    // exactly as wide as the window): underline at least its own column.
    std::size_t const room = last_column > caret ? last_column - caret : 1;
    std::size_t const shown_underline = std::clamp<std::size_t>(underline, 1, room);
    out += std::string(lead.size(), ' ') + pad + "^" + std::string(shown_underline - 1, '~') + "\n";
}

// Messages quote the offending token, and a token can be 10 MB long (an
// integer, a language tag, a word): a word of a message longer than this
// many code points keeps its start and its closing punctuation, so one
// broken file cannot put megabytes into a message.
constexpr std::size_t max_message_word = 200;
constexpr std::size_t kept_message_word = 160;

std::string shorten_word(std::string_view word) {
    if (count_code_points(word) <= max_message_word) return std::string(word);
    std::size_t keep = 0;
    for (std::size_t points = 0; keep < word.size() && points < kept_message_word; ++points) {
        ++keep;
        while (keep < word.size() && is_utf8_continuation(static_cast<unsigned char>(word[keep])))
            ++keep;
    }
    // The closing quote and punctuation (`a-a-...`: ) stay, for the reader.
    std::size_t tail = 0;
    while (tail < 3 && tail < word.size() - keep &&
           std::string_view("`'\"<>:;,.?!)").find(word[word.size() - 1 - tail]) !=
               std::string_view::npos)
        ++tail;
    return std::string(word.substr(0, keep)) + "..." + std::string(word.substr(word.size() - tail));
}

std::string shorten_long_words(std::string message) {
    if (message.size() <= max_message_word) return message;
    std::string out;
    for (std::size_t at = 0;;) {
        std::size_t const space = message.find(' ', at);
        std::size_t const word_end = space == std::string::npos ? message.size() : space;
        out += shorten_word(std::string_view(message).substr(at, word_end - at));
        if (space == std::string::npos) return out;
        out += ' ';
        at = space + 1;
    }
}

} // namespace

source_file::source_file(std::string path, std::string text, std::string reload_path,
                         std::optional<std::size_t> text_hash)
    : path_(std::move(path)), text_(std::move(text)), reload_path_(std::move(reload_path)),
      size_(text_.size()), hash_(text_hash ? *text_hash : std::hash<std::string_view>{}(text_)) {}

std::vector<std::size_t> const& source_file::line_starts() const {
    if (line_starts_.empty()) {
        line_starts_.push_back(0);
        for (std::size_t i = 0; i < text_.size(); ++i)
            if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
    return line_starts_;
}

void source_file::release() {
    if (reload_path_.empty() || released_) return;
    released_ = true;
    std::string().swap(text_);
    std::vector<std::size_t>().swap(line_starts_);
}

bool source_file::restore() {
    if (!released_) return true;
    // A regular file of the size it had, no more: one that became a FIFO
    // or grew since is "changed", never waited for or read whole.
    input_read read = read_input_file(reload_path_.c_str(), size_, input_kind::referenced);
    if (!read.text || read.text->size() != size_ ||
        std::hash<std::string_view>{}(*read.text) != hash_)
        return false; // changed or gone: stays released
    std::string text = std::move(*read.text);
    text_ = std::move(text);
    released_ = false;
    return true;
}

line_column source_file::locate(std::size_t offset) const {
    auto const& starts = line_starts();
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    std::size_t const line_index = static_cast<std::size_t>(it - starts.begin()) - 1;
    std::size_t const start = starts[line_index];
    // A UTF-8 BOM at the start of the file takes no column.
    std::size_t from = start;
    if (start == 0 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0 && offset >= 3) from = 3;
    std::string_view const before(text_.data() + from, offset - std::min(offset, from));
    return {static_cast<std::uint32_t>(line_index + 1),
            static_cast<std::uint32_t>(count_code_points(before) + 1)};
}

std::string_view source_file::line_text(std::uint32_t line) const {
    auto const& starts = line_starts();
    if (line == 0 || line > starts.size()) return {};
    std::size_t begin = starts[line - 1];
    if (begin == 0 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0) begin = 3;
    std::size_t end = line < starts.size() ? starts[line] - 1 : text_.size();
    if (end > begin && text_[end - 1] == '\r') --end;
    return std::string_view(text_).substr(begin, end - begin);
}

file_id source_set::add(std::string path, std::string text, std::string reload_path,
                        std::optional<std::size_t> text_hash) {
    files_.emplace_back(std::move(path), std::move(text), std::move(reload_path), text_hash);
    return static_cast<file_id>(files_.size() - 1);
}

std::size_t source_file::heap_bytes() const {
    auto const heap = [](std::string const& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; };
    return heap(path_) + heap(text_) + heap(reload_path_) +
           line_starts_.capacity() * sizeof(std::size_t);
}

std::size_t source_set::bytes() const {
    std::size_t n = files_.size() * sizeof(source_file);
    for (auto const& f : files_)
        n += f.heap_bytes();
    return n;
}

void source_set::restore_cited(diagnostics const& ds) {
    auto const restore = [this](diagnostic const& d) {
        if (d.where.known && d.where.file < files_.size()) files_[d.where.file].restore();
    };
    for (auto const& d : ds.all()) {
        restore(d);
        for (auto const& note : d.notes)
            restore(note);
    }
}

bool diagnostics::add(diagnostic d) {
    if (stopped_) return false;
    d.message = shorten_long_words(std::move(d.message));
    for (auto& note : d.notes)
        note.message = shorten_long_words(std::move(note.message));
    if (d.level == severity::error) {
        if (errors_ >= max_errors_) {
            stopped_ = true;
            list_.push_back(
                {severity::error, {}, fmt::format("too many errors ({}), stopping", errors_), {}});
            return false;
        }
        ++errors_;
    }
    list_.push_back(std::move(d));
    return true;
}

bool diagnostics::error(source_range where, std::string message) {
    return add({severity::error, where, std::move(message), {}});
}

bool diagnostics::warning(source_range where, std::string message) {
    return add({severity::warning, where, std::move(message), {}});
}

std::string render(diagnostic const& d, source_set const& sources) {
    std::string out;
    render_one(out, d, sources);
    for (auto const& note : d.notes)
        render_one(out, note, sources);
    return out;
}

std::string render_all(diagnostics const& ds, source_set const& sources) {
    std::string out;
    for (auto const& d : ds.all())
        out += render(d, sources);
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment: insertions, deletions, substitutions and
    // swaps of two adjacent letters (`nera` -> `near`) each count one.
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t const cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

// Longest word for which a "did you mean" is looked for.
constexpr std::size_t max_suggested_word = 100;

std::string closest_match(std::string_view word, std::vector<std::string> const& candidates) {
    // Accept about one edit per three characters; ties go to the
    // alphabetically first candidate so suggestions are deterministic.
    // edit_distance costs |word| x |candidate| time and memory: a 10 MB
    // word must not meet it. Names worth a suggestion are short, and the
    // distance is at least the difference in length.
    if (word.size() > max_suggested_word) return {};
    std::size_t const limit = std::max<std::size_t>(1, word.size() / 3);
    std::string best;
    std::size_t best_distance = limit + 1;
    for (auto const& c : candidates) {
        std::size_t const length_gap =
            c.size() > word.size() ? c.size() - word.size() : word.size() - c.size();
        if (length_gap > limit) continue;
        std::size_t const d = edit_distance(word, c);
        if (d < best_distance || (d == best_distance && c < best)) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

} // namespace evkg
