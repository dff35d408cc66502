#include "evkg/grammar/diagnostics.hpp"

#include <algorithm>
#include <fmt/format.h>

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

void render_one(std::string& out, diagnostic const& d, source_set const& sources) {
    if (!d.where.known || d.where.file >= sources.size()) {
        out += fmt::format("evkg: {}: {}\n", severity_name(d.level), d.message);
        return;
    }
    source_file const& file = sources[d.where.file];
    line_column const at = file.locate(d.where.begin);
    out += fmt::format("{}:{}:{}: {}: {}\n", file.path(), at.line, at.column,
                       severity_name(d.level), d.message);

    std::string_view line = file.line_text(at.line);
    // Underline to the end of the range, but not past this line.
    std::size_t caret_column = at.column; // 1-based, in code points
    std::size_t underline = 1;
    if (d.where.end > d.where.begin) {
        line_column const stop = file.locate(d.where.end);
        if (stop.line == at.line && stop.column > at.column) underline = stop.column - at.column;
    }

    // Cut long lines: keep a window of code points around the caret.
    std::size_t const total_columns = count_code_points(line);
    std::size_t first_column = 1;
    if (total_columns > max_echoed_columns && caret_column > max_echoed_columns / 2)
        first_column = caret_column - max_echoed_columns / 2;
    std::string echoed;
    std::size_t column = 1;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t len = 1;
        while (i + len < line.size() &&
               is_utf8_continuation(static_cast<unsigned char>(line[i + len])))
            ++len;
        if (column >= first_column && column < first_column + max_echoed_columns)
            echoed.append(line.substr(i, len));
        ++column;
        i += len;
    }
    bool const cut_left = first_column > 1;
    bool const cut_right = total_columns >= first_column + max_echoed_columns;
    std::string const lead = cut_left ? "  ..." : "  ";
    out += lead + echoed + (cut_right ? "..." : "") + "\n";

    // The caret line repeats tabs so the caret lines up in any terminal.
    std::string pad;
    column = 1;
    for (std::size_t i = 0; i < line.size() && column < caret_column;) {
        std::size_t len = 1;
        while (i + len < line.size() &&
               is_utf8_continuation(static_cast<unsigned char>(line[i + len])))
            ++len;
        if (column >= first_column) pad += line[i] == '\t' ? '\t' : ' ';
        ++column;
        i += len;
    }
    underline = std::min(underline, max_echoed_columns);
    out += std::string(lead.size(), ' ') + pad + "^" + std::string(underline - 1, '~') + "\n";
}

} // namespace

source_file::source_file(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

line_column source_file::locate(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t const line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
    std::size_t const start = line_starts_[line_index];
    // A UTF-8 BOM at the start of the file takes no column.
    std::size_t from = start;
    if (start == 0 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0 && offset >= 3) from = 3;
    std::string_view const before(text_.data() + from, offset - std::min(offset, from));
    return {static_cast<std::uint32_t>(line_index + 1),
            static_cast<std::uint32_t>(count_code_points(before) + 1)};
}

std::string_view source_file::line_text(std::uint32_t line) const {
    if (line == 0 || line > line_starts_.size()) return {};
    std::size_t begin = line_starts_[line - 1];
    if (begin == 0 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0) begin = 3;
    std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
    if (end > begin && text_[end - 1] == '\r') --end;
    return std::string_view(text_).substr(begin, end - begin);
}

file_id source_set::add(std::string path, std::string text) {
    files_.emplace_back(std::move(path), std::move(text));
    return static_cast<file_id>(files_.size() - 1);
}

bool diagnostics::add(diagnostic d) {
    if (stopped_) return false;
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
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t const above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string closest_match(std::string_view word, std::vector<std::string> const& candidates) {
    // Accept about one edit per three characters; ties go to the
    // alphabetically first candidate so suggestions are deterministic.
    std::size_t const limit = std::max<std::size_t>(1, word.size() / 3);
    std::string best;
    std::size_t best_distance = limit + 1;
    for (auto const& c : candidates) {
        std::size_t const d = edit_distance(word, c);
        if (d < best_distance || (d == best_distance && c < best)) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

} // namespace evkg
