// Claims (docs/rdf-mapping.md): who said what, when, to whom, in which report
// (the claim's metadata, in its report's graph), and what the source claims
// (the content, in the claim's own graph claim/ID/assertion), so nothing a
// source claims reads as a fact.
#include "emit/emit.hpp"
#include "evkg/kg/figures.hpp"
#include "evkg/kg/vocabulary.hpp"
#include "vocabulary/concepts.hpp"
#include "vocabulary/reused_vocabulary.hpp"

#include <fmt/format.h>

namespace evkg::kg {

using language::key;

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

auto props(claim_context const& c, language::key key) {
    return with_key(c.s.declaration->properties, key);
}

// Each identifier of every `key` property of a claim or of one of its
// figures, resolved to the kinds the language table says it names. (A
// figure's references are named in messages as the claim's.)
template <typename Visit>
void each_reference(claim_context& c, std::vector<ast::property> const& properties,
                    language::key key, Visit&& visit) {
    auto found = with_key(properties, key);
    if (found.empty()) return;
    kind_set const wanted = language::refers_to(key, decl_kind::claim);
    std::string const role = reference_role(key, decl_kind::claim);
    for (auto const* p : found)
        if (auto const* ids = value_as<ast::identifier_list>(*p))
            for (auto const& id : ids->items)
                if (symbol const* target = c.e.resolve.reference(c.file, id, wanted, role))
                    visit(*target);
}

void link(claim_context& c, language::key key, std::string const& graph,
          std::string_view predicate) {
    each_reference(c, c.s.declaration->properties, key, [&](symbol const& target) {
        c.e.add_reference(graph, c.subject, predicate, target);
    });
}

// Each notation of every `key` property of `properties`, as a concept of the
// vocabulary the language table names, the object of `predicate`.
void link_concepts(claim_context& c, std::vector<ast::property> const& properties,
                   language::key key, std::string const& graph, std::string const& subject,
                   std::string_view predicate) {
    auto const& row = language::info(key);
    for (auto const* p : with_key(properties, key))
        if (auto const* ids = value_as<ast::identifier_list>(*p))
            for (auto const& id : ids->items)
                if (auto iri = c.e.resolve.concept_iri(c.file, id, scheme_of(row.notations),
                                                       row.notation_noun))
                    c.e.model.add_minted_iri(graph, subject, predicate, *iri);
}

void link_concept(claim_context& c, language::key key, std::string_view predicate) {
    link_concepts(c, c.s.declaration->properties, key, c.graph, c.subject, predicate);
}

// A text's own language tag, else the report's language.
std::optional<std::string> language_for(claim_context& c, ast::text const& t) {
    auto own = c.e.resolve.language_of(c.file, t);
    if (!own) return std::nullopt;
    return own->empty() ? c.report.language : *own;
}

void emit_quote(claim_context& c) {
    auto& model = c.e.model;
    for (auto const* p : props(c, key::quote)) {
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
    link(c, key::by, c.graph, prov::wasAttributedTo);
    link(c, key::to, c.graph, ev::toldTo);
    if (c.report.outlet) c.e.add_reference(c.graph, c.subject, ev::reportedBy, *c.report.outlet);
    link_concept(c, key::act, ev::speechAct);
    // A claim's phrase is in the report's language unless tagged otherwise.
    for (auto const* p : props(c, key::on))
        emit_dated(c.e, c.s, c.graph, c.subject, ev::statedDuring, *p, c.report.language,
                   &c.report);
    link(c, key::about, c.graph, ev::about);
    link_concept(c, key::aspect, ev::aspect);
    emit_quote(c);
    if (!props(c, key::verification).empty()) {
        link_concept(c, key::verification, ev::verification);
        if (c.report.outlet)
            c.e.add_reference(c.graph, c.subject, ev::verifiedBy, *c.report.outlet);
    }
    each_reference(c, c.s.declaration->properties, key::contradicts, [&](symbol const& other) {
        c.e.add_reference(c.graph, c.subject, ev::contradicts, other);
        model.add_minted_iri(c.graph, c.e.iri_of(other), ev::contradicts, c.subject);
    });
    link(c, key::corroborates, c.graph, ev::corroborates);
    link(c, key::revises, c.graph, ev::revises);
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
    auto texts = [&](language::key key, std::string const& subject, std::string_view predicate) {
        for (auto const* p : with_key(figure.details, key))
            if (auto const* list = value_as<ast::text_list>(*p))
                for (auto const& t : list->items) {
                    auto language = c.e.resolve.language_of(c.file, t);
                    if (language && c.e.resolve.check_text(c.file, t))
                        model.add_text(g, subject, predicate, t.value, *language);
                }
    };
    texts(key::victims, victims, rdfs::label);
    texts(key::ethnicity, victims, ev::ethnicity);
    texts(key::including, node, ev::including);
    link_concepts(c, figure.details, key::status, g, victims, ev::combatantStatus);
    each_reference(c, figure.details, key::nationality,
                   [&](symbol const& s) { c.e.add_reference(g, victims, ev::nationality, s); });
    each_reference(c, figure.details, key::side,
                   [&](symbol const& s) { c.e.add_reference(g, node, ev::side, s); });
    if (!with_key(figure.details, key::mainly).empty())
        model.add_boolean(g, victims, ev::predominantly, true);
}

void emit_content(claim_context& c) {
    auto& model = c.e.model;
    std::string const& g = c.assertion;
    link(c, key::perpetrator, g, ev::claimedPerpetrator);
    link(c, key::coordinated_with, g, ev::claimedCoordinatedWith);
    link(c, key::accompanied_by, g, ev::claimedAccompaniedBy);
    link(c, key::participant, g, ev::claimedParticipant);
    link(c, key::place, g, ev::claimedPlace);
    link(c, key::under, g, ev::claimedMechanism);
    emit_targets(c.e, c.s, g, c.subject, ev::claimedTarget, key::target);
    emit_targets(c.e, c.s, g, c.subject, ev::claimedVictim, key::victim);
    for (auto const* p : props(c, key::asserts))
        if (auto const* texts = value_as<ast::text_list>(*p))
            for (auto const& t : texts->items) {
                auto language = language_for(c, t);
                if (language && c.e.resolve.check_text(c.file, t))
                    model.add_text(g, c.subject, ev::proposition, t.value, *language);
            }
    int figures = 0;
    for (auto const* p : props(c, key::casualties))
        if (auto const* figure = figure_of(*p)) emit_figure(c, *figure, ++figures);
}

} // namespace

void emit_claim(emitter& e, local_symbol const& s) {
    // An explicit `report` must name a report; say so once, not twice.
    auto const& report_row = language::info(key::report);
    for (auto const* p : with_key(s.declaration->properties, key::report))
        if (auto const* ids = value_as<ast::identifier_list>(*p))
            for (auto const& id : ids->items)
                if (e.resolve.reference(s.file_index, id, report_row.refers_to, report_row.role) ==
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
