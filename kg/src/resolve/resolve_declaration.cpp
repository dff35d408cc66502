// Declarations into records: what all have in common, then reports, actors
// (with memberships and affiliations), places and events; claims in
// resolve_claim.cpp.
#include "resolve/resolve_declaration.hpp"

#include "evkg/kg/lexical.hpp"
#include "resolve/declaration_scope.hpp"

#include <fmt/format.h>

namespace evkg::kg {

using language::key;

namespace {

void resolve_common(declaration_scope const& d, report_info const* report,
                    resolved::common_properties& common) {
    if (auto const& label = d.s.declaration->label) common.label = d.text(*label);
    d.texts(key::alias, common.aliases);
    d.texts(key::note, common.notes);
    d.iris(key::same_as, common.same_as);
    for (auto const* p : with_key(d.properties(), key::sentence))
        if (auto const* numbers = value_as<ast::integer_list>(*p))
            for (auto const& n : numbers->items) {
                if (n.value == 0 ||
                    (report && report->text && n.value > report->text->line_count())) {
                    d.r.error(
                        d.file, n,
                        report && report->text
                            ? fmt::format("sentence {} is not in the report text (it has {} lines)",
                                          n.value, report->text->line_count())
                            : std::string("sentence numbers start at 1"));
                    continue;
                }
                common.sentences.push_back(n.value);
            }
}

void resolve_report(declaration_scope const& d, resolved::report_details& report) {
    report.info = d.r.report_info_of(&d.s);
    if (report.info == nullptr) return;
    d.texts(key::text, report.text_files);
    d.iris(key::url, report.urls);
}

// Each item of every `key` property (time-valid references), resolved to
// the kinds the table allows: visit(target, item).
template <typename Visit>
void each_timed_reference(declaration_scope const& d, language::key key, Visit&& visit) {
    for (auto const* p : with_key(d.properties(), key))
        if (auto const* list = value_as<ast::timed_reference_list>(*p))
            for (auto const& item : list->items)
                if (symbol const* target = d.r.reference(d.file, item.target, key, d.s.kind))
                    visit(*target, item);
}

void resolve_memberships(declaration_scope const& d, resolved::membership_list& into) {
    each_timed_reference(d, key::member, [&](symbol const& member, auto const& item) {
        into.push_back({&d.s, &member, std::nullopt, d.validity_of(item)});
    });
    each_timed_reference(d, key::member_of, [&](symbol const& organisation, auto const& item) {
        into.push_back({&organisation, &d.s, std::nullopt, d.validity_of(item)});
    });
    for (auto const* p : with_key(d.properties(), key::role))
        if (auto const* in = value_as<ast::role_in>(*p))
            if (symbol const* organisation =
                    d.r.reference(d.file, in->organisation, key::role, d.s.kind))
                into.push_back(
                    {organisation, &d.s, d.concept_of(key::role, in->role), std::nullopt});
}

void resolve_affiliations(declaration_scope const& d, language::key key,
                          resolved::affiliation_list& into) {
    each_timed_reference(d, key, [&](symbol const& other, auto const& item) {
        into.push_back({&other, d.validity_of(item)});
    });
}

void resolve_actor(declaration_scope const& d, resolved::actor& actor) {
    d.references(key::of, actor.of);
    d.references(key::country, actor.countries);
    d.concepts(key::ideology, actor.ideologies);
    for (auto const* p : with_key(d.properties(), key::ethnic_base))
        if (auto const* q = value_as<ast::qualified_text>(*p))
            actor.ethnic_bases.push_back({d.text(q->value), q->mainly.has_value()});
    d.texts(key::objective, actor.objectives);
    d.texts(key::acled_name, actor.acled_names);
    d.date_points(key::founded, actor.founded);
    d.date_points(key::dissolved, actor.dissolved);
    actor.ended = !with_key(d.properties(), key::ended).empty();
    resolve_memberships(d, actor.memberships);
    resolve_affiliations(d, key::linked_to, actor.linked_to);
    resolve_affiliations(d, key::supported_by, actor.supported_by);
    d.iris(key::url, actor.urls);
}

void resolve_place(declaration_scope const& d, resolved::place& place) {
    d.concepts(key::kind, place.kinds);
    d.references(key::in, place.within);
    auto const& near = language::info(key::near);
    for (auto const* p : with_key(d.properties(), key::near))
        if (auto const* list = value_as<ast::proximity_list>(*p))
            for (auto const& item : list->items) {
                symbol const* other = d.r.reference(d.file, item.place, near.refers_to, near.role);
                if (other == nullptr) continue;
                resolved::proximity proximity{other, std::nullopt};
                if (item.direction) proximity.direction = d.concept_of(key::near, *item.direction);
                place.near.push_back(proximity);
            }
    for (auto const* p : with_key(d.properties(), key::at))
        if (auto const* at = value_as<ast::coordinates>(*p)) {
            auto latitude = canonical_decimal(at->latitude);
            auto longitude = canonical_decimal(at->longitude);
            auto in_range = [](std::optional<std::string> const& v, double limit) {
                return v && std::stod(*v) >= -limit && std::stod(*v) <= limit;
            };
            if (!in_range(latitude, 90) || !in_range(longitude, 180)) {
                d.r.error(d.file, *at,
                          "coordinates must be a latitude in [-90, 90] and a longitude in "
                          "[-180, 180], in decimal degrees");
                continue;
            }
            place.points.push_back({std::move(*latitude), std::move(*longitude)});
        }
}

void resolve_event(declaration_scope const& d, resolved::event& event) {
    d.concepts(key::type, event.types);
    // An event's phrase keeps only its own language tag (no report default).
    d.time_nodes(key::date, event.dates, {});
    d.references(key::place, event.places);
    d.references(key::perpetrator, event.perpetrators);
    d.references(key::coordinated_with, event.coordinated_with);
    d.references(key::accompanied_by, event.accompanied_by);
    d.references(key::participant, event.participants);
    d.targets(key::target, event.targets);
    d.targets(key::victim, event.victims);
    d.references(key::under, event.mechanisms);
    d.references(key::part_of, event.part_of);
    // `report R` only chooses the graph and provenance: checked, not kept.
    resolved::reference_list reports;
    d.references(key::report, reports);
}

// A claim's or a statement's `report` must name a report (said once, here);
// and it needs one: a claim has a speaker in a report, a statement is a
// sourced fact.
report_info const* required_report(declaration_scope const& d) {
    auto const& row = language::info(key::report);
    for (auto const* p : with_key(d.properties(), key::report))
        if (auto const* ids = value_as<ast::identifier_list>(*p))
            for (auto const& id : ids->items)
                if (d.r.reference(d.file, id, row.refers_to, row.role) == nullptr) return nullptr;
    report_info const* report = d.r.report_of(d.s);
    if (report == nullptr)
        d.r.error(d.file, d.s.declaration->id,
                  fmt::format("{} `{}` needs a report: {}", language::info(d.s.kind).word, d.s.id(),
                              d.r.why_no_report(d.s)));
    return report;
}

} // namespace

bool resolve_declaration(resolver const& r, local_symbol const& s, resolved::declaration& record) {
    declaration_scope const d(r, s);
    bool const needs_report =
        s.kind == decl_kind::claim || language::sets::statements.contains(s.kind);
    report_info const* report = needs_report ? required_report(d) : r.report_of(s);
    if (needs_report && report == nullptr) return false;
    record.declared = &s;
    record.report = report;
    resolve_common(d, report, record.common);
    // Each part built where it stays, not moved there.
    switch (s.kind) {
    case decl_kind::claim:
        resolve_claim(d, *report, record.details.emplace<resolved::claim>());
        break;
    case decl_kind::report:
        resolve_report(d, record.details.emplace<resolved::report_details>());
        break;
    case decl_kind::place:
        resolve_place(d, record.details.emplace<resolved::place>());
        break;
    case decl_kind::event:
        resolve_event(d, record.details.emplace<resolved::event>());
        break;
    case decl_kind::office:
    case decl_kind::control:
    case decl_kind::membership:
        resolve_statement(d, *report, record);
        break;
    default:
        resolve_actor(d, record.details.emplace<resolved::actor>());
        break;
    }
    return true;
}

} // namespace evkg::kg
