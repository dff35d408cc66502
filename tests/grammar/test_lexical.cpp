// Tokens: strings and their escapes, language tags, integers, dates, IRIs,
// and the limits of parse_limits.
#include "ast_test_support.hpp"

#include <catch2/catch.hpp>

#include <boost/variant/get.hpp>

using evkg::testing::diagnostics_of;
using evkg::testing::dump_of;
using evkg::testing::parse_text;

namespace {

// The decoded value of the label of `state s "..."`.
std::string label_of(std::string const& literal) {
    auto const result = parse_text("state s " + literal);
    INFO(result.rendered());
    REQUIRE(result.file.ok);
    auto const& declaration =
        boost::get<evkg::ast::declaration>(result.file.document.statements.at(0).get());
    REQUIRE(declaration.label.has_value());
    return declaration.label->value;
}

} // namespace

TEST_CASE("escapes are decoded to UTF-8", "[lexical]") {
    CHECK(label_of(R"("a\"b")") == "a\"b");
    CHECK(label_of(R"("a\\b")") == "a\\b");
    CHECK(label_of(R"("a\nb\tc\rd")") == "a\nb\tc\rd");
    CHECK(label_of(R"("caf\u00e9")") == "caf\xC3\xA9");
    CHECK(label_of(R"("\u20AC")") == "\xE2\x82\xAC");
    CHECK(label_of(R"("\U0001F600")") == "\xF0\x9F\x98\x80");
    CHECK(label_of(R"("\U0010FFFF")") == "\xF4\x8F\xBF\xBF");
    CHECK(label_of("\"Tinzaouat\xC3\xA8ne\"") == "Tinzaouat\xC3\xA8ne");
    CHECK(label_of("\"\"") == "");
    CHECK(label_of("\"tab\there\"") == "tab\there");
}

TEST_CASE("bad escapes point at the escape", "[lexical]") {
    CHECK(
        diagnostics_of(R"(state s "ab\q")").rfind("test.ev:1:12: error: unknown escape `\\q`", 0) ==
        0);
    CHECK(diagnostics_of(R"(state s "\uDFFF")")
              .rfind("test.ev:1:10: error: bad escape `\\uDFFF`", 0) == 0);
    CHECK(diagnostics_of(R"(state s "\U00110000")").rfind("test.ev:1:10: error: bad escape", 0) ==
          0);
    CHECK(
        diagnostics_of(R"(state s "\u00G1")").rfind("test.ev:1:10: error: bad escape `\\u00`", 0) ==
        0);
    CHECK(diagnostics_of(R"(state s "\u0000")").find("NUL") != std::string::npos);
}

TEST_CASE("an unterminated string points at its opening quote", "[lexical]") {
    CHECK(diagnostics_of("state s \"abc\nstate t")
              .rfind("test.ev:1:9: error: unterminated string", 0) == 0);
    CHECK(diagnostics_of("state s \"abc").rfind("test.ev:1:9: error: unterminated string", 0) == 0);
    CHECK(diagnostics_of("state s \"abc\\").rfind("test.ev:1:9: error: unterminated string", 0) ==
          0);
}

TEST_CASE("language tags are checked and lower-cased", "[lexical]") {
    CHECK(dump_of("state s \"x\"@PT-BR") == "state s \"x\"@pt-br\n");
    CHECK(dump_of("state s \"x\"@zh-Hant-TW") == "state s \"x\"@zh-hant-tw\n");
    CHECK(dump_of("state s \"x\"@de-CH-1996") == "state s \"x\"@de-ch-1996\n");
    for (char const* bad : {"en_GB", "en-", "123", "abcdefghi", "en--gb", "en-abcdefghi"}) {
        INFO(bad);
        CHECK(diagnostics_of(std::string("state s \"x\"@") + bad).find("invalid language tag") !=
              std::string::npos);
    }
    CHECK(diagnostics_of("state s \"x\"@ {}").find("expected a language tag after '@'") !=
          std::string::npos);
}

TEST_CASE("integers have at most 18 digits", "[lexical]") {
    CHECK(dump_of("event e { sentence 999999999999999999 }") ==
          "event e\n  sentence: integers 999999999999999999\n");
    CHECK(dump_of("event e { sentence 007 }") == "event e\n  sentence: integers 7\n");
    CHECK(diagnostics_of("event e { sentence 1000000000000000000 }")
              .rfind("test.ev:1:20: error: integer `1000000000000000000` is too large", 0) == 0);
    CHECK(diagnostics_of("event e { sentence 12abc }").find("expected an integer") !=
          std::string::npos);
}

TEST_CASE("dates are real calendar dates", "[lexical]") {
    CHECK(dump_of("event e { date 2000-02-29 }") == "event e\n  date: date 2000-02-29\n");
    CHECK(dump_of("event e { date 2024-12-31 }") == "event e\n  date: date 2024-12-31\n");
    CHECK(diagnostics_of("event e { date 2023-02-29 }").find("February 2023 has 28 days") !=
          std::string::npos);
    CHECK(diagnostics_of("event e { date 1900-02-29 }").find("February 1900 has 28 days") !=
          std::string::npos);
    CHECK(diagnostics_of("event e { date 2024-04-31 }").find("April 2024 has 30 days") !=
          std::string::npos);
    CHECK(diagnostics_of("event e { date 2024-00 }").find("there is no month 00") !=
          std::string::npos);
    CHECK(diagnostics_of("event e { date 0000 }").find("there is no year 0000") !=
          std::string::npos);
    CHECK(diagnostics_of("event e { date 2024-07-30T10 }").find("malformed date") !=
          std::string::npos);
    CHECK(diagnostics_of("event e { date 24-07-30 }")
              .find("expected a date (YYYY-MM-DD, YYYY-MM, YYYY) or a day word such as tuesday") !=
          std::string::npos);
}

TEST_CASE("IRIs", "[lexical]") {
    CHECK(dump_of("outlet o { url <https://www.afp.com/fr/é> }") ==
          "outlet o\n  url: iris <https://www.afp.com/fr/é>\n");
    for (char const* bad :
         {"<a b>", "<a\"b>", "<a{b>", "<a|b>", "<a^b>", "<a`b>", "<a\\b>", "<a<b>"}) {
        INFO(bad);
        CHECK(diagnostics_of(std::string("outlet o { url ") + bad + " }")
                  .find("not allowed in an IRI") != std::string::npos);
    }
    CHECK(diagnostics_of("outlet o { url <http://x\n }").find("unterminated IRI") !=
          std::string::npos);
}

TEST_CASE("limits are diagnostics", "[lexical]") {
    evkg::parse_limits limits;
    limits.max_string_bytes = 8;
    CHECK(parse_text("state s \"12345678\"", limits).file.ok);
    auto const too_long = parse_text("state s \"123456789\"", limits);
    CHECK_FALSE(too_long.file.ok);
    CHECK(too_long.rendered().rfind("test.ev:1:9: error: string longer than 8 bytes", 0) == 0);

    limits.max_file_bytes = 10;
    auto const too_big = parse_text("state mali \"Mali\"", limits);
    CHECK_FALSE(too_big.file.ok);
    CHECK(too_big.rendered() ==
          "evkg: error: test.ev: the file is 17 bytes, more than the limit of 10 bytes\n");
}
