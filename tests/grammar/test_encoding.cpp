// The byte pre-pass: each bad input class gives one diagnostic at the exact
// byte; CRLF and a leading BOM change no line or column.
#include "ast_test_support.hpp"

#include "evkg/grammar/check_encoding.hpp"

#include <catch2/catch.hpp>

using evkg::testing::parse_text;

namespace {

struct first_error {
    std::size_t offset;
    std::string message;
};

first_error error_in(std::string const& text) {
    auto const result = parse_text(text);
    REQUIRE_FALSE(result.found.all().empty());
    CHECK_FALSE(result.file.ok);
    auto const& d = result.found.all().front();
    return {d.where.begin, d.message};
}

} // namespace

TEST_CASE("each bad byte is reported where it is", "[encoding]") {
    struct {
        std::string text;
        std::size_t offset;
        char const* message_start;
    } const cases[] = {
        {std::string("state s \"a\0b\"", 13), 10, "NUL byte"},
        {"state s \"\xFF\"", 9, "invalid UTF-8 (not a UTF-8 byte)"},
        {"state s \"\x80\"", 9, "invalid UTF-8 (unexpected continuation byte)"},
        {"state s \"\xC3\"", 9, "invalid UTF-8 (truncated sequence)"},
        {"state s \"\xC0\xAF\"", 9, "invalid UTF-8 (overlong encoding)"},
        {"state s \"\xE0\x80\xAF\"", 9, "invalid UTF-8 (overlong encoding)"},
        {"state s \"\xED\xA0\x80\"", 9, "invalid UTF-8 (encoded surrogate)"},
        {"state s \"\xF4\x90\x80\x80\"", 9, "invalid UTF-8 (code point above U+10FFFF)"},
        {"state s { }\n\xEF\xBB\xBF", 12, "byte order mark (U+FEFF)"},
        {"state s { }\rstate t", 11, "lone carriage return"},
        {"state s { } \xE2\x80\xAE", 12, "bidirectional control character U+202E"},
        {"state s { } # \xE2\x81\xA6", 14, "bidirectional control character U+2066"},
        {"\xFF\xFEs\0", 0, "the file starts with a UTF-16 (little-endian)"},
        {"\xFE\xFF\0s", 0, "the file starts with a UTF-16 (big-endian)"},
        {std::string("\xFF\xFE\0\0", 4), 0, "the file starts with a UTF-32 (little-endian)"},
        {std::string("\0\0\xFE\xFF", 4), 0, "the file starts with a UTF-32 (big-endian)"},
    };
    for (auto const& c : cases) {
        INFO(c.message_start);
        first_error const e = error_in(c.text);
        CHECK(e.offset == c.offset);
        CHECK(e.message.rfind(c.message_start, 0) == 0);
    }
}

TEST_CASE("a bad sequence is one error, and all bad places are reported", "[encoding]") {
    auto const result = parse_text("state s \"\xC0\xAF\" { alias \"\xFF\" }\n# \x80\x80\n");
    REQUIRE(result.found.all().size() == 3);
    CHECK(result.found.all()[0].where.begin == 9);
    CHECK(result.found.all()[1].where.begin == 22);
    CHECK(result.found.all()[2].where.begin == 29);
}

TEST_CASE("bidi controls and BOM-less valid text inside strings are fine", "[encoding]") {
    CHECK(parse_text("state s \"a \xE2\x80\xAE b\"").file.ok);
    CHECK(parse_text("state s \"\\\" \xE2\x80\xAE\"").file.ok); // an escaped quote stays inside
    CHECK(parse_text("\xEF\xBB\xBFstate s").file.ok);
    CHECK(parse_text("\xEF\xBB\xBF").file.ok);
}

TEST_CASE("CRLF and a leading BOM give the same positions as plain LF", "[encoding]") {
    std::string const lf = "state mali {\n  alias \"M\xC3\xA9\"\n  nera x\n}\n";
    std::string crlf;
    for (char c : lf)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    auto const expected = parse_text(lf).rendered();
    CHECK(expected.rfind("test.ev:3:3: error: unknown property `nera`; did you mean `near`?", 0) ==
          0);
    CHECK(parse_text(crlf).rendered() == expected);
    CHECK(parse_text("\xEF\xBB\xBF" + lf).rendered() == expected);
}

TEST_CASE("columns count code points; tabs count one", "[encoding]") {
    CHECK(parse_text("state s \"\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80\" { nera }")
              .rendered()
              .rfind("test.ev:1:17: error", 0) == 0);
    CHECK(parse_text("state s {\n\t\tnera\n}").rendered().rfind("test.ev:2:3: error", 0) == 0);
}

// The scan takes plain text eight bytes at a time: a bad byte, or a quote or
// comment that changes what a later byte means, is found at every offset.
TEST_CASE("bad bytes are found at every offset of a word", "[encoding]") {
    std::string const plain = "note \"abcdefghijklmnopqrstuvwxyz0123456789\"";
    for (std::size_t at = 0; at < 24; ++at) {
        INFO("offset " << at);
        for (std::string const& bad : {std::string(1, '\0'), std::string("\xFF"), std::string("\r"),
                                       std::string("\xEF\xBB\xBF")}) {
            std::string text = "state s { " + plain + " }\n";
            text.insert(10 + at, bad);
            auto const e = error_in(text);
            CHECK(e.offset == 10 + at);
        }
        // A bidi control is an error outside a string, not inside one: which
        // it is depends on the quotes before it, in any word.
        std::string const bidi = "\xE2\x80\xAE"; // U+202E
        std::string outside = "state s { " + std::string(at, 'x') + bidi + " }\n";
        CHECK(error_in(outside).offset == 10 + at);
        std::string inside = "state s { alias \"" + std::string(at, 'x') + bidi + "\" }\n";
        CHECK(evkg::testing::parse_text(inside).rendered().find("bidirectional") ==
              std::string::npos);
        std::string commented = "state s # " + std::string(at, 'x') + "\"" + bidi + "\n";
        CHECK(error_in(commented).offset == 10 + at + 1);
    }
}
