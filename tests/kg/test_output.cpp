// Output: determinism across file orders, the shape of each syntax, and every
// evkg IRI in the output declared by the ontology.
#include "corpus_builder.hpp"
#include "evkg/kg/build.hpp"
#include "evkg/kg/iri.hpp"
#include "evkg/kg/vocabulary.hpp"
#include "rdf_reader.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace evkg;
using namespace evkg::test;

namespace {

std::string serialize_files(std::vector<file_builder> const& files, kg::syntax format) {
    diagnostics out;
    corpus c = make_corpus(files);
    auto data = kg::build(c, {}, out);
    REQUIRE(data);
    return kg::serialize(*data, format);
}

std::string read_file(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Every subject the ontology types as a class, property or concept.
std::set<std::string> declared_terms() {
    std::set<std::string> declared;
    for (auto name : {"evkg.ttl", "vocabularies.ttl"}) {
        auto read =
            read_rdf(read_file(std::string(EVKG_SOURCE_DIR) + "/ontology/" + name), SERD_TURTLE);
        REQUIRE(read.ok);
        for (auto const& s : read.statements)
            if (s.predicate == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
                declared.insert(s.subject);
    }
    return declared;
}

} // namespace

TEST_CASE("the same corpus in another file order gives the same bytes", "[output]") {
    auto const format =
        GENERATE(kg::syntax::turtle, kg::syntax::ntriples, kg::syntax::nquads, kg::syntax::trig);
    auto files = seed_like_files("");
    std::string const forward = serialize_files(files, format);
    std::reverse(files.begin(), files.end());
    std::string const backward = serialize_files(files, format);
    CHECK_FALSE(forward.empty());
    CHECK(forward == backward);
    CHECK(serialize_files(files, format) == backward); // and again
}

TEST_CASE("each syntax reads back to the same triples", "[output]") {
    auto files = seed_like_files("");
    auto nq = read_rdf(serialize_files(files, kg::syntax::nquads), SERD_NQUADS);
    auto trig = read_rdf(serialize_files(files, kg::syntax::trig), SERD_TRIG);
    auto nt = read_rdf(serialize_files(files, kg::syntax::ntriples), SERD_NTRIPLES);
    auto ttl = read_rdf(serialize_files(files, kg::syntax::turtle), SERD_TURTLE);
    REQUIRE(nq.ok);
    REQUIRE(trig.ok);
    REQUIRE(nt.ok);
    REQUIRE(ttl.ok);
    auto quads = [](read_result const& r) {
        std::set<std::string> out;
        for (auto const& s : r.statements)
            out.insert(s.graph + " " + s.subject + " " + s.predicate + " " + s.object + "^" +
                       s.datatype + "@" + s.language);
        return out;
    };
    auto triples = [](read_result const& r) {
        std::set<std::string> out;
        for (auto const& s : r.statements)
            out.insert(s.subject + " " + s.predicate + " " + s.object + "^" + s.datatype + "@" +
                       s.language);
        return out;
    };
    CHECK(quads(nq) == quads(trig));
    CHECK(triples(nt) == triples(ttl));
    CHECK(triples(nq) == triples(nt));
    CHECK(nt.statements.size() == triples(nt).size()); // merged without duplicates
    for (auto const& s : nq.statements)
        CHECK_FALSE(s.graph.empty());
    for (auto const& s : nt.statements)
        CHECK_FALSE(s.subject.rfind("_:", 0) == 0);
}

TEST_CASE("claims keep their content in their own graph", "[output]") {
    auto nq = read_rdf(serialize_files(seed_like_files(""), kg::syntax::nquads), SERD_NQUADS);
    REQUIRE(nq.ok);
    std::string const base = "https://example.org/evkg/";
    bool saw_figure = false, saw_metadata = false;
    for (auto const& s : nq.statements) {
        if (s.predicate == "https://w3id.org/evkg/ns#casualtyFigure") {
            CHECK(s.graph == base + "claim/c1/assertion");
            saw_figure = true;
        }
        if (s.predicate == "http://www.w3.org/ns/prov#wasAttributedTo" &&
            s.subject == base + "claim/c1") {
            CHECK(s.graph == base + "graph/report/r1");
            saw_metadata = true;
        }
        if (s.subject == base + "actor/mali") CHECK(s.graph == base + "graph/registry");
    }
    CHECK(saw_figure);
    CHECK(saw_metadata);
}

TEST_CASE("the Turtle output uses the mapping's prefixes and abbreviates", "[output]") {
    std::string const ttl = serialize_files(seed_like_files(""), kg::syntax::turtle);
    CHECK(ttl.find("@prefix evkg: <https://w3id.org/evkg/ns#> .") != std::string::npos);
    CHECK(ttl.find("@prefix evt: <https://w3id.org/evkg/vocab/event-type/> .") !=
          std::string::npos);
    CHECK(ttl.find("evt:DroneStrike") != std::string::npos);
    CHECK(ttl.find("\"2024-07-30\"^^xsd:date") != std::string::npos);
    CHECK(ttl.find("\"POINT(2.9708 19.9569)\"^^geo:wktLiteral") != std::string::npos);
}

TEST_CASE("every evkg IRI in the output is declared in the ontology", "[output][ontology]") {
    std::set<std::string> const declared = declared_terms();
    auto nq = read_rdf(serialize_files(seed_like_files(""), kg::syntax::nquads), SERD_NQUADS);
    REQUIRE(nq.ok);
    auto check = [&](std::string const& iri) {
        if (iri.rfind("https://w3id.org/evkg/", 0) != 0) return;
        CAPTURE(iri);
        CHECK(declared.count(iri) == 1);
    };
    for (auto const& s : nq.statements) {
        check(s.subject);
        check(s.predicate);
        if (!s.object_is_literal) check(s.object);
        check(s.datatype);
    }
}

TEST_CASE("minted IRIs follow the base, also one ending in '#'", "[output]") {
    diagnostics out;
    corpus c = make_corpus(seed_like_files(""));
    auto data = kg::build(c, {"urn:example:evkg#"}, out);
    REQUIRE(data);
    auto nq = read_rdf(kg::serialize(*data, kg::syntax::nquads), SERD_NQUADS);
    REQUIRE(nq.ok);
    std::set<std::string> subjects;
    for (auto const& s : nq.statements)
        subjects.insert(s.subject);
    for (auto const* expected :
         {"urn:example:evkg#report/r1", "urn:example:evkg#actor/afp",
          "urn:example:evkg#alliance/aes", "urn:example:evkg#mechanism/aes-defence",
          "urn:example:evkg#place/town", "urn:example:evkg#event/strike",
          "urn:example:evkg#claim/c1", "urn:example:evkg#claim/c1/figure-1",
          "urn:example:evkg#claim/c1/figure-1/victims", "urn:example:evkg#claim/c1/target-1",
          "urn:example:evkg#claim/c1/time", "urn:example:evkg#event/strike/time",
          "urn:example:evkg#membership/aes/mali", "urn:example:evkg#membership/csp-dpa/spokesman",
          "urn:example:evkg#affiliation/jnim/linked-to/csp-dpa",
          "urn:example:evkg#place/town-south/near/town", "urn:example:evkg#place/town/geometry"}) {
        CAPTURE(expected);
        CHECK(subjects.count(expected) == 1);
    }
    for (auto const& s : nq.statements)
        CHECK(s.subject.rfind("urn:example:evkg#", 0) == 0);
}

// The model builder trusts evkg's own IRIs (minted from the base, or
// vocabulary constants) without checking them again: here they are checked.
TEST_CASE("every IRI in the output is a valid absolute IRI, whatever the base", "[output]") {
    auto const base = GENERATE(std::string("https://example.org/evkg/"),
                               std::string("urn:example:evkg#"), std::string("http://h:8/x/"));
    CAPTURE(base);
    diagnostics out;
    corpus c = make_corpus(seed_like_files(""));
    auto data = kg::build(c, {base}, out);
    REQUIRE(data);
    auto nq = read_rdf(kg::serialize(*data, kg::syntax::nquads), SERD_NQUADS);
    REQUIRE(nq.ok);
    REQUIRE_FALSE(nq.statements.empty());
    auto check = [](std::string const& iri) {
        CAPTURE(iri);
        CHECK(kg::iri_problem(iri).empty());
    };
    for (auto const& s : nq.statements) {
        check(s.graph);
        check(s.subject);
        check(s.predicate);
        if (!s.object_is_literal) check(s.object);
        if (!s.datatype.empty()) check(s.datatype);
    }
}

TEST_CASE("every concept IRI of the vocabulary is a valid absolute IRI", "[output][ontology]") {
    for (auto const& entry : kg::vocab::concepts) {
        CAPTURE(entry.iri);
        CHECK(kg::iri_problem(entry.iri).empty());
    }
}
