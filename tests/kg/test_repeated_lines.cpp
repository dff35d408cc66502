// The lines a declaration wrote to a streamed N-Triples or N-Quads output:
// only a line equal byte for byte to an earlier one of the same declaration
// is a repeat, whatever its length and however alike the lines are.
#include "write/repeated_lines.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using evkg::kg::repeated_lines;

namespace {

// Appends `line` to `text`, as the writer does, and asks about it; a repeat is
// taken back, as the writer does.
bool write(repeated_lines& seen, std::string& text, std::string const& line) {
    std::size_t const start = text.size();
    text += line;
    bool const repeat = seen.seen_before(text, start, line.size());
    if (repeat) text.resize(start);
    return repeat;
}

std::string const subject = "<https://example.org/evkg/event/r0000001-e1> ";

} // namespace

TEST_CASE("a line is a repeat only if the same declaration wrote the same bytes",
          "[repeated_lines]") {
    repeated_lines seen;
    std::string text = "lines of earlier declarations\n";
    std::vector<std::string> const lines{
        subject + "<https://w3id.org/evkg/ns#target> <https://example.org/evkg/actor/g-12> .\n",
        subject + "<https://w3id.org/evkg/ns#target> <https://example.org/evkg/actor/g-13> .\n",
        subject + "<https://w3id.org/evkg/ns#target> <https://example.org/evkg/actor/g-1> .\n",
        subject + "<https://w3id.org/evkg/ns#target> \"https://example.org/evkg/actor/g-12\" .\n",
        subject + "<https://w3id.org/evkg/ns#victim> <https://example.org/evkg/actor/g-12> .\n",
        subject + "<https://w3id.org/evkg/ns#label> \"x\"@fr .\n",
        subject + "<https://w3id.org/evkg/ns#label> \"x\"@en .\n",
        "<a> <b> <c> .\n", // shorter than the words hashed
        "<a> <b> <d> .\n",
        "\n",
    };
    for (auto const& line : lines)
        CHECK_FALSE(write(seen, text, line));
    std::size_t const size = text.size();
    for (auto const& line : lines)
        CHECK(write(seen, text, line));
    CHECK(text.size() == size);

    seen.clear(); // the next declaration may state them again
    for (auto const& line : lines)
        CHECK_FALSE(write(seen, text, line));
    CHECK(write(seen, text, lines[3]));
}

TEST_CASE("a declaration of thousands of lines, every one written twice", "[repeated_lines]") {
    repeated_lines seen;
    std::string text;
    std::vector<std::string> lines;
    for (int i = 0; i < 5000; ++i)
        lines.push_back(subject + "<https://w3id.org/evkg/ns#sentence> \"" +
                        std::to_string(i * 7919 % 10000) + "\" .\n");
    for (int round = 0; round < 2; ++round)
        for (auto const& line : lines)
            CHECK(write(seen, text, line) == (round == 1));
    std::string expected;
    for (auto const& line : lines)
        expected += line;
    CHECK(text == expected);
    // And after it, a small declaration starts afresh.
    seen.clear();
    CHECK_FALSE(write(seen, text, lines[0]));
    CHECK(write(seen, text, lines[0]));
}
