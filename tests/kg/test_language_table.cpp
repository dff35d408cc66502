// The language table (evkg/grammar/language.hpp) against what depends on it:
// the property tables of docs/language.md, in both directions, and the
// emitters: every key, taken out of a corpus that uses it, changes the graph
// (or makes the build fail). A key added to the table without a spec line or
// without an emitter fails here.
#include "evkg/grammar/language.hpp"
#include "evkg/kg/build.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace evkg;
namespace lang = evkg::language;

namespace {

std::string const root = EVKG_SOURCE_DIR;

std::string trim(std::string_view s) {
    auto const first = s.find_first_not_of(' ');
    if (first == std::string_view::npos) return {};
    auto const last = s.find_last_not_of(' ');
    return std::string(s.substr(first, last - first + 1));
}

std::vector<std::string> split(std::string_view s, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t at; (at = s.find(separator, start)) != std::string_view::npos; start = at + 1)
        parts.push_back(trim(s.substr(start, at - start)));
    parts.push_back(trim(s.substr(start)));
    return parts;
}

// How docs/language.md spells a property's value.
std::string spec_value(lang::property_info const& p) {
    std::string value;
    using enum lang::value_shape;
    switch (p.shape) {
    case references:
        value = p.notations != lang::vocabulary::none ? "concepts" : "refs";
        break;
    case texts:
        value = "texts";
        break;
    case iris:
        value = "iris";
        break;
    case integers:
        value = "integers";
        break;
    case dates:
        value = p.dates == lang::date_form::full_day    ? "date-expr (one full date)"
                : p.dates == lang::date_form::one_point ? "date-expr (one point)"
                                                        : "date-expr";
        break;
    case members:
        value = "members";
        break;
    case role:
        value = "role-in";
        break;
    case nears:
        value = "nears";
        break;
    case coordinates:
        value = "coordinates";
        break;
    case targets:
        value = "targets";
        break;
    case qualified:
        value = "qualified";
        break;
    case flag:
    case ended:
        value = "—";
        break;
    case casualties:
        value = "figure";
        break;
    }
    if (p.how_many == lang::arity::one_item) value += " (1)";
    return value;
}

// "all", "all but claim, report", "actors", "event, claim".
lang::kind_set spec_kinds(std::string const& in) {
    if (in == "all") return lang::sets::declarations;
    if (in == "actors") return lang::sets::actors;
    lang::kind_set kinds;
    std::string list = in;
    bool const all_but = list.rfind("all but ", 0) == 0;
    if (all_but) list = list.substr(8);
    for (auto const& word : split(list, ',')) {
        auto const k = lang::kind_named(word);
        INFO("an unknown kind in docs/language.md: " << word);
        REQUIRE(k);
        kinds = kinds | lang::kind_set{*k};
    }
    return all_but ? lang::sets::declarations.without(kinds) : kinds;
}

struct spec_row {
    std::string value;
    lang::kind_set where;
};

// The rows of the two property tables of docs/language.md, by keyword.
std::multimap<std::string, spec_row> spec_properties() {
    std::ifstream in(root + "/docs/language.md");
    REQUIRE(in);
    std::multimap<std::string, spec_row> rows;
    std::string line;
    int table = 0; // 1: declarations' properties, 2: a casualty figure's
    while (std::getline(in, line)) {
        if (line.rfind("| keyword | value | in | meaning |", 0) == 0) {
            table = 1;
            continue;
        }
        if (line.rfind("| keyword | value | meaning |", 0) == 0) {
            table = 2;
            continue;
        }
        if (table == 0) continue;
        if (line.rfind("|---", 0) == 0) continue;
        if (line.rfind("|", 0) != 0) {
            table = 0;
            continue;
        }
        auto const cells = split(std::string_view(line).substr(1), '|');
        REQUIRE(cells.size() >= 3);
        spec_row const row{cells[1],
                           table == 1 ? spec_kinds(cells[2]) : lang::kind_set{lang::kind::figure}};
        for (auto const& keyword : split(cells[0], ',')) {
            REQUIRE(keyword.size() > 2);
            REQUIRE(keyword.front() == '`');
            REQUIRE(keyword.back() == '`');
            rows.emplace(keyword.substr(1, keyword.size() - 2), row);
        }
    }
    return rows;
}

// Drops every property with `key` from a block, and from the blocks of its
// casualty figures.
void drop(std::vector<ast::property>& properties, lang::key key, std::size_t& dropped) {
    auto const word = lang::word_of(key);
    for (auto& p : properties)
        if (auto* figure = boost::get<ast::x3::forward_ast<ast::casualty_figure>>(&p.value.get()))
            drop(figure->get().details, key, dropped);
    auto const before = properties.size();
    std::erase_if(properties, [&](ast::property const& p) { return p.key.name == word; });
    dropped += before - properties.size();
}

struct outcome {
    std::size_t dropped = 0;
    std::string graph; // the N-Quads, or the diagnostics of a failed build
};

// The samples and the fixture that uses the keys they do not, built
// without `key` (none: as written).
outcome build_without(std::optional<lang::key> key) {
    std::vector<std::string> const paths{
        root + "/samples/sahel-registry.ev", root + "/samples/tinzaouatene.ev",
        root + "/samples/ecowas-withdrawal.ev", root + "/tests/kg/language-table/every-key.ev"};
    diagnostics out;
    corpus input = load_corpus(paths, out);
    REQUIRE_FALSE(out.has_errors());
    outcome result;
    if (key)
        for (auto& file : input.files)
            for (auto& statement : file.document.statements)
                if (auto* d = boost::get<ast::declaration>(&statement.get()))
                    drop(d->properties, *key, result.dropped);
    auto built = kg::build(input, {}, out);
    result.graph = built ? kg::serialize(*built, kg::syntax::nquads)
                         : "failed: " + render_all(out, input.sources);
    return result;
}

} // namespace

TEST_CASE("docs/language.md lists every property of the language table as the table says",
          "[language]") {
    auto const spec = spec_properties();
    for (auto const& p : lang::properties) {
        INFO("property `" << p.word << "`");
        CHECK(spec.count(std::string(p.word)) == 1);
        auto const found = spec.find(std::string(p.word));
        if (found == spec.end()) continue;
        CHECK(found->second.value == spec_value(p));
        CHECK(found->second.where == p.where);
    }
    for (auto const& [keyword, row] : spec) {
        INFO("docs/language.md lists `" << keyword << "`");
        CHECK(lang::find_property(keyword) != nullptr);
    }
}

TEST_CASE("every property key of the language table has an effect on the graph", "[language]") {
    std::string const whole = build_without(std::nullopt).graph;
    REQUIRE(whole.rfind("failed", 0) != 0);
    for (auto const& p : lang::properties) {
        INFO("property `" << p.word << "`");
        outcome const without = build_without(p.which);
        // A key no sample uses cannot be shown to have an emitter: use it in
        // tests/kg/language-table/every-key.ev.
        CHECK(without.dropped > 0);
        bool const changed = without.graph != whole; // not printed: a whole graph
        CHECK(changed);
    }
}
