// Statements (docs/rdf-mapping.md, "Statements"): offices, territorial
// control and memberships as n-ary nodes statement/ID, in their report's
// graph, or in the content graph of the claim they are `according-to`.
#include "emit/emit.hpp"
#include "evkg/kg/vocabulary.hpp"
#include "vocabulary/concepts.hpp"
#include "vocabulary/reused_vocabulary.hpp"

#include <array>

namespace evkg::kg {

namespace {

struct statement_context {
    emitter& e;
    std::string subject;
    std::string graph;
};

void emit_links(statement_context& c, resolved::statement_links const& links,
                std::string const& node) {
    c.e.add_references(c.graph, node, ev::startedBy, links.started_by);
    c.e.add_references(c.graph, node, ev::endedBy, links.ended_by);
}

void emit_office(statement_context& c, resolved::office const& office) {
    auto& model = c.e.model;
    // Typed as a membership too, so plain SPARQL finds it without inference.
    model.add_minted_iri(c.graph, c.subject, rdf::type, org::Membership);
    if (office.holder) c.e.add_reference(c.graph, c.subject, org::member, *office.holder);
    if (office.organisation)
        c.e.add_reference(c.graph, c.subject, org::organization, *office.organisation);
    if (office.post) model.add_minted_iri(c.graph, c.subject, org::role, *office.post);
    c.e.add_concepts(c.graph, c.subject, ev::rank, office.ranks);
    c.e.add_texts(c.graph, c.subject, ev::title, office.titles);
    emit_validity(c.e, c.graph, c.subject, office.valid);
    emit_links(c, office.links, c.subject);
}

void emit_control(statement_context& c, resolved::control const& control) {
    if (control.controller)
        c.e.add_reference(c.graph, c.subject, ev::controller, *control.controller);
    c.e.add_references(c.graph, c.subject, ev::controlledTerritory, control.territories);
    emit_validity(c.e, c.graph, c.subject, control.valid);
    emit_links(c, control.links, c.subject);
}

std::optional<std::string_view> status_concept(resolved::membership_status status) {
    static constexpr std::array<std::string_view, 6> notation{
        "active", "withdrawal-pending", "withdrawn", "suspended", "expelled", "future"};
    return find_concept(scheme::membership_status, notation[static_cast<std::size_t>(status)]);
}

void emit_memberships(statement_context& c, resolved::membership_statement const& m,
                      report_info const& report) {
    auto& model = c.e.model;
    for (auto const& member : m.members) {
        std::string const node = c.subject + "/" + std::string(member.member->id());
        model.add_minted_iri(c.graph, c.subject, ev::statesMembership, node);
        model.add_minted_iri(c.graph, node, rdf::type, org::Membership);
        c.e.add_reference(c.graph, node, org::member, *member.member);
        if (m.organisation) c.e.add_reference(c.graph, node, org::organization, *m.organisation);
        emit_validity(c.e, c.graph, node, member.valid);
        if (m.founding) model.add_boolean(c.graph, node, ev::foundingMember, true);
        for (auto const& [date, predicate] :
             {std::pair{&m.withdrawal_announced, ev::withdrawalAnnounced},
              std::pair{&m.suspended, ev::suspendedOn}, std::pair{&m.reinstated, ev::reinstatedOn},
              std::pair{&m.expelled, ev::expelledOn}})
            if (*date) emit_date_value(c.e, c.graph, node, predicate, **date);
        if (member.status && report.published) {
            if (auto iri = status_concept(*member.status))
                model.add_minted_iri(c.graph, node, ev::membershipStatus, *iri);
            model.add_typed(c.graph, node, ev::statusAsOf, iso_date(*report.published), xsd::date);
        }
        emit_links(c, m.links, node);
    }
}

} // namespace

void emit_statement(emitter& e, resolved::declaration const& d) {
    resolved::statement_links const* links = std::visit(
        [](auto const& details) -> resolved::statement_links const* {
            if constexpr (requires { details.links; })
                return &details.links;
            else
                return nullptr;
        },
        d.details);
    statement_context c{e, e.iri_of(*d.declared), e.graph_of(d)};
    std::string claim;
    if (links != nullptr && links->according_to != nullptr) {
        claim = e.iri_of(*links->according_to);
        c.graph = claim + "/assertion";
    }
    emit_common(e, d, c.subject, c.graph);
    if (!claim.empty()) {
        e.model.add_minted_iri(c.graph, c.subject, ev::accordingTo, claim);
        e.model.add_minted_iri(c.graph, claim, ev::claimedStatement, c.subject);
    }
    if (auto const* office = std::get_if<resolved::office>(&d.details))
        emit_office(c, *office);
    else if (auto const* control = std::get_if<resolved::control>(&d.details))
        emit_control(c, *control);
    else if (auto const* m = std::get_if<resolved::membership_statement>(&d.details))
        emit_memberships(c, *m, *d.report);
}

} // namespace evkg::kg
