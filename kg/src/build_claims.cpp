// Claims (docs/rdf-mapping.md): who said what, when, to whom, in which report
// (the claim's metadata, in its report's graph), and what the source claims
// (the content, in the claim's own graph claim/ID/assertion), so nothing a
// source claims reads as a fact.
#include "concepts.hpp"
#include "emit.hpp"
#include "evkg/kg/figures.hpp"
#include "evkg/kg/vocabulary.hpp"
#include "reused_vocabulary.hpp"

#include <fmt/format.h>

namespace evkg::kg {

namespace {

struct claim_context {
    emitter& e;
    local_symbol const& s;
    report_info const& report;
    std::size_t file;
    std::string subject;
    std::string graph;     // the report's graph: metadata
    std::string assertion; // the claim's graph: content
};

auto props(claim_context const& c, std::string_view key) {
    return with_key(c.s.declaration->properties, key);
}

template <typename Visit>
void each_reference(claim_context& c, std::vector<ast::property> const& properties,
                    std::string_view key, kind_set wanted, Visit&& visit) {
    auto found = with_key(properties, key);
    if (found.empty()) return;
    std::string const role = role_of(key, "a claim");
    for (auto const* p : found)
        if (auto const* ids = value_as<ast::identifier_list>(*p))
            for (auto const& id : ids->items)
                if (symbol const* target = c.e.resolve.reference(c.file, id, wanted, role))
                    visit(*target);
}

void link(claim_context& c, std::string_view key, kind_set wanted, std::string const& graph,
          std::string_view predicate) {
    each_reference(c, c.s.declaration->properties, key, wanted, [&](symbol const& target) {
        c.e.add_reference(graph, c.subject, predicate, target);
    });
}

void link_concept(claim_context& c, std::string_view key, std::string_view scheme,
                  std::string_view what, std::string_view predicate) {
    for (auto const* p : props(c, key))
        if (auto const* ids = value_as<ast::identifier_list>(*p))
            for (auto const& id : ids->items)
                if (auto iri = c.e.resolve.concept_iri(c.file, id, scheme, what))
                    c.e.model.add_minted_iri(c.graph, c.subject, predicate, *iri);
}

// A text's own language tag, else the report's language.
std::optional<std::string> language_for(claim_context& c, ast::text const& t) {
    auto own = c.e.resolve.language_of(c.file, t);
    if (!own) return std::nullopt;
    return own->empty() ? c.report.language : *own;
}

void emit_quote(claim_context& c) {
    auto& model = c.e.model;
    for (auto const* p : props(c, "quote")) {
        auto const* texts = value_as<ast::text_list>(*p);
        if (texts == nullptr) continue;
        for (auto const& quote : texts->items) {
            auto language = language_for(c, quote);
            if (!language || !c.e.resolve.check_text(c.file, quote)) continue;
            std::optional<article_text::span> found;
            if (c.report.text) {
                found = c.report.text->find_quote(quote.value);
                if (!found) {
                    c.e.resolve.error(c.file, quote,
                                      fmt::format("this quote is not in the text of report `{}`",
                                                  c.report.report->id()));
                    continue;
                }
            }
            model.add_text(c.graph, c.subject, ev::quote, quote.value, *language);
            if (!found) continue;
            std::string const node = c.subject + "/quote";
            model.add_minted_iri(c.graph, c.subject, ev::quoteSelector, node);
            model.add_minted_iri(c.graph, node, rdf::type, oa::TextQuoteSelector);
            model.add_minted_iri(c.graph, node, rdf::type, oa::TextPositionSelector);
            model.add_text(c.graph, node, oa::exact, quote.value);
            model.add_integer(c.graph, node, oa::start, found->start);
            model.add_integer(c.graph, node, oa::end, found->end);
        }
    }
}

void emit_metadata(claim_context& c) {
    auto& model = c.e.model;
    model.add_minted_iri(c.graph, c.subject, ev::assertion, c.assertion);
    link(c, "by", kinds::actors, c.graph, prov::wasAttributedTo);
    link(c, "to", {decl_kind::outlet}, c.graph, ev::toldTo);
    if (c.report.outlet) c.e.add_reference(c.graph, c.subject, ev::reportedBy, *c.report.outlet);
    link_concept(c, "act", scheme::speech_act, "speech act", ev::speechAct);
    // A claim's phrase is in the report's language unless tagged otherwise.
    for (auto const* p : props(c, "on"))
        emit_dated(c.e, c.s, c.graph, c.subject, ev::statedDuring, *p, c.report.language,
                   &c.report);
    link(c, "about", {decl_kind::event}, c.graph, ev::about);
    link_concept(c, "aspect", scheme::aspect, "aspect", ev::aspect);
    emit_quote(c);
    if (!props(c, "verification").empty()) {
        link_concept(c, "verification", scheme::verification, "verification status",
                     ev::verification);
        if (c.report.outlet)
            c.e.add_reference(c.graph, c.subject, ev::verifiedBy, *c.report.outlet);
    }
    each_reference(c, c.s.declaration->properties, "contradicts", {decl_kind::claim},
                   [&](symbol const& other) {
                       c.e.add_reference(c.graph, c.subject, ev::contradicts, other);
                       model.add_minted_iri(c.graph, c.e.iri_of(other), ev::contradicts, c.subject);
                   });
    link(c, "corroborates", {decl_kind::claim}, c.graph, ev::corroborates);
    link(c, "revises", {decl_kind::claim}, c.graph, ev::revises);
}

void emit_figure(claim_context& c, ast::casualty_figure const& figure, int number) {
    auto& model = c.e.model;
    std::string const& g = c.assertion;
    std::string const node = c.subject + "/figure-" + std::to_string(number);
    std::string const victims = node + "/victims";
    model.add_minted_iri(g, c.subject, ev::casualtyFigure, node);
    model.add_minted_iri(g, node, rdf::type, ev::CasualtyFigure);
    if (auto iri = c.e.resolve.concept_iri(c.file, figure.outcome, scheme::outcome, "outcome"))
        model.add_minted_iri(g, node, ev::outcome, *iri);
    auto const& amount = figure.amount;
    if (auto iri =
            c.e.resolve.concept_iri(c.file, amount.qualifier, scheme::quantifier, "quantity"))
        model.add_minted_iri(g, node, ev::quantifier, *iri);
    std::vector<std::uint64_t> numbers;
    for (auto const& n : amount.numbers)
        numbers.push_back(n.value);
    std::string problem;
    if (auto bounds = bounds_of(amount.qualifier.name, numbers, problem)) {
        if (bounds->lower) model.add_integer(g, node, ev::lowerBound, *bounds->lower);
        if (bounds->upper) model.add_integer(g, node, ev::upperBound, *bounds->upper);
        if (bounds->best) model.add_integer(g, node, ev::bestEstimate, *bounds->best);
        if (bounds->acled) model.add_integer(g, node, ev::acledEstimate, *bounds->acled);
    } else if (find_concept(scheme::quantifier, amount.qualifier.name)) {
        c.e.resolve.error(c.file, amount, problem);
    }
    if (amount.phrase) {
        auto language = language_for(c, *amount.phrase);
        if (language && c.e.resolve.check_text(c.file, *amount.phrase))
            model.add_text(g, node, ev::phrase, amount.phrase->value, *language);
    }
    model.add_minted_iri(g, node, ev::victimGroup, victims);
    model.add_minted_iri(g, victims, rdf::type, ev::PopulationGroup);
    auto texts = [&](std::string_view key, std::string const& subject, std::string_view predicate) {
        for (auto const* p : with_key(figure.details, key))
            if (auto const* list = value_as<ast::text_list>(*p))
                for (auto const& t : list->items) {
                    auto language = c.e.resolve.language_of(c.file, t);
                    if (language && c.e.resolve.check_text(c.file, t))
                        model.add_text(g, subject, predicate, t.value, *language);
                }
    };
    texts("victims", victims, rdfs::label);
    texts("ethnicity", victims, ev::ethnicity);
    texts("including", node, ev::including);
    for (auto const* p : with_key(figure.details, "status"))
        if (auto const* ids = value_as<ast::identifier_list>(*p))
            for (auto const& id : ids->items)
                if (auto iri = c.e.resolve.concept_iri(c.file, id, scheme::combatant_status,
                                                       "combatant status"))
                    model.add_minted_iri(g, victims, ev::combatantStatus, *iri);
    each_reference(c, figure.details, "nationality", {decl_kind::state},
                   [&](symbol const& s) { c.e.add_reference(g, victims, ev::nationality, s); });
    each_reference(c, figure.details, "side", kinds::actors,
                   [&](symbol const& s) { c.e.add_reference(g, node, ev::side, s); });
    if (!with_key(figure.details, "mainly").empty())
        model.add_boolean(g, victims, ev::predominantly, true);
}

void emit_content(claim_context& c) {
    auto& model = c.e.model;
    std::string const& g = c.assertion;
    link(c, "perpetrator", kinds::actors, g, ev::claimedPerpetrator);
    link(c, "coordinated-with", kinds::actors, g, ev::claimedCoordinatedWith);
    link(c, "accompanied-by", kinds::actors, g, ev::claimedAccompaniedBy);
    link(c, "participant", kinds::actors, g, ev::claimedParticipant);
    link(c, "place", kinds::places, g, ev::claimedPlace);
    link(c, "under", {decl_kind::mechanism}, g, ev::claimedMechanism);
    int targets = 0, victims = 0;
    for (auto const* p : props(c, "target"))
        emit_targets(c.e, c.s, g, c.subject, ev::claimedTarget, *p, c.subject + "/target-",
                     targets);
    for (auto const* p : props(c, "victim"))
        emit_targets(c.e, c.s, g, c.subject, ev::claimedVictim, *p, c.subject + "/victim-",
                     victims);
    for (auto const* p : props(c, "asserts"))
        if (auto const* texts = value_as<ast::text_list>(*p))
            for (auto const& t : texts->items) {
                auto language = language_for(c, t);
                if (language && c.e.resolve.check_text(c.file, t))
                    model.add_text(g, c.subject, ev::proposition, t.value, *language);
            }
    int figures = 0;
    for (auto const* p : props(c, "casualties"))
        if (auto const* figure = figure_of(*p)) emit_figure(c, *figure, ++figures);
}

} // namespace

void emit_claim(emitter& e, local_symbol const& s) {
    // An explicit `report` must name a report; say so once, not twice.
    for (auto const* p : with_key(s.declaration->properties, "report"))
        if (auto const* ids = value_as<ast::identifier_list>(*p))
            for (auto const& id : ids->items)
                if (e.resolve.reference(s.file_index, id, {decl_kind::report}, "the report") ==
                    nullptr)
                    return;
    report_info const* report = e.resolve.report_of(s);
    if (report == nullptr) {
        e.resolve.error(
            s.file_index, s.declaration->id,
            fmt::format("claim `{}` needs a report: {}", s.id(), e.resolve.why_no_report(s)));
        return;
    }
    std::string const subject = e.iri_of(s);
    claim_context c{e, s, *report, s.file_index, subject, e.graph_of(s), subject + "/assertion"};
    emit_common_properties(e, s, c.subject, c.graph);
    emit_metadata(c);
    emit_content(c);
}

} // namespace evkg::kg
