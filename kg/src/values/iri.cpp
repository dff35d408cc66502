#include "evkg/kg/iri.hpp"

#include "evkg/kg/lexical.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace evkg::kg {

namespace {

constexpr bool is_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool is_hex(char32_t c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 3987 ucschar.
constexpr bool is_ucschar(char32_t c) {
    if (c >= 0xA0 && c <= 0xD7FF) return true;
    if (c >= 0xF900 && c <= 0xFDCF) return true;
    if (c >= 0xFDF0 && c <= 0xFFEF) return true;
    if (c >= 0x10000 && c <= 0xDFFFD) return (c & 0xFFFF) <= 0xFFFD;
    return c >= 0xE1000 && c <= 0xEFFFD;
}

// RFC 3987 iprivate (allowed in the query only).
constexpr bool is_iprivate(char32_t c) {
    return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) ||
           (c >= 0x100000 && c <= 0x10FFFD);
}

constexpr bool is_iunreserved(char32_t c) {
    return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~' ||
           is_ucschar(c);
}

constexpr bool is_sub_delim(char32_t c) {
    switch (c) {
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
        return true;
    default:
        return false;
    }
}

std::string describe(char32_t c) {
    if (c >= 0x21 && c < 0x7F)
        return fmt::format("'{}' (U+{:04X})", static_cast<char>(c), static_cast<std::uint32_t>(c));
    return fmt::format("U+{:04X}", static_cast<std::uint32_t>(c));
}

enum class part { userinfo, host, port, path, query, fragment };

constexpr bool allowed_in(part where, char32_t c) {
    switch (where) {
    case part::userinfo:
        return is_iunreserved(c) || is_sub_delim(c) || c == ':';
    case part::host:
        return is_iunreserved(c) || is_sub_delim(c);
    case part::port:
        return is_digit(c);
    case part::path:
        return is_iunreserved(c) || is_sub_delim(c) || c == ':' || c == '@' || c == '/';
    case part::query:
        return is_iunreserved(c) || is_sub_delim(c) || c == ':' || c == '@' || c == '/' ||
               c == '?' || is_iprivate(c);
    case part::fragment:
        return is_iunreserved(c) || is_sub_delim(c) || c == ':' || c == '@' || c == '/' || c == '?';
    }
    return false;
}

// allowed_in for ASCII, precomputed: one bit per part. IRIs are checked on
// every quad added, so this is hot.
constexpr std::array<std::uint8_t, 128> ascii_allowed = [] {
    std::array<std::uint8_t, 128> table{};
    for (char32_t c = 0; c < 128; ++c)
        for (int where = 0; where <= static_cast<int>(part::fragment); ++where)
            if (allowed_in(static_cast<part>(where), c)) table[c] |= 1u << where;
    return table;
}();

bool allowed(part where, char32_t c) {
    if (c < 128) return (ascii_allowed[c] >> static_cast<int>(where)) & 1u;
    return allowed_in(where, c);
}

// Checks code points [begin, end) against one component's character set,
// with percent-encoding (not in a port).
template <typename CodePoints>
std::string check_part(CodePoints const& cps, std::size_t begin, std::size_t end, part where) {
    for (std::size_t i = begin; i < end; ++i) {
        char32_t const c = cps[i];
        if (c == '%' && where != part::port) {
            if (i + 2 >= end || !is_hex(cps[i + 1]) || !is_hex(cps[i + 2]))
                return "'%' must be followed by two hexadecimal digits";
            i += 2;
            continue;
        }
        if (!allowed(where, c)) return "character " + describe(c) + " is not allowed in an IRI";
    }
    return {};
}

// IP-literal: "[" ( IPv6address / IPvFuture ) "]". Checked for its character
// set only: a wrong address is the publisher's problem, not an injection.
template <typename CodePoints>
std::string check_ip_literal(CodePoints const& cps, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
        char32_t const c = cps[i];
        if (!(is_hex(c) || c == ':' || c == '.' || c == 'v' || c == 'V' || is_iunreserved(c) ||
              is_sub_delim(c)))
            return "character " + describe(c) + " is not allowed in an IP literal";
    }
    return {};
}

// Most IRIs are ASCII: check those in place, without decoding into a vector.
struct ascii_code_points {
    std::string_view text;
    std::size_t size() const { return text.size(); }
    char32_t operator[](std::size_t i) const { return static_cast<unsigned char>(text[i]); }
};

template <typename CodePoints>
std::string problem_in(CodePoints const& cps) {
    std::size_t const n = cps.size();

    // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
    if (!is_alpha(cps[0])) return "not an absolute IRI: it must start with a scheme such as https:";
    std::size_t i = 1;
    while (i < n && (is_alpha(cps[i]) || is_digit(cps[i]) || cps[i] == '+' || cps[i] == '-' ||
                     cps[i] == '.'))
        ++i;
    if (i >= n || cps[i] != ':')
        return "not an absolute IRI: it must start with a scheme such as https:";
    ++i;

    // Split off fragment and query first: '#' and '?' end the hierarchical part.
    std::size_t fragment = n, query = n;
    for (std::size_t k = i; k < n; ++k)
        if (cps[k] == '#') {
            fragment = k;
            break;
        }
    for (std::size_t k = i; k < fragment; ++k)
        if (cps[k] == '?') {
            query = k;
            break;
        }
    std::size_t const hier_end = std::min(query, fragment);

    std::size_t path_begin = i;
    if (hier_end - i >= 2 && cps[i] == '/' && cps[i + 1] == '/') {
        std::size_t const authority_begin = i + 2;
        std::size_t authority_end = authority_begin;
        while (authority_end < hier_end && cps[authority_end] != '/')
            ++authority_end;
        std::size_t host_begin = authority_begin;
        for (std::size_t k = authority_begin; k < authority_end; ++k)
            if (cps[k] == '@') {
                if (auto p = check_part(cps, authority_begin, k, part::userinfo); !p.empty())
                    return p;
                host_begin = k + 1;
                break;
            }
        std::size_t host_end = authority_end;
        if (host_begin < authority_end && cps[host_begin] == '[') {
            std::size_t close = host_begin;
            while (close < authority_end && cps[close] != ']')
                ++close;
            if (close == authority_end) return "unclosed '[' in the IRI's host";
            if (auto p = check_ip_literal(cps, host_begin + 1, close); !p.empty()) return p;
            host_end = close + 1;
            if (host_end < authority_end && cps[host_end] != ':')
                return "unexpected character after ']' in the IRI's host";
        } else {
            for (std::size_t k = host_begin; k < authority_end; ++k)
                if (cps[k] == ':') {
                    host_end = k;
                    break;
                }
            if (auto p = check_part(cps, host_begin, host_end, part::host); !p.empty()) return p;
        }
        if (host_end < authority_end) {
            if (auto p = check_part(cps, host_end + 1, authority_end, part::port); !p.empty())
                return p;
        }
        path_begin = authority_end;
    }
    if (auto p = check_part(cps, path_begin, hier_end, part::path); !p.empty()) return p;
    if (query < n) {
        std::size_t const query_end = fragment;
        if (auto p = check_part(cps, query + 1, query_end, part::query); !p.empty()) return p;
    }
    if (fragment < n) {
        if (auto p = check_part(cps, fragment + 1, n, part::fragment); !p.empty()) return p;
    }
    return {};
}

} // namespace

std::string iri_problem(std::string_view text) {
    if (text.empty()) return "an IRI cannot be empty";
    if (text.size() > max_iri_bytes) return fmt::format("IRI longer than {} bytes", max_iri_bytes);
    bool const ascii = std::all_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80 && c != 0;
    });
    if (ascii) return problem_in(ascii_code_points{text});
    std::optional<std::vector<char32_t>> decoded = decode_utf8(text);
    if (!decoded) return "IRI is not valid UTF-8 (or holds a NUL byte)";
    return problem_in(*decoded);
}

std::string base_problem(std::string_view base) {
    if (auto p = iri_problem(base); !p.empty()) return p;
    // Minted IRIs hold the base and up to two identifiers (membership/A/B):
    // with this bound they stay under max_iri_bytes.
    if (base.size() > max_base_bytes)
        return fmt::format("the base IRI is {} bytes, longer than the limit of {} bytes",
                           base.size(), max_base_bytes);
    if (base.back() != '/' && base.back() != '#') return "the base IRI must end in '/' or '#'";
    if (base.find('?') != std::string_view::npos) return "the base IRI cannot have a query";
    if (base.back() == '/' && base.find('#') != std::string_view::npos)
        return "the base IRI cannot have a fragment unless it ends in '#'";
    return {};
}

bool is_identifier(std::string_view id) {
    if (id.empty()) return false;
    auto letter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    };
    if (!letter(id[0])) return false;
    for (char c : id)
        if (!(letter(c) || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

} // namespace evkg::kg
