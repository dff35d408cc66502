// The buffer a streaming worker fills with one declaration's quads: sorted
// for Turtle and TriG, kept in build order for N-Triples and N-Quads; repeats
// dropped either way, and only true repeats (same text, wherever it is kept).
#include "quad_buffer.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using evkg::kg::object_term;
using evkg::kg::quad_buffer;

namespace {

std::vector<std::string> lines(quad_buffer const& b) {
    std::vector<std::string> out;
    for (auto const& q : b.quads()) {
        std::string line(b.text(q.graph));
        line.append(" ").append(b.text(q.subject)).append(" ").append(b.text(q.predicate));
        line.append(q.literal ? " \"" : " ").append(b.text(q.object));
        if (q.literal)
            line.append("\"^^").append(b.text(q.datatype)).append("@").append(b.text(q.language));
        out.push_back(line);
    }
    return out;
}

object_term iri(std::string_view text) { return {false, text, {}, {}}; }
object_term literal(std::string_view text, std::string_view language = {}) {
    return {true, text, {}, language};
}

// Quads whose terms differ only near the end, or only in length, or in the
// graph, literal-ness or language: all kept. The same terms again, some of
// them after more than the buffer's few recent subjects: dropped.
void fill(quad_buffer& b) {
    std::string const s = "https://example.org/evkg/event/r1-e1";
    std::string const p = "https://w3id.org/evkg/ns#target";
    b.add("g1", s, p, iri("https://example.org/evkg/actor/group-12"));
    b.add("g1", s, p, iri("https://example.org/evkg/actor/group-13"));
    b.add("g1", s, p, iri("https://example.org/evkg/actor/group-1"));
    b.add("g1", s, p, literal("https://example.org/evkg/actor/group-12"));
    b.add("g1", s, p, literal("x", "fr"));
    b.add("g1", s, p, literal("x", "en"));
    b.add("g2", s, p, iri("https://example.org/evkg/actor/group-12"));
    for (int i = 0; i < 6; ++i) // pushes `s` out of the recent subjects
        b.add("g1", s + "/figure-" + std::to_string(i), p, iri("o"));
    b.add("g1", s, p, iri("https://example.org/evkg/actor/group-13")); // repeats
    b.add("g1", std::string(s), p, literal("x", "fr"));                // repeats
    b.add("g1", s + "/figure-3", p, iri("o"));                         // repeats
}

} // namespace

TEST_CASE("drop_repeats keeps the first of each quad, in build order", "[quad_buffer]") {
    quad_buffer b;
    fill(b);
    auto const before = lines(b);
    REQUIRE(before.size() == 16);
    b.drop_repeats(false);
    CHECK(lines(b) == std::vector<std::string>(before.begin(), before.begin() + 13));
}

TEST_CASE("drop_repeats with merged graphs treats quads of two graphs as one triple",
          "[quad_buffer]") {
    quad_buffer b;
    fill(b);
    auto const before = lines(b);
    b.drop_repeats(true);
    auto expected = std::vector<std::string>(before.begin(), before.begin() + 13);
    expected.erase(expected.begin() + 6); // the g2 copy of the first quad
    CHECK(lines(b) == expected);
}

TEST_CASE("sort_unique and drop_repeats keep the same quads", "[quad_buffer]") {
    for (bool merge : {false, true}) {
        quad_buffer sorted, kept;
        fill(sorted);
        fill(kept);
        sorted.sort_unique(merge);
        kept.drop_repeats(merge);
        auto a = lines(sorted), b = lines(kept);
        if (merge) { // the graph is ignored, but the kept one may differ
            for (auto* v : {&a, &b})
                for (auto& line : *v)
                    line.erase(0, 2);
        }
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        CHECK(a == b);
    }
}

TEST_CASE("drop_repeats on many quads, each stated twice", "[quad_buffer]") {
    quad_buffer b;
    std::vector<std::string> objects;
    for (int i = 0; i < 300; ++i)
        objects.push_back("https://example.org/evkg/actor/a" + std::to_string(i * 7919 % 1000));
    for (int round = 0; round < 2; ++round)
        for (auto const& o : objects)
            b.add("", "https://example.org/evkg/event/e", "https://w3id.org/evkg/ns#p", iri(o));
    b.drop_repeats(true);
    REQUIRE(b.quads().size() == objects.size());
    for (std::size_t i = 0; i < objects.size(); ++i)
        CHECK(b.text(b.quads()[i].object) == objects[i]);
}
