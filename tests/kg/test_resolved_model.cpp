// The resolved model as a stage of its own: the seed sample read, indexed
// and resolved without emitting a quad, and its records holding what the
// annotation says, with every reference, concept, date and bound decided.
#include "evkg/grammar/parser.hpp"
#include "index/corpus_index.hpp"
#include "resolve/resolve_declaration.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <string>

using namespace evkg;
using namespace evkg::kg;

namespace {

// Every declaration of every file of the corpus at `paths`, resolved.
struct resolved_corpus {
    diagnostics out;
    corpus input;
    std::unique_ptr<corpus_index> index;
    std::vector<std::unique_ptr<resolver>> resolvers;
    std::map<std::string, resolved::declaration, std::less<>> records;
    std::size_t unresolved = 0;

    explicit resolved_corpus(std::vector<std::string> const& paths) {
        input = load_corpus(paths, out);
        index = std::make_unique<corpus_index>(input.sources, out);
        std::vector<file_id> canonical;
        for (auto const& file : input.files) {
            index->add(summarize(file, input.sources));
            canonical.push_back(file.file);
        }
        index->finish(canonical);
        for (std::size_t f = 0; f < input.files.size(); ++f) {
            auto& r =
                *resolvers.emplace_back(std::make_unique<resolver>(*index, f, input.files[f], out));
            for (local_symbol const& s : r.local_symbols()) {
                resolved::declaration record;
                if (resolve_declaration(r, s, record))
                    records.emplace(std::string(s.id()), std::move(record));
                else
                    ++unresolved;
            }
        }
    }

    template <typename Details>
    Details const& details(std::string_view id) const {
        auto found = records.find(id);
        REQUIRE(found != records.end());
        auto const* details = std::get_if<Details>(&found->second.details);
        REQUIRE(details != nullptr);
        return *details;
    }
    resolved::declaration const& record(std::string_view id) const {
        auto found = records.find(id);
        REQUIRE(found != records.end());
        return found->second;
    }
};

std::vector<std::string> ids(resolved::reference_list const& references) {
    std::vector<std::string> names;
    for (symbol const* s : references)
        names.emplace_back(s->id());
    return names;
}

resolved_corpus const& seed() {
    static resolved_corpus const corpus(
        {std::string(EVKG_SOURCE_DIR) + "/samples/tinzaouatene.ev"});
    return corpus;
}

} // namespace

TEST_CASE("every declaration of the seed resolves without a diagnostic", "[model]") {
    auto const& c = seed();
    for (auto const& d : c.out.all())
        INFO(d.message);
    CHECK(c.out.all().empty());
    CHECK(c.unresolved == 0);
    CHECK(c.records.size() == c.index->symbols().ids(kinds::any).size());
}

TEST_CASE("a claim's record: its report, speaker, and the figure 'at least six'", "[model]") {
    auto const& c = seed();
    auto const& record = c.record("c1-toll-officials-separatists");
    REQUIRE(record.report != nullptr);
    CHECK(record.report->report->id() == "afp-2024-07-30-tinzaouatene");
    CHECK(record.report->language == "en");
    auto const& claim = c.details<resolved::claim>("c1-toll-officials-separatists");
    CHECK(ids(claim.by) == std::vector<std::string>{"local-officials", "csp-dpa"});
    CHECK(ids(claim.told_to) == std::vector<std::string>{"afp"});
    CHECK(ids(claim.about) == std::vector<std::string>{"drone-strike"});
    REQUIRE(claim.quotes.size() == 1);
    CHECK(claim.quotes.front().found); // in the report's text
    CHECK(claim.quotes.front().value.language == "en");
    CHECK(record.common.sentences.size() == 1);
    REQUIRE(!claim.figures.empty());
    auto const& figure = claim.figures.front();
    REQUIRE(figure.outcome);
    CHECK(*figure.outcome == "https://w3id.org/evkg/vocab/outcome/Killed");
    REQUIRE(figure.quantifier);
    CHECK(figure.quantifier->ends_with("/AtLeast"));
    CHECK(figure.victims.size() == 1);
    CHECK(figure.statuses.size() == 1);
    REQUIRE(figure.bounds);
    CHECK(figure.bounds->lower == 6u);
    CHECK(!figure.bounds->upper);
    CHECK(figure.bounds->acled == 6u);
    REQUIRE(figure.phrase);
    CHECK(figure.phrase->value == "at least six");
    CHECK(figure.phrase->language == "en"); // the report's, the phrase has no tag
}

TEST_CASE("an event's record: its dates resolved against the report, its references", "[model]") {
    auto const& c = seed();
    auto const& strike = c.details<resolved::event>("drone-strike");
    REQUIRE(strike.dates.size() == 1);
    auto const& tuesday = strike.dates.front();
    // `tuesday` before the report of Tuesday 30 July 2024.
    CHECK(tuesday.span.relative);
    CHECK(tuesday.span.lexical == "2024-07-30");
    CHECK(tuesday.phrase == "tuesday");
    CHECK(tuesday.phrase_language.empty()); // an event's phrase takes no report default
    CHECK(ids(strike.perpetrators) == std::vector<std::string>{"fama"});
    CHECK(ids(strike.coordinated_with) == std::vector<std::string>{"burkina-army"});
    CHECK(ids(strike.mechanisms) == std::vector<std::string>{"aes-collective-defence"});

    auto const& battle = c.details<resolved::event>("tinzaouatene-battle");
    REQUIRE(battle.dates.size() == 1);
    CHECK(battle.dates.front().span.precision == date_precision::range);
    CHECK(battle.dates.front().phrase == "three days of intense combat");
    CHECK(battle.dates.front().phrase_language.empty());
    CHECK(ids(battle.participants) == std::vector<std::string>{"fama", "wagner", "csp-dpa"});
}

TEST_CASE("what fails to resolve is a diagnostic and stays out of the record", "[model]") {
    auto const path = std::string(EVKG_BINARY_TEST_DIR) + "/resolved-model-bad.ev";
    {
        std::ofstream file(path, std::ios::binary);
        file << "report r \"R\" {\n  published 2024-07-30\n  language en\n}\n"
                "claim c \"C\" {\n  by nobody\n  act shouted\n"
                "  casualties killed between 9 and 3 \"six\"\n}\n";
    }
    resolved_corpus const c({path});
    REQUIRE(c.out.error_count() == 3);
    CHECK(c.out.all()[0].message.find("`nobody` is not declared") != std::string::npos);
    CHECK(c.out.all()[1].message.find("unknown speech act `shouted`") != std::string::npos);
    CHECK(c.out.all()[2].message.find("must not exceed") != std::string::npos);
    auto const& claim = c.details<resolved::claim>("c");
    CHECK(claim.by.empty());
    CHECK(claim.acts.empty());
    REQUIRE(claim.figures.size() == 1);
    CHECK(claim.figures.front().quantifier); // `between` is a quantity; its numbers are wrong
    CHECK(!claim.figures.front().bounds);
    REQUIRE(claim.figures.front().outcome);
    REQUIRE(claim.figures.front().phrase);
    CHECK(claim.figures.front().phrase->language == "en");
}

TEST_CASE("a claim without a report has no record", "[model]") {
    auto const path = std::string(EVKG_BINARY_TEST_DIR) + "/resolved-model-no-report.ev";
    {
        std::ofstream file(path, std::ios::binary);
        file << "person p \"P\" {\n}\nclaim c \"C\" {\n  by p\n  act said\n}\n";
    }
    resolved_corpus const c({path});
    REQUIRE(c.out.error_count() == 1);
    CHECK(c.out.all()[0].message.find("needs a report") != std::string::npos);
    CHECK(c.unresolved == 1);
    CHECK(c.records.count("c") == 0);
    CHECK(c.records.count("p") == 1);
}
