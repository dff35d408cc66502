// Diagnostics: suggestions, the error cap, recovery and rendering.
#include "ast_test_support.hpp"

#include <catch2/catch.hpp>

using evkg::testing::diagnostics_of;
using evkg::testing::parse_text;

TEST_CASE("edit distance counts a swap of neighbours as one edit", "[diagnostics]") {
    CHECK(evkg::edit_distance("nera", "near") == 1);
    CHECK(evkg::edit_distance("kiled", "killed") == 1);
    CHECK(evkg::edit_distance("", "abc") == 3);
    CHECK(evkg::edit_distance("same", "same") == 0);
    CHECK(evkg::closest_match("evnt", {"event", "claim"}) == "event");
    CHECK(evkg::closest_match("zzzz", {"event", "claim"}).empty());
}

TEST_CASE("did-you-mean for kinds, properties, quantities, outcomes and days", "[diagnostics]") {
    CHECK(diagnostics_of("evnt e").find("unknown declaration kind `evnt`; did you mean `event`?") !=
          std::string::npos);
    CHECK(diagnostics_of("place p { nera x }")
              .find("unknown property `nera`; did you mean `near`?") != std::string::npos);
    CHECK(diagnostics_of("claim c { casualties killed severl }").find("did you mean `several`?") !=
          std::string::npos);
    CHECK(diagnostics_of("claim c { casualties injred many }").find("did you mean `injured`?") !=
          std::string::npos);
    CHECK(diagnostics_of("claim c { on yesterdya }").find("did you mean `yesterday`?") !=
          std::string::npos);
}

TEST_CASE("recovery reports every independent error once", "[diagnostics]") {
    auto const result = parse_text("evnt a { type x }\n"
                                   "event b { date 2024-02-30 }\n"
                                   "event c { typo x }\n"
                                   "state ok\n"
                                   "claim d { on tuesdya }\n");
    REQUIRE(result.found.all().size() == 4);
    CHECK(result.found.all()[0].where.begin == 0);
    CHECK(result.rendered().find("test.ev:2:16:") != std::string::npos);
    CHECK(result.rendered().find("test.ev:3:11:") != std::string::npos);
    CHECK(result.rendered().find("test.ev:5:14:") != std::string::npos);
    // The good declaration in between is kept.
    CHECK(result.dumped() == "state ok\n");
}

TEST_CASE("the error cap stops a flood", "[diagnostics]") {
    std::string text;
    for (int i = 0; i < 200; ++i)
        text += "evnt e" + std::to_string(i) + "\n";
    auto const result = parse_text(text);
    CHECK(result.found.error_count() == 50);
    CHECK(result.found.all().back().message == "too many errors (50), stopping");
}

TEST_CASE("long lines are cut around the caret", "[diagnostics]") {
    std::string const text = "state s { alias " + std::string(300, ' ') + "\"x\", nope }";
    std::string const rendered = diagnostics_of(text);
    INFO(rendered);
    CHECK(rendered.find("  ...") != std::string::npos);
    std::size_t const second_line = rendered.find('\n') + 1;
    std::size_t const third_line = rendered.find('\n', second_line) + 1;
    CHECK(third_line - second_line <= 2 + 3 + 120 + 3 + 1);
}

TEST_CASE("hidden characters are shown escaped, the caret still lines up", "[diagnostics]") {
    CHECK(diagnostics_of("state s { } \xE2\x80\xAE x") ==
          "test.ev:1:13: error: bidirectional control character U+202E outside a string (it can "
          "make the text read differently from how it parses)\n"
          "  state s { } <U+202E> x\n"
          "              ^~~~~~~~\n");
}
