// skim_file (the first pass of a two-pass build) against parse_file: on every
// valid text the skim reads the same statements, kinds, identifiers and
// ranges, and parses reports, prefixes and uses the same; what it steps
// over is left to parse_skimmed_file.
#include "ast_test_support.hpp"
#include "skim_agreement.hpp"

#include <catch2/catch.hpp>

#include <boost/variant/get.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

std::string const samples = EVKG_SAMPLES_DIR;

std::string disagreement(std::string text) {
    evkg::source_set sources;
    evkg::file_id const id = sources.add("test.ev", std::move(text));
    return evkg::testing::skim_disagreement(sources, id);
}

// Parses `text` in full (it must be valid) and skims it.
void require_valid_and_agreeing(std::string const& text) {
    INFO(text);
    REQUIRE(evkg::testing::diagnostics_of(text).empty());
    CHECK(disagreement(text).empty());
}

} // namespace

TEST_CASE("the skim agrees with the parser on every sample", "[skim]") {
    for (auto const& entry : std::filesystem::directory_iterator(samples)) {
        if (entry.path().extension() != ".ev") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        INFO(entry.path());
        REQUIRE(evkg::testing::diagnostics_of(text.str()).empty());
        CHECK(disagreement(text.str()).empty());
    }
}

TEST_CASE("the skim steps over labels, blocks, strings, IRIs and comments", "[skim]") {
    for (char const* text : {
             "state mali \"Mali\"\n",
             "state mali\nstate niger\n",
             "state mali \"Mali\" state niger \"Niger\" place p { kind town }\n",
             "place p \"A \\\"{quoted}\\\" } and a \\\\\" { kind town }\n",
             "place p \"Tinzaouat\xC3\xA8ne\"@fr { kind town }\nstate s\n",
             "place p \"P\" { # a } in a comment {\n kind town }\nstate s\n",
             "outlet afp \"AFP\" { url <https://www.afp.com/#top> }\nstate s\n",
             "place p \"P\" { alias \"no # comment, no } brace\" kind town }\nstate s\n",
             "place # a comment between kind and identifier\n  p \"P\"\nstate s\n",
             "place p{ kind town }state s\n",
             "place p\"P\"{kind town}\n",
             "\xEF\xBB\xBFstate mali \"Mali\"\n",
             "place p \"P\" {\r\n  kind town\r\n}\r\nstate s\r\n",
             "place\tp\t\"P\"\t{\tkind\ttown\t}\n",
             "state mali \"Mali\" { same-as wd:Q912, <https://sws.geonames.org/2453866/> }\n"
             "prefix wd: <http://www.wikidata.org/entity/>\n",
             "use \"registry.ev\"\nstate s\n",
             "group g \"G\" { alias \"{\", \"}}\" note \"#\" }\n",
         })
        require_valid_and_agreeing(text);
}

TEST_CASE("the skim parses what the index needs, with the grammar", "[skim]") {
    std::string const text = "outlet afp \"AFP\"\n"
                             "report r \"R\" { outlet afp published 2024-07-28 language fr }\n"
                             "prefix wd: <http://www.wikidata.org/entity/>\n"
                             "use \"other.ev\"\n";
    require_valid_and_agreeing(text);
    evkg::source_set sources;
    evkg::file_id const id = sources.add("test.ev", text);
    evkg::diagnostics found;
    evkg::parsed_file const skim = evkg::skim_file(sources, id, found);
    REQUIRE(skim.document.statements.size() == 4);
    auto const& outlet = boost::get<evkg::ast::declaration>(skim.document.statements[0].get());
    auto const& report = boost::get<evkg::ast::declaration>(skim.document.statements[1].get());
    CHECK(outlet.properties.empty());      // stepped over
    CHECK(report.properties.size() == 3u); // parsed
}

TEST_CASE("the skim is no check: errors in a block it steps over are parse_file's to find",
          "[skim]") {
    std::string const hidden = "state mali \"Mali\"\nplace p \"P\" { kind town in 42 }\n";
    CHECK_FALSE(evkg::testing::diagnostics_of(hidden).empty());
    evkg::source_set sources;
    evkg::file_id const id = sources.add("test.ev", hidden);
    evkg::diagnostics skim_found;
    (void)evkg::skim_file(sources, id, skim_found);
    CHECK(skim_found.all().empty());
    // ... which parse_skimmed_file, the second pass, reports.
    evkg::diagnostics again;
    CHECK_FALSE(evkg::parse_skimmed_file(sources, id, again).ok);
    CHECK(again.has_errors());
}

TEST_CASE("what the skim cannot step over it parses, errors and all", "[skim]") {
    for (char const* text : {
             "place p \"unterminated { kind town }\nstate s\n",
             "place p \"P\" { url <http://a/b\n }\n",
             "place p \"P\" { kind town\n",
             "plaice p \"P\" { kind town }\n",
             "place 42p \"P\"\n",
             "place p.q \"P\"\n",
         }) {
        INFO(text);
        evkg::source_set sources;
        evkg::file_id const id = sources.add("test.ev", text);
        evkg::diagnostics full_found, skim_found;
        (void)evkg::parse_file(sources, id, full_found);
        (void)evkg::skim_file(sources, id, skim_found);
        CHECK(full_found.has_errors());
        CHECK(skim_found.has_errors());
        CHECK(disagreement(text).empty());
    }
}
