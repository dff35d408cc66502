#include "evkg/kg/lexical.hpp"

#include <cctype>

namespace evkg::kg {

namespace {
// Calls put(code point) for each code point of `text`; false at the first
// malformed sequence or NUL.
template <typename Put>
bool for_each_code_point(std::string_view text, Put&& put) {
    for (std::size_t i = 0; i < text.size();) {
        auto const lead = static_cast<unsigned char>(text[i]);
        if (lead == 0) return false;
        if (lead < 0x80) {
            put(char32_t{lead});
            ++i;
            continue;
        }
        std::size_t length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, cp = lead & 0x1F, minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, cp = lead & 0x0F, minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, cp = lead & 0x07, minimum = 0x10000;
        } else {
            return false;
        }
        if (i + length > text.size()) return false;
        for (std::size_t k = 1; k < length; ++k) {
            auto const c = static_cast<unsigned char>(text[i + k]);
            if ((c & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        put(cp);
        i += length;
    }
    return true;
}
} // namespace

std::optional<std::vector<char32_t>> decode_utf8(std::string_view text) {
    std::vector<char32_t> out;
    out.reserve(text.size());
    if (!for_each_code_point(text, [&](char32_t cp) { out.push_back(cp); })) return std::nullopt;
    return out;
}

// Checked in place: literals are checked once each, by the million.
bool is_literal_text(std::string_view text) {
    return for_each_code_point(text, [](char32_t) {});
}

std::size_t count_code_points(std::string_view text) {
    std::size_t count = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

namespace {
bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}
std::string_view strip_leading_zeros(std::string_view digits) {
    while (digits.size() > 1 && digits.front() == '0')
        digits.remove_prefix(1);
    return digits;
}
} // namespace

std::optional<std::string> canonical_integer(std::string_view text) {
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (!all_digits(text)) return std::nullopt;
    std::string_view const digits = strip_leading_zeros(text);
    if (digits == "0") return std::string("0");
    return (negative ? "-" : "") + std::string(digits);
}

std::optional<std::string> canonical_decimal(std::string_view text) {
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    std::string_view whole = text, fraction = "0";
    if (auto point = text.find('.'); point != std::string_view::npos) {
        whole = text.substr(0, point);
        fraction = text.substr(point + 1);
        if (!all_digits(fraction)) return std::nullopt;
    }
    if (!all_digits(whole)) return std::nullopt;
    whole = strip_leading_zeros(whole);
    while (fraction.size() > 1 && fraction.back() == '0')
        fraction.remove_suffix(1);
    bool const zero = whole == "0" && fraction == "0";
    return (negative && !zero ? "-" : "") + std::string(whole) + "." + std::string(fraction);
}

std::optional<std::string> canonical_language_tag(std::string_view tag) {
    std::string out;
    std::size_t subtag_length = 0;
    bool first_subtag = true;
    for (char c : tag) {
        if (c == '-') {
            if (subtag_length == 0) return std::nullopt;
            first_subtag = false;
            subtag_length = 0;
            out += c;
            continue;
        }
        bool const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        bool const digit = c >= '0' && c <= '9';
        if (!letter && !(digit && !first_subtag)) return std::nullopt;
        if (++subtag_length > 8) return std::nullopt;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (subtag_length == 0) return std::nullopt;
    return out;
}

} // namespace evkg::kg
