// The lexical layer of evkg text in one place: which bytes make words,
// blanks, comments, strings, IRIs and braces (docs/language.md, "Lexical
// structure"). The X3 grammar is the parser of record; everything that reads
// text without it (the skim, error recovery and its messages, the encoding
// check) reads it through these functions, so they all agree on where a word,
// a string or a comment ends. Inline: the skim and the encoding check run
// them over every byte of a corpus.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace evkg::scan {

// --- Characters

constexpr bool is_word_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
constexpr bool is_word_char(char c) {
    return is_word_start(c) || (c >= '0' && c <= '9') || c == '-';
}
// A line ends at LF, or at the CR of a CRLF (the encoding check refuses a CR
// on its own). Strings, IRIs and comments end with their line.
constexpr bool is_line_end(char c) { return c == '\n' || c == '\r'; }
constexpr bool is_blank(char c) { return c == ' ' || c == '\t' || is_line_end(c); }

// --- Words, blanks and comments

inline char const* past_word_chars(char const* at, char const* last) {
    while (at != last && is_word_char(*at))
        ++at;
    return at;
}

// The whole word that starts at `at`, or empty.
inline std::string_view word_at(char const* at, char const* last) {
    if (at == last || !is_word_start(*at)) return {};
    return {at, static_cast<std::size_t>(past_word_chars(at, last) - at)};
}

// Also the end of a comment whose '#' is at `at`.
inline char const* end_of_line(char const* at, char const* last) {
    while (at != last && !is_line_end(*at))
        ++at;
    return at;
}

// Past blanks and comments.
inline char const* skip_blanks(char const* at, char const* last) {
    while (at != last) {
        if (is_blank(*at))
            ++at;
        else if (*at == '#')
            at = end_of_line(at, last);
        else
            break;
    }
    return at;
}

// The bytes of the UTF-8 character at `at` (the text is valid UTF-8 by the
// time this is asked).
inline std::size_t utf8_length(char const* at, char const* last) {
    std::size_t n = 1;
    while (at + n != last && (static_cast<unsigned char>(at[n]) & 0xC0u) == 0x80u)
        ++n;
    return n;
}

// --- Strings and IRIs

// In a string a backslash escapes the byte after it, so that `\"` does not
// close the string nor `\\"` leave it open; not a line end, which ends the
// (then unterminated) string whatever precedes it.
inline bool escapes_next(char const* at, char const* last) {
    return *at == '\\' && at + 1 != last && !is_line_end(at[1]);
}

struct string_end {
    char const* end; // past the closing quote, or at the line end that cut the string short
    bool closed;
};

// The string whose opening quote is at `open`.
inline string_end past_string(char const* open, char const* last) {
    char const* at = open + 1;
    while (at != last) {
        if (*at == '"') return {at + 1, true};
        if (is_line_end(*at)) break;
        at += escapes_next(at, last) ? 2 : 1;
    }
    return {at, false};
}

// Past the language tag of "..."@fr-ml at `at`, if there is one (the grammar
// checks its syntax).
inline char const* past_language_tag(char const* at, char const* last) {
    return at != last && *at == '@' ? past_word_chars(at + 1, last) : at;
}

// Past the IRI whose '<' is at `open`; nullptr if it does not close on its line.
inline char const* past_iri(char const* open, char const* last) {
    for (char const* at = open + 1; at != last && !is_line_end(*at); ++at)
        if (*at == '>') return at + 1;
    return nullptr;
}

// --- Tokens, for the readers that match braces

// Bytes that begin a token of their own ('{', '}', '"', '#'), begin an IRI
// (which the skim steps over) or end a line (where recovery looks for a
// statement). A run of any other bytes is one token: the skim steps over
// keywords and identifiers a run at a time, not a byte at a time.
inline constexpr std::array<bool, 256> plain_bytes = [] {
    std::array<bool, 256> plain{};
    plain.fill(true);
    for (unsigned char c : {'{', '}', '"', '#', '<', '\n', '\r'})
        plain[c] = false;
    return plain;
}();

inline bool is_plain(char c) { return plain_bytes[static_cast<unsigned char>(c)]; }

enum class token_kind : unsigned char {
    open_brace,
    close_brace,
    string,
    unterminated_string,
    comment,
    other, // a run of plain bytes, or any other single byte
};

struct token {
    token_kind kind;
    char const* end;
};

// The token at `at` (at != last): braces inside strings and comments are
// stepped over with them.
inline token next_token(char const* at, char const* last) {
    switch (*at) {
    case '{':
        return {token_kind::open_brace, at + 1};
    case '}':
        return {token_kind::close_brace, at + 1};
    case '"': {
        string_end const s = past_string(at, last);
        return {s.closed ? token_kind::string : token_kind::unterminated_string, s.end};
    }
    case '#':
        return {token_kind::comment, end_of_line(at, last)};
    default:
        if (!is_plain(*at)) return {token_kind::other, at + 1};
        while (++at != last && is_plain(*at)) {
        }
        return {token_kind::other, at};
    }
}

// Calls `on_brace(p)` for every '{' or '}' in [from, to) outside strings and
// comments, in order. Returns whether `to` lies inside a string.
template <typename OnBrace>
bool for_each_brace(char const* from, char const* to, char const* last, OnBrace&& on_brace) {
    for (char const* at = from; at < to;) {
        token const t = next_token(at, last);
        switch (t.kind) {
        case token_kind::open_brace:
        case token_kind::close_brace:
            on_brace(at);
            break;
        case token_kind::string: // `to` is inside unless it is past the closing quote
            if (t.end > to) return true;
            break;
        case token_kind::unterminated_string: // ... or at or past the line end
            if (t.end >= to) return true;
            break;
        default:
            break;
        }
        at = t.end;
    }
    return false;
}

// --- Byte by byte, for the encoding check

// The context of each byte, fed one at a time: the encoding check must look
// at every byte, so it cannot step over a string whole, and it allows some
// characters only inside strings. The same rules as past_string and
// end_of_line.
class byte_context {
public:
    bool in_string() const { return in_string_; }

    // Printable ASCII that changes no context.
    static constexpr bool is_inert(unsigned char c) {
        return c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '#';
    }

    // Takes the ASCII byte at `at` (at != last); returns how many bytes it
    // took. That is 2 for an escaped quote or backslash, the only bytes an
    // escape keeps from having an effect; any other escaped byte has none and
    // still gets the caller's checks.
    std::size_t take(char const* at, char const* last) {
        char const c = *at;
        if (is_line_end(c)) {
            in_string_ = false;
            in_comment_ = false;
        } else if (in_string_) {
            if (c == '"')
                in_string_ = false;
            else if (escapes_next(at, last) && (at[1] == '"' || at[1] == '\\'))
                return 2;
        } else if (!in_comment_) {
            if (c == '"')
                in_string_ = true;
            else if (c == '#')
                in_comment_ = true;
        }
        return 1;
    }

private:
    bool in_string_ = false;
    bool in_comment_ = false;
};

} // namespace evkg::scan
