#include "evkg/kg/figures.hpp"
#include "evkg/kg/lexical.hpp"

#include <catch2/catch.hpp>

using namespace evkg::kg;

TEST_CASE("integers are canonicalised or refused", "[lexical]") {
    CHECK(canonical_integer("007") == "7");
    CHECK(canonical_integer("0") == "0");
    CHECK(canonical_integer("-0") == "0");
    CHECK(canonical_integer("+5") == "5");
    CHECK(canonical_integer("-12") == "-12");
    for (auto bad :
         {"", "-", "1e3", "5.", "1,000", "12 . <x> <y> <z>", "NaN", " 1", "\xd9\xa1\xd9\xa2"})
        CHECK_FALSE(canonical_integer(bad));
}

TEST_CASE("decimals keep one digit on each side of the point", "[lexical]") {
    CHECK(canonical_decimal("19.9569") == "19.9569");
    CHECK(canonical_decimal("05.50") == "5.5");
    CHECK(canonical_decimal("3") == "3.0");
    CHECK(canonical_decimal("-0.0") == "0.0");
    CHECK(canonical_decimal("-2.970") == "-2.97");
    for (auto bad : {"", ".5", "5.", "+1.0", "1e3", "1.2.3", "-", "1 .0"})
        CHECK_FALSE(canonical_decimal(bad));
}

TEST_CASE("booleans have two forms", "[lexical]") {
    CHECK(canonical_boolean(true) == "true");
    CHECK(canonical_boolean(false) == "false");
}

TEST_CASE("language tags follow BCP 47 syntax and are lower-cased", "[lexical]") {
    CHECK(canonical_language_tag("en") == "en");
    CHECK(canonical_language_tag("en-GB") == "en-gb");
    CHECK(canonical_language_tag("FR") == "fr");
    CHECK(canonical_language_tag("zh-Hant-TW") == "zh-hant-tw");
    for (auto bad : {"", "en US", "en-", "-en", "123", "en_GB", "abcdefghi", "en-abcdefghi",
                     "en--gb", "e\xc3\xa9"})
        CHECK_FALSE(canonical_language_tag(bad));
}

TEST_CASE("UTF-8 is decoded strictly", "[lexical]") {
    CHECK(decode_utf8("Tinzaouat\xc3\xa8ne"));
    CHECK(decode_utf8("\xf0\x9f\x98\x80"));
    for (std::string bad :
         {std::string("a\xff"), std::string("\xc0\xaf"), std::string("\xed\xa0\x80"),
          std::string("\xf4\x90\x80\x80"), std::string("a\0b", 3), std::string("\xe2\x82")})
        CHECK_FALSE(decode_utf8(bad));
    CHECK(count_code_points("a\xe2\x80\x94z") == 3);
}

TEST_CASE("vague figures get the bounds of the mapping table", "[figures]") {
    std::string error;
    auto dozens = bounds_of("dozens", {}, error);
    REQUIRE(dozens);
    CHECK(dozens->lower == 24u);
    CHECK(dozens->upper == 99u);
    CHECK_FALSE(dozens->best);
    CHECK(dozens->acled == 12u);
    auto at_least = bounds_of("at-least", {6}, error);
    REQUIRE(at_least);
    CHECK(at_least->lower == 6u);
    CHECK_FALSE(at_least->upper);
    auto at_most = bounds_of("at-most", {6}, error);
    REQUIRE(at_most);
    CHECK(at_most->lower == 0u);
    CHECK(at_most->upper == 6u);
    auto between = bounds_of("between", {10, 15}, error);
    REQUIRE(between);
    CHECK(between->upper == 15u);
    auto many = bounds_of("many", {}, error);
    REQUIRE(many);
    CHECK_FALSE(many->lower);
    CHECK_FALSE(many->acled);
    CHECK_FALSE(bounds_of("between", {15, 10}, error));
    CHECK_FALSE(bounds_of("exactly", {}, error));
    CHECK_FALSE(bounds_of("loads", {}, error));
}
