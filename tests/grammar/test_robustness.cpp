// Bad-input class 16 and friends: cut the seed at every byte, flip bytes at
// random (fixed seed): never a crash or a hang, always either a clean parse
// or at least one located error.
#include "ast_test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>

namespace {

std::string read_sample(std::string const& name) {
    std::ifstream in(std::string(EVKG_SAMPLES_DIR) + "/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void check_outcome(std::string const& text) {
    auto const result = evkg::testing::parse_text(text);
    if (result.file.ok) {
        CHECK(result.found.error_count() == 0);
        return;
    }
    REQUIRE(result.found.error_count() > 0);
    for (auto const& d : result.found.all()) {
        if (!d.where.known) continue;
        CHECK(d.where.begin <= text.size());
        CHECK(d.where.end <= text.size());
    }
    CHECK_FALSE(result.rendered().empty());
}

} // namespace

TEST_CASE("the seed cut at every byte", "[robustness]") {
    std::string const text = read_sample("sahel-registry.ev");
    REQUIRE(text.size() > 1000);
    for (std::size_t cut = 0; cut <= text.size(); ++cut)
        check_outcome(text.substr(0, cut));
}

TEST_CASE("the seed with random bytes replaced", "[robustness]") {
    std::string const text = read_sample("tinzaouatene.ev");
    std::mt19937 random(20240730);
    std::uniform_int_distribution<std::size_t> where(0, text.size() - 1);
    std::uniform_int_distribution<int> byte(0, 255);
    char const specials[] = {'"',  '{', '}', ',', '\\', '#', '\n',
                             '\r', '<', '>', '@', ':',  '.', '-'};
    std::uniform_int_distribution<std::size_t> special(0, sizeof specials - 1);
    for (int round = 0; round < 1500; ++round) {
        std::string mutated = text;
        int const changes = 1 + round % 4;
        for (int i = 0; i < changes; ++i)
            mutated[where(random)] =
                round % 2 ? static_cast<char>(byte(random)) : specials[special(random)];
        check_outcome(mutated);
    }
}
