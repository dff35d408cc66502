// Every construct of docs/language.md parsed to its expected AST (compared as
// the text of evkg::ast::dump).
#include "ast_test_support.hpp"

#include <catch2/catch.hpp>

using evkg::testing::diagnostics_of;
using evkg::testing::dump_of;

TEST_CASE("top-level statements", "[grammar]") {
    CHECK(dump_of("prefix wd: <http://www.wikidata.org/entity/>\n"
                  "use \"registry.ev\"\n"
                  "state mali\n"
                  "state niger \"Niger\"\n"
                  "state chad \"Tchad\"@FR { }\n") ==
          "prefix wd: <http://www.wikidata.org/entity/>\n"
          "use \"registry.ev\"\n"
          "state mali\n"
          "state niger \"Niger\"\n"
          "state chad \"Tchad\"@fr\n");
}

TEST_CASE("empty input and comments", "[grammar]") {
    CHECK(dump_of("").empty());
    CHECK(dump_of("   \n\t\n").empty());
    CHECK(dump_of("# only a comment").empty());
    CHECK(dump_of("state mali # trailing\n{ # inside\n alias \"M\" # after\n}#end") ==
          "state mali\n  alias: texts \"M\"\n");
}

TEST_CASE("reference, concept, text, IRI and integer lists", "[grammar]") {
    CHECK(dump_of("claim c1 { by a, b-c, _d\n quote \"x\"\n sentence 1, 2,3 }") ==
          "claim c1\n  by: refs a, b-c, _d\n  quote: texts \"x\"\n  sentence: integers 1, 2, 3\n");
    CHECK(dump_of("outlet afp { same-as wd:Q40464, <http://x.org/a#b>, gn:123\n"
                  " alias \"A\", \"B\"@en-gb }") ==
          "outlet afp\n  same-as: iris wd:Q40464, <http://x.org/a#b>, gn:123\n"
          "  alias: texts \"A\", \"B\"@en-gb\n");
}

TEST_CASE("date expressions", "[grammar]") {
    CHECK(dump_of("event e { date 2024-07-30 }") == "event e\n  date: date 2024-07-30\n");
    CHECK(dump_of("event e { date 2024-07 }") == "event e\n  date: date 2024-07\n");
    CHECK(dump_of("event e { date 2020 }") == "event e\n  date: date 2020\n");
    CHECK(dump_of("event e { date tuesday }") == "event e\n  date: date tuesday\n");
    CHECK(dump_of("event e { date thursday .. saturday \"three days\" }") ==
          "event e\n  date: date thursday .. saturday \"three days\"\n");
    CHECK(dump_of("event e { date 2024-07-25..2024-07-27 }") ==
          "event e\n  date: date 2024-07-25 .. 2024-07-27\n");
    CHECK(dump_of("claim c { on weekend }") == "claim c\n  on: date weekend\n");
    CHECK(dump_of("event e { date 2024-02-29 }") == "event e\n  date: date 2024-02-29\n");
}

TEST_CASE("members, roles, proximity, coordinates", "[grammar]") {
    CHECK(dump_of("alliance a { member mali since 2023-09-16 until ended, niger until 2025,"
                  " chad since monday }") ==
          "alliance a\n  member: members mali since 2023-09-16 until ended, niger until 2025, "
          "chad since monday\n");
    CHECK(dump_of("group g { member-of a\n linked-to b\n supported-by c }") ==
          "group g\n  member-of: members a\n  linked-to: members b\n  supported-by: members c\n");
    CHECK(dump_of("person p { role spokesperson of csp-dpa }") ==
          "person p\n  role: role spokesperson of csp-dpa\n");
    CHECK(dump_of("place p { near a direction south, b\n at -19.5, 2 }") ==
          "place p\n  near: nears a direction south, b\n  at: coordinates -19.5, 2\n");
}

TEST_CASE("targets, qualified texts, flags", "[grammar]") {
    CHECK(dump_of("event e { target fama, \"gold miners\"\n victim \"people\" }") ==
          "event e\n  target: targets fama, \"gold miners\"\n  victim: targets \"people\"\n");
    CHECK(dump_of("coalition c { ethnic-base mainly \"Tuareg\" }") ==
          "coalition c\n  ethnic-base: qualified mainly \"Tuareg\"\n");
    CHECK(dump_of("group c { ethnic-base \"Fulani\"\n ended }") ==
          "group c\n  ethnic-base: qualified \"Fulani\"\n  ended: ended\n");
}

TEST_CASE("casualty figures and every quantity", "[grammar]") {
    CHECK(dump_of("claim c { casualties killed at-least 6 \"at least six\" {\n"
                  "  victims \"civilians\"\n  status civilian\n  nationality sudan, niger\n"
                  "  ethnicity \"Hausa\"\n  mainly\n  side fama\n  including \"a commander\"\n"
                  "} }") ==
          "claim c\n  casualties: figure killed at-least 6 \"at least six\"\n"
          "    victims: texts \"civilians\"\n    status: refs civilian\n"
          "    nationality: refs sudan, niger\n    ethnicity: texts \"Hausa\"\n"
          "    mainly: flag\n    side: refs fama\n    including: texts \"a commander\"\n");
    char const* const forms[][2] = {
        {"exactly 10", "exactly 10"},
        {"at-most 3", "at-most 3"},
        {"about 40 \"some 40\"", "about 40 \"some 40\""},
        {"between 10 and 15", "between 10 and 15"},
        {"dozens", "dozens"},
        {"scores", "scores"},
        {"hundreds", "hundreds"},
        {"several", "several"},
        {"many \"heavy\"", "many \"heavy\""},
        {"unspecified", "unspecified"},
    };
    for (auto const& form : forms) {
        INFO(form[0]);
        CHECK(dump_of(std::string("claim c { casualties injured ") + form[0] + " }") ==
              std::string("claim c\n  casualties: figure injured ") + form[1] + "\n");
    }
    for (char const* outcome : {"killed", "injured", "abducted", "displaced", "arrested", "losses"})
        CHECK(dump_of(std::string("claim c { casualties ") + outcome + " many }") ==
              std::string("claim c\n  casualties: figure ") + outcome + " many\n");
}

TEST_CASE("keywords are whole words and not reserved", "[grammar]") {
    // `member-of` is not `member` followed by `-of`.
    CHECK(dump_of("group g { member-of a }") == "group g\n  member-of: members a\n");
    // A keyword may name a thing: position decides.
    CHECK(dump_of("place in \"In\" { in of\n kind town }") ==
          "place in \"In\"\n  in: refs of\n  kind: refs town\n");
    CHECK(dump_of("event e { report report }") == "event e\n  report: refs report\n");
    // `membership` is not `member` + `ship`.
    CHECK(diagnostics_of("alliance a { membership x }").find("unknown property `membership`") !=
          std::string::npos);
    // `ended` as a property and as a member's end.
    CHECK(dump_of("alliance a { member m until ended\n ended }") ==
          "alliance a\n  member: members m until ended\n  ended: ended\n");
}

TEST_CASE("blanks are free between tokens", "[grammar]") {
    CHECK(dump_of("claim\tc1\n\"label\"\n{\nby\na\n,\nb\n}") ==
          "claim c1 \"label\"\n  by: refs a, b\n");
}
