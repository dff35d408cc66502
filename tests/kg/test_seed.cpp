// The founding example, parsed by the real parser: samples/tinzaouatene.ev
// (which `use`s samples/sahel-registry.ev) must build with no diagnostics and
// hold the facts of shared/seed-facts.md.
#include "evkg/kg/build.hpp"
#include "rdf_reader.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

using namespace evkg;

namespace {

std::string const base = "https://example.org/evkg/";
std::string const ns = "https://w3id.org/evkg/ns#";

struct seed {
    diagnostics out;
    corpus input;
    std::optional<kg::dataset> data;
};

seed const& built_seed() {
    static seed const s = [] {
        seed result;
        result.input =
            load_corpus({std::string(EVKG_SOURCE_DIR) + "/samples/tinzaouatene.ev"}, result.out);
        if (!result.out.has_errors()) result.data = kg::build(result.input, {}, result.out);
        return result;
    }();
    return s;
}

std::string messages(diagnostics const& out, source_set const& sources) {
    return render_all(out, sources);
}

bool has(test::read_result const& r, std::string const& subject, std::string const& predicate,
         std::string const& object) {
    return std::any_of(r.statements.begin(), r.statements.end(), [&](auto const& s) {
        return s.subject == subject && s.predicate == predicate && s.object == object;
    });
}

} // namespace

TEST_CASE("the seed sample builds with zero diagnostics", "[seed]") {
    auto const& s = built_seed();
    INFO(messages(s.out, s.input.sources));
    CHECK(s.out.all().empty());
    REQUIRE(s.data);
    CHECK(s.data->quad_count() > 300);
}

TEST_CASE("the seed output holds the founding facts", "[seed]") {
    auto const& s = built_seed();
    REQUIRE(s.data);
    auto nq = test::read_rdf(kg::serialize(*s.data, kg::syntax::nquads), SERD_NQUADS);
    REQUIRE(nq.ok);
    // Tuesday resolves to the publication day; the weekend to 27-28 July.
    CHECK(has(nq, base + "event/drone-strike/time", ns + "date", "2024-07-30"));
    CHECK(has(nq, base + "claim/c11-csp-victory/time", ns + "earliest", "2024-07-27"));
    CHECK(has(nq, base + "claim/c11-csp-victory/time", ns + "latest", "2024-07-28"));
    CHECK(has(nq, base + "claim/c10-army-admission/time", ns + "date", "2024-07-29"));
    CHECK(has(nq, base + "event/tinzaouatene-battle/time", ns + "earliest", "2024-07-25"));
    // AES members, the convoy claim's unverified toll, the contradiction.
    CHECK(has(nq, base + "membership/aes/mali", "http://www.w3.org/ns/org#organization",
              base + "alliance/aes"));
    CHECK(has(nq, base + "claim/c13-jnim-toll", ns + "verification",
              "https://w3id.org/evkg/vocab/verification/CouldNotVerify"));
    CHECK(has(nq, base + "claim/c6-elmaouloud-target", ns + "contradicts",
              base + "claim/c8-malian-source-target"));
    CHECK(has(nq, base + "claim/c7-elmaouloud-toll/figure-1", ns + "lowerBound", "24"));
    // Quotes are located in the article text by code points.
    CHECK(has(nq, base + "claim/c1-toll-officials-separatists/quote",
              "http://www.w3.org/ns/oa#start", "0"));
}

TEST_CASE("the seed output is identical in every run and every syntax re-reads", "[seed]") {
    auto const& s = built_seed();
    REQUIRE(s.data);
    for (auto [format, reader] :
         {std::pair{kg::syntax::turtle, SERD_TURTLE},
          std::pair{kg::syntax::ntriples, SERD_NTRIPLES},
          std::pair{kg::syntax::nquads, SERD_NQUADS}, std::pair{kg::syntax::trig, SERD_TRIG}}) {
        std::string const once = kg::serialize(*s.data, format);
        CHECK(once == kg::serialize(*s.data, format));
        CHECK(test::read_rdf(once, reader).ok);
    }
}

TEST_CASE("every evkg IRI in the seed output is declared in the ontology", "[seed][ontology]") {
    auto const& s = built_seed();
    REQUIRE(s.data);
    std::set<std::string> declared;
    for (auto name : {"evkg.ttl", "vocabularies.ttl"}) {
        std::ifstream in(std::string(EVKG_SOURCE_DIR) + "/ontology/" + name, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        auto read = test::read_rdf(text.str(), SERD_TURTLE);
        REQUIRE(read.ok);
        for (auto const& st : read.statements)
            if (st.predicate == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
                declared.insert(st.subject);
    }
    auto nq = test::read_rdf(kg::serialize(*s.data, kg::syntax::nquads), SERD_NQUADS);
    REQUIRE(nq.ok);
    std::set<std::string> used;
    for (auto const& st : nq.statements)
        for (auto const* iri : {&st.subject, &st.predicate, &st.object, &st.datatype})
            if (iri->rfind("https://w3id.org/evkg/", 0) == 0 &&
                !(iri == &st.object && st.object_is_literal))
                used.insert(*iri);
    CHECK(used.size() > 40);
    for (auto const& iri : used) {
        CAPTURE(iri);
        CHECK(declared.count(iri) == 1);
    }
}

TEST_CASE("the seed gives the same bytes whichever file is named first", "[seed]") {
    std::string const samples = std::string(EVKG_SOURCE_DIR) + "/samples/";
    auto render = [&](std::vector<std::string> const& paths, kg::syntax format) {
        diagnostics out;
        corpus input = load_corpus(paths, out);
        REQUIRE_FALSE(out.has_errors());
        auto data = kg::build(input, {}, out);
        REQUIRE(data);
        return kg::serialize(*data, format);
    };
    for (auto format :
         {kg::syntax::turtle, kg::syntax::ntriples, kg::syntax::nquads, kg::syntax::trig}) {
        std::string const a =
            render({samples + "sahel-registry.ev", samples + "tinzaouatene.ev"}, format);
        std::string const b =
            render({samples + "tinzaouatene.ev", samples + "sahel-registry.ev"}, format);
        CHECK(a == b);
        CHECK(a == render({samples + "tinzaouatene.ev"}, format));
    }
}
