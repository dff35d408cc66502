// Words, blanks and comments read byte by byte: the one definition of a word's
// characters, for the hand-written parsers, error recovery (where to resume)
// and skimming (skim_declaration.hpp). The same lexical rules as the grammar
// (docs/language.md, "Lexical structure").
#pragma once

#include <string_view>

namespace evkg::detail {

constexpr bool is_word_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
constexpr bool is_word_char(char c) {
    return is_word_start(c) || (c >= '0' && c <= '9') || c == '-';
}

// The whole word that starts at `at`, or empty.
inline std::string_view word_at(char const* at, char const* last) {
    if (at == last || !is_word_start(*at)) return {};
    char const* stop = at;
    while (stop != last && is_word_char(*stop))
        ++stop;
    return {at, static_cast<std::size_t>(stop - at)};
}

inline char const* end_of_line(char const* at, char const* last) {
    while (at != last && *at != '\n')
        ++at;
    return at;
}

// Past blanks and comments.
inline char const* skip_blanks(char const* at, char const* last) {
    while (at != last) {
        if (*at == ' ' || *at == '\t' || *at == '\r' || *at == '\n')
            ++at;
        else if (*at == '#')
            at = end_of_line(at, last);
        else
            break;
    }
    return at;
}

} // namespace evkg::detail
