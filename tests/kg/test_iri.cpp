#include "evkg/kg/iri.hpp"

#include <catch2/catch.hpp>

using namespace evkg::kg;

TEST_CASE("absolute IRIs per RFC 3987 are accepted", "[iri]") {
    auto const good = GENERATE(values<std::string>({
        "http://www.wikidata.org/entity/Q912",
        "https://sws.geonames.org/2453866/",
        "https://example.org/evkg/",
        "https://example.org/evkg#",
        "urn:isbn:0451450523",
        "mailto:someone@example.org",
        "http://user:pw@example.org:8080/a/b?q=1&r=2#frag",
        "http://[::1]:80/x",
        "https://ar.wikipedia.org/wiki/\xd9\x85\xd8\xa7\xd9\x84\xd9\x8a",
        "https://example.org/caf%C3%A9",
        "https://example.org/a(b)!$&'*+,;=:@",
        "http://ex/q?\xee\x80\x80",
    }));
    CAPTURE(good);
    CHECK(iri_problem(good).empty());
}

TEST_CASE("invalid IRIs are refused with a reason", "[iri]") {
    auto const bad = GENERATE(values<std::string>({
        "http://ex/p> \"x\" . <http://ex/evil> <http://ex/q",
        "http://ex/a b",
        "http://ex/a<b",
        "http://ex/a>b",
        "http://ex/a\"b",
        "http://ex/a{b",
        "http://ex/a}b",
        "http://ex/a|b",
        "http://ex/a^b",
        "http://ex/a`b",
        "http://ex/a\\b",
        "http://ex/a\nb",
        "http://ex/a\tb",
        "http://ex/a\x7f",
        "rel/path",
        "/absolute/path",
        "//host/path",
        "#fragment",
        "",
        "1http://ex/",
        "http://ex/%G1",
        "http://ex/%4",
        "http://ex/%",
        "http://ex:80a/",
        "http://[::1/x",
        "http://ex/\xff",
        "http://ex/a#b#c",
        "http://ex/\xee\x80\x80",
    }));
    CAPTURE(bad);
    CHECK_FALSE(iri_problem(bad).empty());
}

TEST_CASE("the reason names the offending character", "[iri]") {
    CHECK(iri_problem("http://ex/a b").find("U+0020") != std::string::npos);
    CHECK(iri_problem("http://ex/p>x").find("'>'") != std::string::npos);
}

TEST_CASE("a base must end in / or # and be absolute", "[iri]") {
    CHECK(base_problem("https://example.org/evkg/").empty());
    CHECK(base_problem("https://example.org/evkg#").empty());
    CHECK_FALSE(base_problem("https://example.org/evkg").empty());
    CHECK_FALSE(base_problem("example.org/").empty());
    CHECK_FALSE(base_problem("https://example.org/?q=/").empty());
    CHECK_FALSE(base_problem("https://example.org/a b/").empty());
}

TEST_CASE("identifiers are safe path segments", "[iri]") {
    CHECK(is_identifier("afp-2024-07-30"));
    CHECK(is_identifier("_x"));
    CHECK_FALSE(is_identifier("1abc"));
    CHECK_FALSE(is_identifier("a/b"));
    CHECK_FALSE(is_identifier(""));
}
