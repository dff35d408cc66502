// check_structure: the property table of docs/language.md.
#include "ast_test_support.hpp"

#include "evkg/grammar/check_structure.hpp"

#include <catch2/catch.hpp>

using evkg::testing::diagnostics_of;
using evkg::testing::parse_text;

TEST_CASE("properties allowed per kind follow the table", "[structure]") {
    auto const event = evkg::allowed_properties("event");
    CHECK(std::find(event.begin(), event.end(), "date") != event.end());
    CHECK(std::find(event.begin(), event.end(), "near") == event.end());
    CHECK(std::find(event.begin(), event.end(), "casualties") == event.end());
    auto const claim = evkg::allowed_properties("claim");
    CHECK(std::find(claim.begin(), claim.end(), "casualties") != claim.end());
    CHECK(std::find(claim.begin(), claim.end(), "alias") == claim.end());
    CHECK(std::find(claim.begin(), claim.end(), "same-as") == claim.end());
    CHECK(evkg::allowed_properties("figure") ==
          std::vector<std::string>{"victims", "status", "nationality", "ethnicity", "mainly",
                                   "side", "including"});
    CHECK(evkg::allowed_properties("nonsense").empty());
}

TEST_CASE("a misplaced property names the kind and what is allowed", "[structure]") {
    CHECK(diagnostics_of("event e {\n  near x\n}")
              .rfind("test.ev:2:3: error: `near` is not a property of an event; properties of an "
                     "event are: alias, same-as,",
                     0) == 0);
    CHECK(
        diagnostics_of("report r { alias \"x\" }").find("`alias` is not a property of a report") !=
        std::string::npos);
    CHECK(diagnostics_of("state s { casualties killed many }").find("belong in a claim") !=
          std::string::npos);
    CHECK(diagnostics_of("claim c { casualties killed many { victim \"x\" } }")
              .find("`victim` is not a property of a casualty figure; did you mean `victims`?") !=
          std::string::npos);
}

TEST_CASE("cardinality and repetition", "[structure]") {
    CHECK(diagnostics_of("claim c { act said, claimed }").find("`act` takes one value, not 2") !=
          std::string::npos);
    CHECK(diagnostics_of("claim c { quote \"a\", \"b\" }").find("`quote` takes one value, not 2") !=
          std::string::npos);
    CHECK(diagnostics_of("event e { date monday\n date tuesday }")
              .find("test.ev:2:2: error: `date` is given twice; an event has one `date`") !=
          std::string::npos);
    // List-valued properties may be repeated.
    CHECK(diagnostics_of("state s { alias \"a\"\n alias \"b\" }").empty());
    CHECK(
        diagnostics_of("claim c { casualties killed many\n casualties injured several }").empty());
}

TEST_CASE("published is one full calendar date", "[structure]") {
    CHECK(diagnostics_of("report r { published 2024-07-30 }").empty());
    CHECK(diagnostics_of("report r { published 2024 }").find("not a month or a year") !=
          std::string::npos);
    CHECK(diagnostics_of("report r { published today }").find("full calendar date") !=
          std::string::npos);
    CHECK(diagnostics_of("report r { published 2024-07-01 .. 2024-07-02 }")
              .find("takes one date, not a range") != std::string::npos);
}

TEST_CASE("at most one report per file, with a note at the first", "[structure]") {
    auto const result = parse_text("report a\nreport b\n");
    REQUIRE(result.found.all().size() == 1);
    CHECK(result.found.all()[0].notes.size() == 1);
    CHECK(result.found.all()[0].where.begin == 9);
    CHECK(result.found.all()[0].notes[0].where.begin == 0);
}

TEST_CASE("structure errors and syntax errors are reported together", "[structure]") {
    auto const result = parse_text("event e { near x }\nevnt f\n");
    CHECK(result.found.error_count() == 2);
    CHECK_FALSE(result.file.ok);
}
