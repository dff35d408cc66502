// Claims (docs/rdf-mapping.md): who said what, when, to whom, in which report
// (the claim's metadata, in its report's graph), and what the source claims
// (the content, in the claim's own graph claim/ID/assertion), so nothing a
// source claims reads as a fact.
#include "emit/emit.hpp"
#include "evkg/kg/vocabulary.hpp"
#include "vocabulary/reused_vocabulary.hpp"

#include <string>

namespace evkg::kg {

namespace {

struct claim_context {
    emitter& e;
    resolved::declaration const& d;
    resolved::claim const& claim;
    std::string subject;
    std::string graph;     // the report's graph: metadata
    std::string assertion; // the claim's graph: content
};

void emit_quotes(claim_context& c) {
    auto& model = c.e.model;
    for (auto const& quote : c.claim.quotes) {
        model.add_text(c.graph, c.subject, ev::quote, quote.value.value, quote.value.language);
        if (!quote.found) continue;
        std::string const node = c.subject + "/quote";
        model.add_minted_iri(c.graph, c.subject, ev::quoteSelector, node);
        model.add_minted_iri(c.graph, node, rdf::type, oa::TextQuoteSelector);
        model.add_minted_iri(c.graph, node, rdf::type, oa::TextPositionSelector);
        model.add_text(c.graph, node, oa::exact, quote.value.value);
        model.add_integer(c.graph, node, oa::start, quote.found->start);
        model.add_integer(c.graph, node, oa::end, quote.found->end);
    }
}

void emit_metadata(claim_context& c) {
    auto& e = c.e;
    auto const& claim = c.claim;
    report_info const& report = *c.d.report;
    e.model.add_minted_iri(c.graph, c.subject, ev::assertion, c.assertion);
    e.add_references(c.graph, c.subject, prov::wasAttributedTo, claim.by);
    e.add_references(c.graph, c.subject, ev::toldTo, claim.told_to);
    if (report.outlet) e.add_reference(c.graph, c.subject, ev::reportedBy, *report.outlet);
    e.add_concepts(c.graph, c.subject, ev::speechAct, claim.acts);
    for (auto const& time : claim.stated_during)
        emit_time_node(e, c.graph, c.subject, ev::statedDuring, time, &report);
    e.add_references(c.graph, c.subject, ev::about, claim.about);
    e.add_concepts(c.graph, c.subject, ev::aspect, claim.aspects);
    emit_quotes(c);
    if (claim.has_verification) {
        e.add_concepts(c.graph, c.subject, ev::verification, claim.verifications);
        if (report.outlet) e.add_reference(c.graph, c.subject, ev::verifiedBy, *report.outlet);
    }
    for (symbol const* other : claim.contradicts) {
        e.add_reference(c.graph, c.subject, ev::contradicts, *other);
        e.model.add_minted_iri(c.graph, e.iri_of(*other), ev::contradicts, c.subject);
    }
    e.add_references(c.graph, c.subject, ev::corroborates, claim.corroborates);
    e.add_references(c.graph, c.subject, ev::revises, claim.revises);
}

void emit_figure(claim_context& c, resolved::figure const& figure, int number) {
    auto& e = c.e;
    auto& model = e.model;
    std::string const& g = c.assertion;
    std::string const node = c.subject + "/figure-" + std::to_string(number);
    std::string const victims = node + "/victims";
    model.add_minted_iri(g, c.subject, ev::casualtyFigure, node);
    model.add_minted_iri(g, node, rdf::type, ev::CasualtyFigure);
    if (figure.outcome) model.add_minted_iri(g, node, ev::outcome, *figure.outcome);
    if (figure.quantifier) model.add_minted_iri(g, node, ev::quantifier, *figure.quantifier);
    if (auto const& bounds = figure.bounds) {
        if (bounds->lower) model.add_integer(g, node, ev::lowerBound, *bounds->lower);
        if (bounds->upper) model.add_integer(g, node, ev::upperBound, *bounds->upper);
        if (bounds->best) model.add_integer(g, node, ev::bestEstimate, *bounds->best);
        if (bounds->acled) model.add_integer(g, node, ev::acledEstimate, *bounds->acled);
    }
    if (figure.phrase)
        model.add_text(g, node, ev::phrase, figure.phrase->value, figure.phrase->language);
    model.add_minted_iri(g, node, ev::victimGroup, victims);
    model.add_minted_iri(g, victims, rdf::type, ev::PopulationGroup);
    e.add_texts(g, victims, rdfs::label, figure.victims);
    e.add_texts(g, victims, ev::ethnicity, figure.ethnicities);
    e.add_texts(g, node, ev::including, figure.including);
    e.add_concepts(g, victims, ev::combatantStatus, figure.statuses);
    e.add_references(g, victims, ev::nationality, figure.nationalities);
    e.add_references(g, node, ev::side, figure.sides);
    if (figure.mainly) model.add_boolean(g, victims, ev::predominantly, true);
}

void emit_content(claim_context& c) {
    auto& e = c.e;
    auto const& claim = c.claim;
    std::string const& g = c.assertion;
    e.add_references(g, c.subject, ev::claimedPerpetrator, claim.perpetrators);
    e.add_references(g, c.subject, ev::claimedCoordinatedWith, claim.coordinated_with);
    e.add_references(g, c.subject, ev::claimedAccompaniedBy, claim.accompanied_by);
    e.add_references(g, c.subject, ev::claimedParticipant, claim.participants);
    e.add_references(g, c.subject, ev::claimedPlace, claim.places);
    e.add_references(g, c.subject, ev::claimedMechanism, claim.mechanisms);
    emit_targets(e, g, c.subject, ev::claimedTarget, language::word_of(language::key::target),
                 claim.targets);
    emit_targets(e, g, c.subject, ev::claimedVictim, language::word_of(language::key::victim),
                 claim.victims);
    e.add_texts(g, c.subject, ev::proposition, claim.propositions);
    int number = 0;
    for (auto const& figure : claim.figures)
        emit_figure(c, figure, ++number);
}

} // namespace

void emit_claim(emitter& e, resolved::declaration const& d, resolved::claim const& claim) {
    std::string const subject = e.iri_of(*d.declared);
    claim_context c{e, d, claim, subject, e.graph_of(d), subject + "/assertion"};
    emit_common(e, d, c.subject, c.graph);
    emit_metadata(c);
    emit_content(c);
}

} // namespace evkg::kg
