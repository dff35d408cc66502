// The byte-level scanners behind the grammar's string, integer, date and IRI
// rules (declared in x3/lexical_parsers.hpp).
#include "x3/lexical_parsers.hpp"

#include "scanner.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>

namespace evkg::parser {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
using scan::is_word_start;
using scan::past_word_chars;
using scan::utf8_length;
int hex_value(char c) {
    if (is_digit(c)) return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

constexpr char const* escape_list = "\\\" \\\\ \\n \\t \\r \\uXXXX \\UXXXXXXXX";

// Decodes the escape at `at` (a backslash) into `out`; returns the position
// after it.
char const* decode_escape(char const* at, char const* last, char const* open,
                          parse_session& session, std::string& out) {
    if (at + 1 == last || at[1] == '\n' || at[1] == '\r')
        session.fail(open, open + 1,
                     "unterminated string: a string must end with '\"' on the same line");
    switch (at[1]) {
    case '"':
        out += '"';
        return at + 2;
    case '\\':
        out += '\\';
        return at + 2;
    case 'n':
        out += '\n';
        return at + 2;
    case 't':
        out += '\t';
        return at + 2;
    case 'r':
        out += '\r';
        return at + 2;
    case 'u':
    case 'U': {
        int const digits = at[1] == 'u' ? 4 : 8;
        std::uint32_t cp = 0;
        int found = 0;
        for (; found < digits && at + 2 + found != last; ++found) {
            int const h = hex_value(at[2 + found]);
            if (h < 0) break;
            cp = cp * 16 + static_cast<std::uint32_t>(h);
        }
        std::string_view const written(at, static_cast<std::size_t>(2 + found));
        if (found < digits)
            session.fail(at, at + 2 + found,
                         fmt::format("bad escape `{}`: `\\{}` takes exactly {} hex digits", written,
                                     at[1], digits));
        if (cp >= 0xD800 && cp <= 0xDFFF)
            session.fail(at, at + 2 + digits,
                         fmt::format("bad escape `{}`: U+{:04X} is a surrogate, not a character",
                                     written, cp));
        if (cp > 0x10FFFF)
            session.fail(
                at, at + 2 + digits,
                fmt::format("bad escape `{}`: beyond U+10FFFF, the last code point", written));
        if (cp == 0)
            session.fail(at, at + 2 + digits,
                         fmt::format("bad escape `{}`: NUL is not allowed in a string", written));
        append_utf8(out, cp);
        return at + 2 + digits;
    }
    default: {
        std::size_t const length = 1 + utf8_length(at + 1, last);
        session.fail(at, at + length,
                     fmt::format("unknown escape `{}`; the escapes are {}",
                                 std::string_view(at, length), escape_list));
    }
    }
}

// BCP 47 syntax: [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*.
bool is_language_tag(std::string_view tag) {
    std::size_t start = 0;
    bool first = true;
    while (true) {
        std::size_t const dash = tag.find('-', start);
        std::string_view const part = tag.substr(
            start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
        if (part.empty() || part.size() > 8) return false;
        for (char c : part)
            if (!(is_alpha(c) || (!first && is_digit(c)))) return false;
        if (dash == std::string_view::npos) return true;
        start = dash + 1;
        first = false;
    }
}

constexpr std::array<char const*, 12> month_names{"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};

int days_in_month(int year, int month) {
    constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool const leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

int two_digits(char const* at) { return (at[0] - '0') * 10 + (at[1] - '0'); }

} // namespace

bool text_parser::scan(char const*& first, char const* last, parse_session& session,
                       ast::text& out) const {
    if (first == last || *first != '"') return false;
    char const* const open = first;
    std::size_t const limit = session.limits().max_string_bytes;
    std::string value;
    char const* at = first + 1;
    char const* run = at; // start of the bytes not yet copied
    for (;;) {
        if (at == last || *at == '\n' || *at == '\r')
            session.fail(open, open + 1,
                         "unterminated string: a string must end with '\"' on the same line");
        char const c = *at;
        if (c == '"') break;
        if (c == '\\') {
            value.append(run, at);
            at = decode_escape(at, last, open, session, value);
            run = at;
        } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
            session.fail(at, at + 1,
                         fmt::format("control character U+{:04X} in a string; write it as "
                                     "an escape (\\u{:04X})",
                                     static_cast<int>(c), static_cast<int>(c)));
        } else {
            ++at;
        }
        if (value.size() + static_cast<std::size_t>(at - run) > limit)
            session.fail(open, open + 1,
                         fmt::format("string longer than {} bytes (the limit)", limit));
    }
    value.append(run, at);
    ++at; // the closing quote
    out.value = std::move(value);
    out.language.clear();
    if (at != last && *at == '@') {
        char const* const sign = at;
        char const* const stop = scan::past_language_tag(at, last);
        std::string_view const tag(sign + 1, static_cast<std::size_t>(stop - sign - 1));
        if (tag.empty())
            session.fail(sign, sign + 1, "expected a language tag after '@' (en, fr, pt-br)");
        if (!is_language_tag(tag))
            session.fail(sign + 1, stop,
                         fmt::format("invalid language tag `{}`: BCP 47 tags are letters, then "
                                     "'-'-separated subtags of 1 to 8 letters or digits (en, "
                                     "fr, pt-br)",
                                     tag));
        for (char c : tag)
            out.language += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        at = stop;
    }
    first = at;
    return true;
}

bool integer_parser::scan(char const*& first, char const* last, parse_session& session,
                          ast::integer& out) const {
    char const* stop = first;
    while (stop != last && is_digit(*stop))
        ++stop;
    if (stop == first || (stop != last && is_word_start(*stop))) return false;
    std::size_t const digits = static_cast<std::size_t>(stop - first);
    if (digits > 18)
        session.fail(first, stop,
                     fmt::format("integer `{}` is too large (at most 18 digits)",
                                 std::string_view(first, digits)));
    std::uint64_t value = 0;
    for (char const* at = first; at != stop; ++at)
        value = value * 10 + static_cast<std::uint64_t>(*at - '0');
    out.value = value;
    first = stop;
    return true;
}

bool calendar_date_parser::scan(char const*& first, char const* last, parse_session& session,
                                ast::calendar_date& out) const {
    if (last - first < 4 || !is_digit(first[0]) || !is_digit(first[1]) || !is_digit(first[2]) ||
        !is_digit(first[3]))
        return false;
    char const* const stop = past_word_chars(first, last);
    std::string_view const token(first, static_cast<std::size_t>(stop - first));
    auto const digits_at = [&](std::size_t i) {
        return is_digit(token[i]) && is_digit(token[i + 1]);
    };
    bool const well_formed =
        token.size() == 4 || (token.size() == 7 && token[4] == '-' && digits_at(5)) ||
        (token.size() == 10 && token[4] == '-' && digits_at(5) && token[7] == '-' && digits_at(8));
    if (!well_formed)
        session.fail(
            first, stop,
            fmt::format("malformed date `{}`: expected YYYY-MM-DD, YYYY-MM or YYYY", token));
    int const year = two_digits(first) * 100 + two_digits(first + 2);
    int const month = token.size() >= 7 ? two_digits(first + 5) : 0;
    int const day = token.size() == 10 ? two_digits(first + 8) : 0;
    if (year == 0)
        session.fail(first, stop,
                     fmt::format("`{}` is not a calendar date: there is no year 0000", token));
    if (token.size() >= 7 && (month < 1 || month > 12))
        session.fail(
            first, stop,
            fmt::format("`{}` is not a calendar date: there is no month {:02}", token, month));
    if (token.size() == 10 && (day < 1 || day > days_in_month(year, month)))
        session.fail(first, stop,
                     fmt::format("`{}` is not a calendar date: {} {} has {} days", token,
                                 month_names[static_cast<std::size_t>(month - 1)], year,
                                 days_in_month(year, month)));
    out.year = year;
    out.month = month;
    out.day = day;
    first = stop;
    return true;
}

bool iri_ref_parser::scan(char const*& first, char const* last, parse_session& session,
                          ast::iri& out) const {
    if (first == last || *first != '<') return false;
    char const* const open = first;
    char const* at = first + 1;
    for (;; ++at) {
        if (at == last || *at == '\n' || *at == '\r')
            session.fail(open, open + 1, "unterminated IRI: expected '>' on the same line");
        char const c = *at;
        if (c == '>') break;
        if (c == ' ')
            session.fail(at, at + 1, "a space is not allowed in an IRI (write it as %20)");
        if (static_cast<unsigned char>(c) < 0x20 || c == '<' || c == '"' || c == '{' || c == '}' ||
            c == '|' || c == '^' || c == '`' || c == '\\')
            session.fail(at, at + 1,
                         fmt::format("character `{}` is not allowed in an IRI",
                                     static_cast<unsigned char>(c) < 0x20 ? std::string("?")
                                                                          : std::string(1, c)));
    }
    out.prefix.clear();
    out.value.assign(open + 1, at);
    out.prefixed = false;
    first = at + 1;
    return true;
}

bool prefixed_name_parser::scan(char const*& first, char const* last, parse_session&,
                                ast::iri& out) const {
    if (first == last || !is_word_start(*first)) return false;
    char const* const colon = past_word_chars(first, last);
    if (colon == last || *colon != ':') return false;
    char const* stop = colon + 1;
    while (stop != last && (scan::is_word_char(*stop) || *stop == '.'))
        ++stop;
    while (stop != colon + 1 && stop[-1] == '.') // a final dot ends the name, as in Turtle
        --stop;
    out.prefix.assign(first, colon);
    out.value.assign(colon + 1, stop);
    out.prefixed = true;
    first = stop;
    return true;
}

bool prefix_name_parser::scan(char const*& first, char const* last, parse_session& session,
                              ast::identifier& out) const {
    if (first == last || !is_word_start(*first)) return false;
    char const* const colon = past_word_chars(first, last);
    if (colon == last || *colon != ':') return false;
    out.name.assign(first, colon);
    session.tag(out, first, colon);
    first = colon + 1;
    return true;
}

} // namespace evkg::parser
