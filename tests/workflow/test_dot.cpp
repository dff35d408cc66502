// Unit tests of to_dot: what the picture must show, that it is deterministic, and that bad
// input is refused. Input: the hand-written seed fixture, as N-Quads (serdi converts it).
#include "evkg/kg/dot.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read_file(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string fixture() { return read_file(EVKG_WORKFLOW_FIXTURE_NQ); }

std::size_t count(std::string const& text, std::string const& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
        ++n;
    return n;
}

std::string line_with(std::string const& dot, std::string const& needle) {
    std::istringstream lines(dot);
    for (std::string line; std::getline(lines, line);)
        if (line.find(needle) != std::string::npos) return line;
    return {};
}

} // namespace

TEST_CASE("to_dot draws every class of node with its shape", "[dot]") {
    auto const dot = evkg::kg::to_dot(fixture());
    REQUIRE(dot.starts_with("digraph \"evkg\" {"));
    REQUIRE(dot.ends_with("}\n"));
    CHECK(line_with(dot, "\"event/drone-strike\" [").find("shape=box") != std::string::npos);
    CHECK(line_with(dot, "\"place/tinzaouatene\" [").find("shape=house") != std::string::npos);
    CHECK(line_with(dot, "\"alliance/aes\" [").find("shape=hexagon") != std::string::npos);
    CHECK(line_with(dot, "\"actor/fama\" [").find("label=\"Malian Armed Forces\"") !=
          std::string::npos);
    CHECK(line_with(dot, "\"claim/c6-elmaouloud-target\" [").find("shape=note") !=
          std::string::npos);
    CHECK(dot.find("label=\"Drone strike on Tinzaouatene\"") != std::string::npos);
}

TEST_CASE("to_dot puts casualty figures on their claims", "[dot]") {
    auto const dot = evkg::kg::to_dot(fixture());
    auto const c7 = line_with(dot, "\"claim/c7-elmaouloud-toll\" [");
    CHECK(c7.find("killed: 24\u201399 \u201cdozens of deaths\u201d") != std::string::npos);
    auto const c13 = line_with(dot, "\"claim/c13-jnim-toll\" [");
    CHECK(c13.find("killed: = 50 \u201c50 Russians\u201d (Wagner Group)") != std::string::npos);
    CHECK(c13.find("[could not verify]") != std::string::npos);
    CHECK(line_with(dot, "\"claim/c4-local-official\" [").find("killed: \u2265 6") !=
          std::string::npos);
}

TEST_CASE("to_dot draws each contradiction once, red and dashed", "[dot]") {
    auto const dot = evkg::kg::to_dot(fixture());
    CHECK(count(dot, "label=\"contradicts\"") == 1);
    auto const edge = line_with(dot, "label=\"contradicts\"");
    CHECK(edge.find("\"claim/c6-elmaouloud-target\" -> \"claim/c8-malian-source-target\"") !=
          std::string::npos);
    CHECK(edge.find("color=\"#e31a1c\"") != std::string::npos);
    CHECK(edge.find("style=dashed") != std::string::npos);
}

TEST_CASE("to_dot colours claims by speaker", "[dot]") {
    auto const dot = evkg::kg::to_dot(fixture());
    auto fill = [&](std::string const& claim) {
        auto const line = line_with(dot, "\"claim/" + claim + "\" [");
        auto const at = line.find("fillcolor=");
        return at == std::string::npos ? std::string() : line.substr(at, 20);
    };
    // Same speaker, same colour; different speakers, different colours.
    CHECK(!fill("c6-elmaouloud-target").empty());
    CHECK(fill("c6-elmaouloud-target") == fill("c7-elmaouloud-toll"));
    CHECK(fill("c6-elmaouloud-target") != fill("c8-malian-source-target"));
    // The speaker's edge to its claim is labelled with the speech act.
    CHECK(line_with(dot, "\"actor/another-official\" -> \"claim/c5-another-official\"")
              .find("label=\"accused\"") != std::string::npos);
    // What a source claims is drawn dotted, apart from what the report states.
    CHECK(line_with(dot, "\"claim/c5-another-official\" -> \"actor/wagner\"")
              .find("claims perpetrator\", style=dotted") != std::string::npos);
}

TEST_CASE("to_dot is deterministic whatever the order of the quads", "[dot]") {
    auto const text = fixture();
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    std::reverse(lines.begin(), lines.end());
    std::string reversed;
    for (auto const& line : lines)
        reversed += line + "\n";
    REQUIRE(reversed != text);
    CHECK(evkg::kg::to_dot(reversed) == evkg::kg::to_dot(text));
}

TEST_CASE("to_dot options: base, graph name, isolated nodes", "[dot]") {
    evkg::kg::dot_options options;
    options.graph_name = "seed \"graph\"";
    options.base = "https://example.org/";
    auto const dot = evkg::kg::to_dot(fixture(), options);
    CHECK(dot.starts_with("digraph \"seed \\\"graph\\\"\" {"));
    CHECK(dot.find("\"evkg/event/drone-strike\" [") != std::string::npos);
    // France is only a member of an ended alliance: drawn; Sudan only a nationality inside a
    // figure: left out unless asked for.
    CHECK(dot.find("\"evkg/actor/sudan\" [") == std::string::npos);
    options.include_isolated = true;
    CHECK(evkg::kg::to_dot(fixture(), options).find("\"evkg/actor/sudan\" [") != std::string::npos);
}

TEST_CASE("to_dot refuses input that is not N-Quads", "[dot]") {
    CHECK_THROWS_AS(evkg::kg::to_dot("<a> <b> .\n"), evkg::kg::dot_input_error);
    CHECK_THROWS_WITH(evkg::kg::to_dot("<http://a> <http://b> <http://c> .\n<x"),
                      Catch::Matchers::Contains("line 2"));
    CHECK_THROWS_AS(evkg::kg::to_dot(std::string("<http://a> <http://b> \"x\0y\" .\n", 30)),
                    evkg::kg::dot_input_error);
    CHECK(evkg::kg::to_dot("") == evkg::kg::to_dot("# nothing\n"));
}
