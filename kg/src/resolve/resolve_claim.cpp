// A claim into its record: who said what, when, to whom (metadata), what
// the source claims (content), each casualty figure with its bounds. Texts
// a speaker said take the report's language unless tagged otherwise.
#include "resolve/declaration_scope.hpp"

#include "vocabulary/reused_vocabulary.hpp"

#include <fmt/format.h>

namespace evkg::kg {

using language::key;

namespace {

void resolve_quotes(declaration_scope const& d, report_info const& report,
                    resolved::list<resolved::quote, 1>& into) {
    for (auto const* p : with_key(d.properties(), key::quote)) {
        auto const* texts = value_as<ast::text_list>(*p);
        if (texts == nullptr) continue;
        for (auto const& quote : texts->items) {
            auto value = d.text(quote, report.language);
            if (!value) continue;
            std::optional<article_text::span> found;
            if (report.text) {
                found = report.text->find_quote(quote.value);
                if (!found) {
                    d.r.error(d.file, quote,
                              fmt::format("this quote is not in the text of report `{}`",
                                          report.report->id()));
                    continue;
                }
            }
            into.push_back({std::move(*value), found});
        }
    }
}

void resolve_figure(declaration_scope const& d, report_info const& report,
                    ast::casualty_figure const& block, resolved::figure& figure) {
    figure.outcome = d.r.concept_iri(d.file, block.outcome, scheme::outcome, "outcome");
    auto const& amount = block.amount;
    figure.quantifier = d.r.concept_iri(d.file, amount.qualifier, scheme::quantifier, "quantity");
    std::vector<std::uint64_t> numbers;
    for (auto const& n : amount.numbers)
        numbers.push_back(n.value);
    std::string problem;
    figure.bounds = bounds_of(amount.qualifier.name, numbers, problem);
    // An unknown quantity was reported above; its numbers mean nothing.
    if (!figure.bounds && figure.quantifier) d.r.error(d.file, amount, problem);
    if (amount.phrase) figure.phrase = d.text(*amount.phrase, report.language);
    // What is said of the victims keeps only its own tags.
    d.texts(block.details, key::victims, figure.victims);
    d.texts(block.details, key::ethnicity, figure.ethnicities);
    d.texts(block.details, key::including, figure.including);
    d.concepts(block.details, key::status, figure.statuses);
    d.references(block.details, key::nationality, figure.nationalities);
    d.references(block.details, key::side, figure.sides);
    figure.mainly = !with_key(block.details, key::mainly).empty();
}

} // namespace

void resolve_claim(declaration_scope const& d, report_info const& report, resolved::claim& claim) {
    d.references(key::by, claim.by);
    d.references(key::to, claim.told_to);
    d.concepts(key::act, claim.acts);
    d.time_nodes(key::on, claim.stated_during, report.language);
    d.references(key::about, claim.about);
    d.concepts(key::aspect, claim.aspects);
    resolve_quotes(d, report, claim.quotes);
    claim.has_verification = !with_key(d.properties(), key::verification).empty();
    d.concepts(key::verification, claim.verifications);
    d.references(key::contradicts, claim.contradicts);
    d.references(key::corroborates, claim.corroborates);
    d.references(key::revises, claim.revises);

    d.references(key::perpetrator, claim.perpetrators);
    d.references(key::coordinated_with, claim.coordinated_with);
    d.references(key::accompanied_by, claim.accompanied_by);
    d.references(key::participant, claim.participants);
    d.references(key::place, claim.places);
    d.references(key::under, claim.mechanisms);
    d.targets(key::target, claim.targets);
    d.targets(key::victim, claim.victims);
    d.texts(key::asserts, claim.propositions, report.language);
    for (auto const* p : with_key(d.properties(), key::casualties))
        if (auto const* block = figure_of(*p))
            resolve_figure(d, report, *block, claim.figures.emplace_back());
}

} // namespace evkg::kg
