#include "index/text_sources.hpp"

#include "evkg/kg/lexical.hpp"

#include <filesystem>
#include <fmt/format.h>

namespace evkg::kg {

article_text::article_text(std::string content) : content_(std::move(content)) {
    for (char c : content_)
        if (c == '\n') ++line_count_;
    if (!content_.empty() && content_.back() != '\n') ++line_count_;
}

std::optional<article_text::span> article_text::find_quote(std::string_view quote) const {
    if (quote.empty()) return std::nullopt;
    std::size_t const at = content_.find(quote);
    if (at == std::string::npos) return std::nullopt;
    std::size_t const start = count_code_points(std::string_view(content_).substr(0, at));
    return span{start, start + count_code_points(quote)};
}

std::optional<article_text> load_article_text(std::string const& declaring_file,
                                              std::string const& path, text_access const& access,
                                              std::string& error) {
    namespace fs = std::filesystem;
    fs::path full = fs::path(path);
    std::string const folder = fs::path(declaring_file).parent_path().string();
    if (full.is_relative()) full = fs::path(folder) / full;
    if (access.root != nullptr) {
        std::string why;
        std::optional<std::string> confined = access.root->confine(folder, path, why);
        if (!confined) {
            error = fmt::format("cannot read the report text `{}`: {}", path, why);
            return std::nullopt;
        }
        full = *confined;
    }
    // A text is named by a corpus file: a regular file only, never waited
    // for, refused past the size limit before it is read.
    input_read read = read_input_file(full.c_str(), access.max_bytes, input_kind::referenced);
    if (!read.text) {
        error =
            fmt::format("cannot read the report text `{}`: {}", full.generic_string(), read.why);
        return std::nullopt;
    }
    std::string content = std::move(*read.text);
    if (!decode_utf8(content)) {
        error = fmt::format("the report text `{}` is not valid UTF-8 (or holds a NUL byte)",
                            full.generic_string());
        return std::nullopt;
    }
    return article_text(std::move(content));
}

} // namespace evkg::kg
