#include "corpus_builder.hpp"
#include "evkg/kg/build.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using namespace evkg;
using namespace evkg::test;

namespace {

struct outcome {
    bool built = false;
    diagnostics out;
};

outcome run(std::vector<file_builder> const& files,
            std::string base = "https://example.org/evkg/") {
    outcome o;
    corpus c = make_corpus(files);
    o.built = kg::build(c, {base}, o.out).has_value();
    return o;
}

bool has_error(outcome const& o, std::string const& fragment) {
    return std::any_of(o.out.all().begin(), o.out.all().end(), [&](diagnostic const& d) {
        return d.level == severity::error && d.message.find(fragment) != std::string::npos;
    });
}

diagnostic const* find_error(outcome const& o, std::string const& fragment) {
    for (auto const& d : o.out.all())
        if (d.message.find(fragment) != std::string::npos) return &d;
    return nullptr;
}

std::string all_messages(outcome const& o) {
    std::string s;
    for (auto const& d : o.out.all())
        s += d.message + "\n";
    return s;
}

} // namespace

TEST_CASE("the seed-like corpus builds without diagnostics", "[resolve]") {
    auto o = run(seed_like_files(""));
    INFO(all_messages(o));
    CHECK(o.built);
    CHECK(o.out.all().empty());
}

TEST_CASE("a duplicate identifier is an error with a note at the first one", "[resolve]") {
    auto files = seed_like_files("");
    files[1].add(declaration("place", "mali", "Mali again", {}));
    auto o = run(files);
    CHECK_FALSE(o.built);
    auto const* d = find_error(o, "`mali` is already declared (as a state)");
    REQUIRE(d);
    REQUIRE(d->notes.size() == 1);
    CHECK(d->notes[0].message == "previous definition here");
}

TEST_CASE("an undefined reference suggests the closest identifier", "[resolve]") {
    auto files = seed_like_files("");
    files[1].add(declaration("event", "e2", "x", {refs("perpetrator", {"fam"})}));
    auto o = run(files);
    CHECK_FALSE(o.built);
    CHECK(has_error(o, "`fam` is not declared; did you mean `fama`?"));
}

TEST_CASE("a reference of the wrong kind names the expected kinds", "[resolve]") {
    SECTION("`by` pointing at a place") {
        auto files = seed_like_files("");
        files[1].add(declaration("claim", "c3", "x", {refs("by", {"town"})}));
        auto o = run(files);
        CHECK_FALSE(o.built);
        auto const* d = find_error(o, "but `town` is a place");
        REQUIRE(d);
        CHECK(d->message.find("outlet, state, government") != std::string::npos);
        REQUIRE(d->notes.size() == 1);
        CHECK(d->notes[0].message == "`town` is declared here");
    }
    SECTION("`about` not an event") {
        auto files = seed_like_files("");
        files[1].add(declaration("claim", "c3", "x", {refs("about", {"fama"})}));
        auto o = run(files);
        CHECK(has_error(o, "must be an event, but `fama` is a force"));
    }
    SECTION("`of` of a force pointing at a place") {
        auto files = seed_like_files("");
        files[0].add(declaration("force", "f2", "x", {refs("of", {"town"})}));
        auto o = run(files);
        CHECK(has_error(o, "but `town` is a place"));
    }
}

TEST_CASE("unknown vocabulary notations suggest the closest one", "[resolve]") {
    auto files = seed_like_files("");
    files[1].add(declaration("event", "e2", "x", {refs("type", {"drone-strik"})}));
    files[1].add(declaration("claim", "c3", "x", {refs("act", {"saidd"})}));
    files[0].add(declaration("place", "p2", "x", {refs("kind", {"spaceport"})}));
    auto o = run(files);
    CHECK_FALSE(o.built);
    CHECK(has_error(o, "unknown event type `drone-strik`; did you mean `drone-strike`?"));
    CHECK(has_error(o, "unknown speech act `saidd`; did you mean `said`?"));
    CHECK(has_error(o, "unknown kind of place `spaceport`"));
}

TEST_CASE("unknown figure qualifiers and outcomes are errors", "[resolve]") {
    auto files = seed_like_files("");
    files[1].add(declaration("claim", "c3", "x",
                             {figure("kiled", "a-few", {}, "", {refs("status", {"civil"})})}));
    auto o = run(files);
    CHECK(has_error(o, "unknown outcome `kiled`; did you mean `killed`?"));
    CHECK(has_error(o, "unknown quantity `a-few`"));
    CHECK(has_error(o, "unknown combatant status `civil`"));
}

TEST_CASE("prefixes and IRIs are checked", "[resolve]") {
    SECTION("undeclared prefix") {
        auto files = seed_like_files("");
        files[1].add(declaration("state", "chad", "Chad", {prefixed("same-as", "wd", "Q657")}));
        auto o = run(files);
        CHECK(has_error(o, "undeclared prefix `wd:`"));
    }
    SECTION("injection through an IRI") {
        auto files = seed_like_files("");
        files[1].add(
            declaration("state", "chad", "Chad",
                        {iris("same-as", {"http://ex/p> \"x\" . <http://ex/evil> <http://ex/q"})}));
        auto o = run(files);
        CHECK_FALSE(o.built);
        CHECK(has_error(o, "invalid IRI"));
    }
    SECTION("a relative reference") {
        auto files = seed_like_files("");
        files[1].add(declaration("outlet", "o2", "x", {iris("url", {"www.example.org/x"})}));
        auto o = run(files);
        CHECK(has_error(o, "not an absolute IRI"));
    }
    SECTION("a bad base") {
        auto o = run(seed_like_files(""), "https://example.org/evkg");
        CHECK_FALSE(o.built);
        CHECK(has_error(o, "invalid base IRI"));
    }
}

TEST_CASE("language tags, dates and reports are checked", "[resolve]") {
    SECTION("bad language tag on a label") {
        auto files = seed_like_files("");
        auto d = declaration("state", "chad", "", {});
        d.label = text("Tchad", "fr_FR");
        files[1].add(d);
        CHECK(has_error(run(files), "`fr_FR` is not a BCP 47 language tag"));
    }
    SECTION("a relative date with no report") {
        auto files = seed_like_files("");
        files[0].add(declaration("event", "e2", "x", {relative("date", "monday")}));
        CHECK(has_error(run(files), "the relative date `monday` needs a report"));
    }
    SECTION("an impossible date") {
        auto files = seed_like_files("");
        files[0].add(declaration("alliance", "a2", "x", {day("founded", 2024, 2, 30)}));
        CHECK(has_error(run(files), "2024-02-30 is not a calendar date"));
    }
    SECTION("a claim without a report") {
        auto files = seed_like_files("");
        files[0].add(declaration("claim", "c9", "x", {refs("by", {"fama"})}));
        CHECK(has_error(run(files), "claim `c9` needs a report"));
    }
    SECTION("a claim whose explicit report is not a report") {
        auto files = seed_like_files("");
        files[0].add(declaration("claim", "c9", "x", {refs("report", {"afp"})}));
        auto o = run(files);
        CHECK(has_error(o, "the report must be a report, but `afp` is an outlet"));
        CHECK_FALSE(has_error(o, "needs a report"));
    }
    SECTION("a claim in the registry that names its report builds") {
        auto files = seed_like_files("");
        files[0].add(
            declaration("claim", "c9", "x", {refs("report", {"r1"}), relative("on", "monday")}));
        auto o = run(files);
        INFO(all_messages(o));
        CHECK(o.built);
    }
}

namespace {

// A report text on disk, for quote and sentence checks; one file per test
// case, since CTest may run them in parallel.
std::string write_text_file(std::string const& name, std::string const& content) {
    std::string const path = std::string(EVKG_BINARY_TEST_DIR) + "/" + name + ".txt";
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

} // namespace

TEST_CASE("quotes are found in the report text and located by code points", "[resolve]") {
    // "—" is one code point of three bytes: offsets count code points.
    std::string const path = write_text_file(
        "quote-offsets", "Line one \xe2\x80\x94 drones killed at least six civilians Tuesday.\n"
                         "Line two.\n");
    auto o = run(seed_like_files(path));
    INFO(all_messages(o));
    REQUIRE(o.built);
    corpus c = make_corpus(seed_like_files(path));
    diagnostics out;
    auto data = kg::build(c, {}, out);
    REQUIRE(data);
    std::string const nt = kg::serialize(*data, kg::syntax::ntriples);
    CHECK(nt.find("<https://example.org/evkg/claim/c1/quote> <http://www.w3.org/ns/oa#start> "
                  "\"18\"^^<http://www.w3.org/2001/XMLSchema#integer>") != std::string::npos);
    CHECK(nt.find("<https://example.org/evkg/claim/c1/quote> <http://www.w3.org/ns/oa#end> "
                  "\"47\"^^<http://www.w3.org/2001/XMLSchema#integer>") != std::string::npos);
}

TEST_CASE("a quote missing from the text is an error", "[resolve]") {
    std::string const path = write_text_file("quote-missing", "Nothing of the sort was said.\n");
    auto o = run(seed_like_files(path));
    CHECK_FALSE(o.built);
    CHECK(has_error(o, "this quote is not in the text of report `r1`"));
}

TEST_CASE("sentence numbers must be lines of the text", "[resolve]") {
    std::string const path = write_text_file("sentences", "killed at least six civilians\n");
    auto files = seed_like_files(path);
    files[1].add(declaration("source", "s9", "x", {integers("sentence", {1, 2})}));
    auto o = run(files);
    CHECK(has_error(o, "sentence 2 is not in the report text (it has 1 lines)"));
    CHECK_FALSE(has_error(o, "sentence 1 "));
}

TEST_CASE("a missing report text is an error at the `text` property", "[resolve]") {
    auto o = run(seed_like_files("/nonexistent/evkg/article.txt"));
    CHECK_FALSE(o.built);
    CHECK(has_error(o, "cannot read the report text"));
}

TEST_CASE("an identifier that is not a safe IRI segment is refused", "[resolve]") {
    auto files = seed_like_files("");
    files[1].add(declaration("place", "a/b", "x", {}));
    CHECK(has_error(run(files), "`a/b` is not an identifier"));
}

TEST_CASE("a file with several reports needs claims to say which", "[resolve]") {
    auto files = seed_like_files("");
    files[1].add(declaration("report", "r2", "Another report",
                             {refs("outlet", {"afp"}), day("published", 2024, 8, 1)}));
    auto o = run(files);
    CHECK_FALSE(o.built);
    CHECK(has_error(o, "claim `c1` needs a report: its file declares several reports (`r1`, "
                       "`r2`); say which with `report ID`"));
    CHECK(has_error(o, "the relative date `tuesday` needs a report with a `published` date "
                       "(its file declares several reports"));
}

TEST_CASE("an empty corpus builds an empty graph", "[resolve][output]") {
    diagnostics out;
    corpus c = make_corpus({});
    auto data = kg::build(c, {}, out);
    REQUIRE(data);
    CHECK(data->quad_count() == 0);
    CHECK(kg::serialize(*data, kg::syntax::ntriples).empty());
    CHECK(kg::serialize(*data, kg::syntax::turtle).rfind("@prefix evkg:", 0) == 0);
}
