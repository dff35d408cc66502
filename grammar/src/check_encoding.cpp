// The encoding pre-pass: X3 and Serd both misbehave on bad bytes (X3's
// standard classes abort, Serd truncates at NUL and replaces bad UTF-8), so
// every byte is checked here first.
#include "evkg/grammar/check_encoding.hpp"

#include "scanner.hpp"

#include <fmt/format.h>

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace evkg {

namespace {

struct decoded {
    std::uint32_t code_point = 0;
    std::size_t length = 0; // bytes consumed (also on error: the bad sequence)
    char const* error = nullptr;
};

bool is_continuation(unsigned char c) { return (c & 0xC0u) == 0x80u; }

// Decodes one UTF-8 sequence starting at text[at] (which is >= 0x80).
decoded decode(std::string_view text, std::size_t at) {
    auto const byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char const lead = byte(at);
    if (is_continuation(lead)) return {0, 1, "unexpected continuation byte"};
    std::size_t length = 0;
    std::uint32_t cp = 0;
    if (lead >= 0xC0 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF7) {
        length = 4;
        cp = lead & 0x07u;
    } else {
        return {0, 1, "not a UTF-8 byte"};
    }
    std::size_t got = 1;
    for (; got < length; ++got) {
        if (at + got >= text.size() || !is_continuation(byte(at + got)))
            return {0, got, "truncated sequence"};
        cp = (cp << 6) | (byte(at + got) & 0x3Fu);
    }
    static constexpr std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < smallest[length]) return {cp, length, "overlong encoding"};
    if (cp >= 0xD800 && cp <= 0xDFFF) return {cp, length, "encoded surrogate"};
    if (cp > 0x10FFFF) return {cp, length, "code point above U+10FFFF"};
    return {cp, length, nullptr};
}

// Eight bytes at once: how many of them, from the first, are printable ASCII
// other than the three that change the scanner's state ('"', '\\', '#'):
// scan::byte_context::is_inert, for a word at a time.
// Most of a file is plain text, which then costs a few operations per word,
// and the scan jumps straight to the next line end, quote or comment.
std::size_t plain_prefix(char const* at) {
    std::uint64_t word;
    std::memcpy(&word, at, sizeof word);
    constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    auto const zeros = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    // Flags each byte < 0x20, >= 0x80, 0x7F, '"', '\\' or '#'. A borrow may
    // flag a byte above a flagged one, never one below: the lowest flag is
    // exact, and that is the only one used.
    std::uint64_t const special = ((word - ones * 0x20) & ~word & highs) | (word & highs) |
                                  zeros(word ^ (ones * 0x7F)) | zeros(word ^ (ones * '"')) |
                                  zeros(word ^ (ones * '\\')) | zeros(word ^ (ones * '#'));
    if (special == 0) return 8;
    if constexpr (std::endian::native == std::endian::little)
        return static_cast<std::size_t>(std::countr_zero(special)) / 8;
    else
        return 0; // the byte-at-a-time path finds which
}

bool is_bidi_control(std::uint32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::string hex_bytes(std::string_view text, std::size_t at, std::size_t length) {
    std::string out;
    for (std::size_t i = 0; i < length && at + i < text.size(); ++i)
        out += fmt::format("{}{:02X}", i ? " " : "", static_cast<unsigned char>(text[at + i]));
    return out;
}

// A UTF-16 or UTF-32 file: one diagnostic, no byte-by-byte noise.
bool reject_wide_encoding(std::string_view text, file_id file, diagnostics& out) {
    char const* name = nullptr;
    std::size_t length = 0;
    if (text.substr(0, 4) == std::string_view("\xFF\xFE\x00\x00", 4)) {
        name = "UTF-32 (little-endian)";
        length = 4;
    } else if (text.substr(0, 4) == std::string_view("\x00\x00\xFE\xFF", 4)) {
        name = "UTF-32 (big-endian)";
        length = 4;
    } else if (text.substr(0, 2) == "\xFF\xFE") {
        name = "UTF-16 (little-endian)";
        length = 2;
    } else if (text.substr(0, 2) == "\xFE\xFF") {
        name = "UTF-16 (big-endian)";
        length = 2;
    }
    if (!name) return false;
    out.error({file, 0, length, true},
              fmt::format("the file starts with a {} byte order mark ({}): evkg reads UTF-8; "
                          "save the file as UTF-8",
                          name, hex_bytes(text, 0, length)));
    return true;
}

} // namespace

bool check_source_text(source_set const& sources, file_id file, diagnostics& out) {
    std::string_view const text = sources[file].text();
    if (reject_wide_encoding(text, file, out)) return false;

    std::size_t const errors_before = out.error_count();
    auto const report = [&](std::size_t at, std::size_t length, std::string message) {
        return out.error({file, at, at + length, true}, std::move(message));
    };
    // Strings are tracked only to allow bidi controls inside them.
    scan::byte_context context;
    std::size_t at = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (at < text.size()) {
        if (at + 8 <= text.size()) {
            if (std::size_t const plain = plain_prefix(text.data() + at); plain > 0) {
                at += plain;
                continue;
            }
        }
        unsigned char const c = static_cast<unsigned char>(text[at]);
        if (scan::byte_context::is_inert(c)) {
            ++at;
            continue;
        }
        if (c < 0x80) {
            bool keep_going = true;
            if (c == 0) {
                keep_going = report(at, 1, "NUL byte (0x00) is not allowed");
            } else if (c == '\r') {
                if (at + 1 >= text.size() || text[at + 1] != '\n')
                    keep_going =
                        report(at, 1, "lone carriage return (CR): lines must end in LF or CRLF");
            }
            if (!keep_going) break;
            at += context.take(text.data() + at, text.data() + text.size());
            continue;
        }
        decoded const d = decode(text, at);
        if (d.error) {
            if (!report(at, 1,
                        fmt::format("invalid UTF-8 ({}): byte{} {}", d.error,
                                    d.length > 1 ? "s" : "", hex_bytes(text, at, d.length))))
                break;
            at += d.length;
            while (at < text.size() && is_continuation(static_cast<unsigned char>(text[at])))
                ++at;
            continue;
        }
        if (d.code_point == 0xFEFF) {
            if (!report(at, d.length,
                        "byte order mark (U+FEFF) is only allowed at the start of the file"))
                break;
        } else if (!context.in_string() && is_bidi_control(d.code_point)) {
            if (!report(at, d.length,
                        fmt::format("bidirectional control character U+{:04X} outside a string "
                                    "(it can make the text read differently from how it "
                                    "parses)",
                                    d.code_point)))
                break;
        }
        at += d.length;
    }
    return out.error_count() == errors_before;
}

} // namespace evkg
