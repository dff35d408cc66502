// The article texts reports point at (`text "path"`): quotes are checked
// against them and located by code-point offsets, sentence numbers against
// their line count.
#pragma once

#include "evkg/grammar/input_files.hpp"
#include "evkg/grammar/parser.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace evkg::kg {

class article_text {
public:
    explicit article_text(std::string content);

    // Lines of the text (a final line end does not start a new line).
    std::size_t line_count() const { return line_count_; }

    struct span {
        std::size_t start = 0; // code points from the start of the text
        std::size_t end = 0;   // one past the quote's last code point
    };
    // The first occurrence of `quote`, or nullopt.
    std::optional<span> find_quote(std::string_view quote) const;

private:
    std::string content_;
    std::size_t line_count_ = 0;
};

// How texts are read: the size limit (the one of annotation files), and
// the root they must lie in (--root), if any.
struct text_access {
    std::size_t max_bytes = parse_limits{}.max_file_bytes;
    corpus_root const* root = nullptr;
};

// Reads `path` (relative paths are relative to the directory of
// `declaring_file`). On failure returns nullopt and sets `error`.
std::optional<article_text> load_article_text(std::string const& declaring_file,
                                              std::string const& path, text_access const& access,
                                              std::string& error);

} // namespace evkg::kg
