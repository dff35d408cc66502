// The seed sample and its registry parse and check with no diagnostic, and
// the AST keeps byte ranges that point at the right text.
#include "ast_test_support.hpp"

#include "evkg/grammar/check_structure.hpp"

#include <catch2/catch.hpp>

#include <boost/variant/get.hpp>

#include <fstream>

namespace {

std::string const samples = EVKG_SAMPLES_DIR;

std::string text_at(evkg::corpus const& c, evkg::source_range r) {
    return c.sources[r.file].text().substr(r.begin, r.end - r.begin);
}

} // namespace

TEST_CASE("the seed sample loads with zero diagnostics", "[samples]") {
    evkg::diagnostics found;
    evkg::corpus const c = evkg::load_corpus({samples + "/tinzaouatene.ev"}, found);
    INFO(evkg::render_all(found, c.sources));
    CHECK(found.all().empty());
    REQUIRE(c.files.size() == 2); // the report and the registry it uses
    for (auto const& f : c.files)
        CHECK(f.ok);
    // Sorted by canonical path: sahel-registry.ev before tinzaouatene.ev.
    CHECK(c.sources[c.files[0].file].path().find("sahel-registry.ev") != std::string::npos);
    CHECK(c.sources[c.files[1].file].path() == samples + "/tinzaouatene.ev");
}

TEST_CASE("every sample file parses with zero diagnostics", "[samples]") {
    for (auto const& entry : std::filesystem::directory_iterator(samples)) {
        if (entry.path().extension() != ".ev") continue;
        INFO(entry.path());
        evkg::diagnostics found;
        evkg::corpus const c = evkg::load_corpus({entry.path().string()}, found);
        INFO(evkg::render_all(found, c.sources));
        CHECK(found.all().empty());
    }
}

TEST_CASE("the seed's AST: counts and source ranges", "[samples]") {
    evkg::diagnostics found;
    evkg::corpus const c = evkg::load_corpus({samples + "/tinzaouatene.ev"}, found);
    REQUIRE(c.files.size() == 2);
    auto const& report_file = c.files[1];
    std::size_t declarations = 0, claims = 0, figures = 0;
    for (auto const& statement : report_file.document.statements) {
        auto const* d = boost::get<evkg::ast::declaration>(&statement.get());
        if (!d) continue;
        ++declarations;
        CHECK(text_at(c, report_file.range_of(d->id)) == d->id.name);
        CHECK(text_at(c, report_file.range_of(d->kind)) == d->kind.name);
        if (d->kind.name != "claim") continue;
        ++claims;
        for (auto const& p : d->properties) {
            CHECK(text_at(c, report_file.range_of(p.key)) == p.key.name);
            if (p.key.name == "casualties") ++figures;
            if (p.key.name == "quote") {
                auto const& quote = boost::get<evkg::ast::text_list>(p.value.get()).items.at(0);
                std::string const written = text_at(c, report_file.range_of(quote));
                CHECK(written == "\"" + quote.value + "\"");
            }
        }
    }
    CHECK(declarations == 25);
    CHECK(claims == 14);
    CHECK(figures == 9);
    // A whole declaration's range starts at its kind and ends at its '}'.
    auto const& first =
        boost::get<evkg::ast::declaration>(report_file.document.statements.at(1).get());
    std::string const whole = text_at(c, report_file.range_of(first));
    CHECK(whole.rfind("report afp-2024-07-30-tinzaouatene", 0) == 0);
    CHECK(whole.back() == '}');
}

TEST_CASE("every ```ev example of docs/language.md parses and checks cleanly", "[samples]") {
    std::ifstream in(samples + "/../docs/language.md");
    REQUIRE(in);
    std::string line, block;
    bool inside = false;
    int blocks = 0;
    while (std::getline(in, line)) {
        if (!inside && line == "```ev") {
            inside = true;
            block.clear();
        } else if (inside && line == "```") {
            inside = false;
            ++blocks;
            auto const result = evkg::testing::parse_text(block);
            INFO(block);
            INFO(result.rendered());
            CHECK(result.found.all().empty());
        } else if (inside) {
            block += line + "\n";
        }
    }
    CHECK(blocks >= 14);
}
