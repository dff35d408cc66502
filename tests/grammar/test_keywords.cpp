// The word lists of keywords.hpp (used for suggestions), the grammar's own
// lists and the structure table must agree.
#include "ast_test_support.hpp"

#include "evkg/grammar/check_structure.hpp"
#include "evkg/grammar/keywords.hpp"

#include <catch2/catch.hpp>

#include <set>

using evkg::testing::diagnostics_of;
using evkg::testing::parse_text;

TEST_CASE("the grammar accepts every property keyword of keywords.hpp", "[keywords]") {
    for (auto const& key : evkg::keywords::property_keys()) {
        INFO(key);
        std::string const found = diagnostics_of("claim c {\n  " + key + " }");
        CHECK(found.find("unknown property") == std::string::npos);
    }
    CHECK(diagnostics_of("claim c { membership x }").find("unknown property `membership`") !=
          std::string::npos);
}

TEST_CASE("the structure table covers exactly the property keywords", "[keywords]") {
    std::set<std::string> from_table;
    for (auto const& kind : evkg::keywords::declaration_kinds())
        for (auto const& key : evkg::allowed_properties(kind))
            from_table.insert(key);
    for (auto const& key : evkg::allowed_properties("figure"))
        from_table.insert(key);
    std::set<std::string> const listed(evkg::keywords::property_keys().begin(),
                                       evkg::keywords::property_keys().end());
    CHECK(from_table == listed);
}

TEST_CASE("kinds, quantities, outcomes and day words are all accepted", "[keywords]") {
    for (auto const& kind : evkg::keywords::declaration_kinds())
        CHECK(parse_text(kind + " x").found.all().empty());
    for (auto const& word : evkg::keywords::quantity_words()) {
        std::string const amount =
            word == "between" ? "between 1 and 2"
            : word == "exactly" || word == "at-least" || word == "at-most" || word == "about"
                ? word + " 3"
                : word;
        INFO(amount);
        CHECK(parse_text("claim c { casualties killed " + amount + " }").found.all().empty());
    }
    for (auto const& word : evkg::keywords::outcome_words())
        CHECK(parse_text("claim c { casualties " + word + " many }").found.all().empty());
    for (auto const& word : evkg::keywords::day_words())
        CHECK(parse_text("claim c { on " + word + " }").found.all().empty());
}
