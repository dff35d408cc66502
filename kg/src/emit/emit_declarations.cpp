// Declarations other than claims: reports, actors, alliances, mechanisms,
// places and events (docs/rdf-mapping.md, "Declarations" and "Properties").
#include "emit/emit.hpp"
#include "evkg/kg/lexical.hpp"
#include "evkg/kg/vocabulary.hpp"
#include "vocabulary/concepts.hpp"
#include "vocabulary/reused_vocabulary.hpp"

#include <fmt/format.h>

#include <array>
#include <optional>
#include <stdexcept>
#include <type_traits>
#include <variant>

namespace evkg::kg {

using language::key;

namespace {

std::string_view class_of(decl_kind kind) {
    switch (kind) {
    case decl_kind::report:
        return ev::Report;
    case decl_kind::outlet:
        return ev::Outlet;
    case decl_kind::state:
        return ev::State;
    case decl_kind::government:
        return ev::Government;
    case decl_kind::force:
        return ev::StateForce;
    case decl_kind::pmc:
        return ev::PrivateMilitaryCompany;
    case decl_kind::group:
        return ev::ArmedGroup;
    case decl_kind::coalition:
        return ev::Coalition;
    case decl_kind::organisation:
        return ev::Organisation;
    case decl_kind::person:
        return ev::Person;
    case decl_kind::source:
        return ev::UnnamedSource;
    case decl_kind::alliance:
        return ev::Alliance;
    case decl_kind::mechanism:
        return ev::Mechanism;
    case decl_kind::place:
        return ev::Place;
    case decl_kind::event:
        return ev::Event;
    case decl_kind::claim:
        return ev::Claim;
    case decl_kind::office:
        return ev::Office;
    case decl_kind::control:
        return ev::TerritorialControl;
    case decl_kind::membership:
        return ev::MembershipStatement;
    case decl_kind::figure: // a block of a claim, never declared
        break;
    }
    return ev::Actor;
}

std::string_view path_segment(decl_kind kind) {
    switch (kind) {
    case decl_kind::report:
        return "report/";
    case decl_kind::alliance:
        return "alliance/";
    case decl_kind::mechanism:
        return "mechanism/";
    case decl_kind::place:
        return "place/";
    case decl_kind::event:
        return "event/";
    case decl_kind::claim:
        return "claim/";
    case decl_kind::office:
    case decl_kind::control:
    case decl_kind::membership:
        return "statement/";
    default:
        return "actor/";
    }
}

// The concept of a time span's precision: looked up once, not for every
// time span (find_concept searches the whole table).
std::optional<std::string_view> precision_concept(date_precision precision) {
    static std::array<std::optional<std::string_view>, 4> const concepts = [] {
        std::array<std::optional<std::string_view>, 4> found;
        static constexpr std::string_view notation[] = {"day", "month", "year", "range"};
        for (std::size_t i = 0; i < found.size(); ++i)
            found[i] = find_concept(scheme::precision, notation[i]);
        return found;
    }();
    return concepts[static_cast<std::size_t>(precision)];
}

// The XSD datatype of a date's lexical form from its local name ("date",
// "gYearMonth", "gYear": dates.hpp), without building the string.
std::string_view xsd_datatype(std::string_view local_name) {
    static constexpr std::string_view datatypes[] = {"http://www.w3.org/2001/XMLSchema#date",
                                                     "http://www.w3.org/2001/XMLSchema#gYearMonth",
                                                     "http://www.w3.org/2001/XMLSchema#gYear"};
    for (auto const datatype : datatypes)
        if (datatype.substr(xsd::ns.size()) == local_name) return datatype;
    throw std::logic_error("evkg: no XSD datatype for dates named " + std::string(local_name));
}

// What every emitter of a declaration's own part needs.
struct context {
    emitter& e;
    resolved::declaration const& d;
    std::string subject;
    std::string graph;
};

void emit_urls(context& c, resolved::iri_list const& urls) {
    for (auto const& url : urls)
        c.e.model.add_iri(c.graph, c.subject, schema::url, url);
}

void emit_report(context& c, resolved::report_details const& report) {
    auto& model = c.e.model;
    report_info const* info = report.info;
    if (info == nullptr) return;
    if (info->outlet) c.e.add_reference(c.graph, c.subject, schema::publisher, *info->outlet);
    if (info->published)
        model.add_typed(c.graph, c.subject, schema::datePublished, iso_date(*info->published),
                        xsd::date);
    if (!info->language.empty())
        model.add_text(c.graph, c.subject, schema::inLanguage, info->language);
    c.e.add_texts(c.graph, c.subject, ev::textFile, report.text_files);
    emit_urls(c, report.urls);
}

// membership/ORG/MEMBER, with its role or its validity.
void emit_membership(context& c, resolved::membership const& m) {
    auto& model = c.e.model;
    std::string const node =
        c.e.minted(fmt::format("membership/{}/{}", m.organisation->id(), m.member->id()));
    model.add_minted_iri(c.graph, node, rdf::type, org::Membership);
    c.e.add_reference(c.graph, node, org::member, *m.member);
    c.e.add_reference(c.graph, node, org::organization, *m.organisation);
    if (m.role) model.add_minted_iri(c.graph, node, org::role, *m.role);
    if (m.valid) emit_validity(c.e, c.graph, node, *m.valid);
}

void emit_affiliations(context& c, language::key key, std::string_view direct_predicate,
                       resolved::affiliation_list const& affiliations) {
    auto& model = c.e.model;
    auto const affiliation_type = find_concept(scheme::affiliation, language::word_of(key));
    for (auto const& a : affiliations) {
        std::string const node = c.e.minted(fmt::format("affiliation/{}/{}/{}", c.d.declared->id(),
                                                        language::word_of(key), a.other->id()));
        c.e.add_reference(c.graph, c.subject, direct_predicate, *a.other);
        model.add_minted_iri(c.graph, node, rdf::type, ev::Affiliation);
        model.add_minted_iri(c.graph, node, ev::affiliationSubject, c.subject);
        c.e.add_reference(c.graph, node, ev::affiliationObject, *a.other);
        if (affiliation_type)
            model.add_minted_iri(c.graph, node, ev::affiliationType, *affiliation_type);
        emit_validity(c.e, c.graph, node, a.valid);
    }
}

void emit_actor(context& c, resolved::actor const& actor) {
    auto& model = c.e.model;
    c.e.add_references(c.graph, c.subject,
                       c.d.declared->kind == decl_kind::mechanism ? ev::mechanismOf : ev::actsFor,
                       actor.of);
    c.e.add_references(c.graph, c.subject, ev::country, actor.countries);
    c.e.add_concepts(c.graph, c.subject, ev::ideology, actor.ideologies);
    for (auto const& base : actor.ethnic_bases) {
        if (base.value)
            model.add_text(c.graph, c.subject, ev::ethnicBase, base.value->value,
                           base.value->language);
        if (base.mainly) model.add_boolean(c.graph, c.subject, ev::ethnicBasePartial, true);
    }
    c.e.add_texts(c.graph, c.subject, ev::objective, actor.objectives);
    c.e.add_texts(c.graph, c.subject, ev::acledActorName, actor.acled_names);
    for (auto const& date : actor.founded)
        emit_date_value(c.e, c.graph, c.subject, ev::founded, date);
    for (auto const& date : actor.dissolved)
        emit_date_value(c.e, c.graph, c.subject, ev::dissolved, date);
    if (actor.ended) model.add_boolean(c.graph, c.subject, ev::ended, true);
    for (auto const& m : actor.memberships)
        emit_membership(c, m);
    emit_affiliations(c, key::linked_to, org::linkedTo, actor.linked_to);
    emit_affiliations(c, key::supported_by, ev::supportedBy, actor.supported_by);
    emit_urls(c, actor.urls);
}

void emit_place(context& c, resolved::place const& place) {
    auto& model = c.e.model;
    c.e.add_concepts(c.graph, c.subject, ev::placeType, place.kinds);
    c.e.add_references(c.graph, c.subject, geo::sfWithin, place.within);
    for (auto const& near : place.near) {
        std::string const node =
            c.e.minted(fmt::format("place/{}/near/{}", c.d.declared->id(), near.other->id()));
        c.e.add_reference(c.graph, c.subject, ev::near, *near.other);
        model.add_minted_iri(c.graph, node, rdf::type, ev::Proximity);
        model.add_minted_iri(c.graph, node, ev::proximityFrom, c.subject);
        c.e.add_reference(c.graph, node, ev::proximityTo, *near.other);
        if (near.direction) model.add_minted_iri(c.graph, node, ev::direction, *near.direction);
    }
    for (auto const& point : place.points) {
        std::string const node = c.subject + "/geometry";
        model.add_minted_iri(c.graph, c.subject, geo::hasGeometry, node);
        model.add_minted_iri(c.graph, node, rdf::type, geo::Geometry);
        model.add_typed(c.graph, node, geo::asWKT,
                        fmt::format("POINT({} {})", point.longitude, point.latitude),
                        geo::wktLiteral);
    }
}

void emit_event(context& c, resolved::event const& event) {
    c.e.add_concepts(c.graph, c.subject, sem::eventType, event.types);
    for (auto const& time : event.dates)
        emit_time_node(c.e, c.graph, c.subject, ev::time, time, c.d.report);
    c.e.add_references(c.graph, c.subject, sem::hasPlace, event.places);
    c.e.add_references(c.graph, c.subject, ev::perpetrator, event.perpetrators);
    c.e.add_references(c.graph, c.subject, ev::coordinatedWith, event.coordinated_with);
    c.e.add_references(c.graph, c.subject, ev::accompaniedBy, event.accompanied_by);
    c.e.add_references(c.graph, c.subject, ev::participant, event.participants);
    emit_targets(c.e, c.graph, c.subject, ev::target, language::word_of(key::target),
                 event.targets);
    emit_targets(c.e, c.graph, c.subject, ev::victim, language::word_of(key::victim),
                 event.victims);
    c.e.add_references(c.graph, c.subject, ev::conductedUnder, event.mechanisms);
    c.e.add_references(c.graph, c.subject, sem::subEventOf, event.part_of);
}

} // namespace

void emitter::spell_iri(symbol const& s, std::string& iri) const {
    iri.clear();
    iri.reserve(base.size() + 16 + s.id().size());
    iri.append(base).append(path_segment(s.kind)).append(s.id());
}

std::string emitter::iri_of(symbol const& s) const {
    std::string iri;
    spell_iri(s, iri);
    return iri;
}

void emitter::add_reference(std::string_view graph, std::string_view subject,
                            std::string_view predicate, symbol const& target) {
    spell_iri(target, reference_iri);
    model.add_minted_iri(graph, subject, predicate, reference_iri);
}

std::string emitter::graph_of(resolved::declaration const& d) const {
    if (d.report != nullptr)
        return std::string(base).append("graph/report/").append(d.report->report->id());
    return base + "graph/registry";
}

void emitter::add_references(std::string_view graph, std::string_view subject,
                             std::string_view predicate, resolved::reference_list const& targets) {
    for (symbol const* target : targets)
        add_reference(graph, subject, predicate, *target);
}

void emitter::add_concepts(std::string_view graph, std::string_view subject,
                           std::string_view predicate, resolved::concept_list const& concepts) {
    for (std::string_view iri : concepts)
        model.add_minted_iri(graph, subject, predicate, iri);
}

void emitter::add_texts(std::string_view graph, std::string_view subject,
                        std::string_view predicate, resolved::text_list const& texts) {
    for (auto const& t : texts)
        model.add_text(graph, subject, predicate, t.value, t.language);
}

void emit_common(emitter& e, resolved::declaration const& d, std::string const& subject,
                 std::string const& graph) {
    auto& model = e.model;
    auto const& common = d.common;
    model.add_minted_iri(graph, subject, rdf::type, class_of(d.declared->kind));
    if (common.label) {
        model.add_text(graph, subject, rdfs::label, common.label->value, common.label->language);
        if (d.declared->kind == decl_kind::report)
            model.add_text(graph, subject, schema::headline, common.label->value,
                           common.label->language);
    }
    e.add_texts(graph, subject, skos::altLabel, common.aliases);
    e.add_texts(graph, subject, rdfs::comment, common.notes);
    for (auto const& iri : common.same_as)
        model.add_iri(graph, subject, owl::sameAs, iri);
    for (std::uint64_t sentence : common.sentences)
        model.add_integer(graph, subject, ev::sentence, sentence);
    if (d.report != nullptr && d.declared->kind != decl_kind::report)
        e.add_reference(graph, subject, prov::wasDerivedFrom, *d.report->report);
}

void emit_declaration(emitter& e, resolved::declaration const& d) {
    if (auto const* claim = std::get_if<resolved::claim>(&d.details)) {
        emit_claim(e, d, *claim);
        return;
    }
    if (language::sets::statements.contains(d.declared->kind)) {
        emit_statement(e, d);
        return;
    }
    context c{e, d, e.iri_of(*d.declared), e.graph_of(d)};
    emit_common(e, d, c.subject, c.graph);
    std::visit(
        [&c](auto const& details) {
            using details_type = std::decay_t<decltype(details)>;
            if constexpr (std::is_same_v<details_type, resolved::report_details>)
                emit_report(c, details);
            else if constexpr (std::is_same_v<details_type, resolved::actor>)
                emit_actor(c, details);
            else if constexpr (std::is_same_v<details_type, resolved::place>)
                emit_place(c, details);
            else if constexpr (std::is_same_v<details_type, resolved::event>)
                emit_event(c, details);
        },
        d.details);
}

void emit_time_node(emitter& e, std::string const& graph, std::string const& subject,
                    std::string_view predicate, resolved::time_node const& time,
                    report_info const* report) {
    auto& model = e.model;
    auto const& span = time.span;
    std::string const node = subject + "/time";
    model.add_minted_iri(graph, subject, predicate, node);
    model.add_minted_iri(graph, node, rdf::type, ev::TimeSpan);
    model.add_typed(graph, node, ev::earliest, iso_date(span.earliest), xsd::date);
    model.add_typed(graph, node, ev::latest, iso_date(span.latest), xsd::date);
    if (auto iri = precision_concept(span.precision))
        model.add_minted_iri(graph, node, ev::precision, *iri);
    if (!time.phrase.empty())
        model.add_text(graph, node, ev::phrase, time.phrase, time.phrase_language);
    if (span.relative && report != nullptr)
        e.add_reference(graph, node, ev::relativeTo, *report->report);
    if (!span.lexical.empty())
        model.add_typed(graph, node, ev::date, span.lexical, xsd_datatype(span.xsd_type));
}

void emit_targets(emitter& e, std::string const& graph, std::string const& subject,
                  std::string_view predicate, std::string_view node_key,
                  resolved::target_list const& targets) {
    if (targets.empty()) return;
    std::string const node_prefix = std::string(subject).append("/").append(node_key).append("-");
    int counter = 0;
    for (auto const& target : targets) {
        if (target.actor != nullptr) {
            e.add_reference(graph, subject, predicate, *target.actor);
            continue;
        }
        std::string const node = node_prefix + std::to_string(++counter);
        e.model.add_minted_iri(graph, subject, predicate, node);
        e.model.add_minted_iri(graph, node, rdf::type, ev::DescribedGroup);
        e.model.add_text(graph, node, rdfs::label, target.description.value,
                         target.description.language);
    }
}

void emit_validity(emitter& e, std::string const& graph, std::string const& node,
                   resolved::validity const& valid) {
    if (valid.since) emit_date_value(e, graph, node, ev::startDate, *valid.since);
    if (valid.until) emit_date_value(e, graph, node, ev::endDate, *valid.until);
    if (valid.ended) e.model.add_boolean(graph, node, ev::ended, true);
}

void emit_date_value(emitter& e, std::string const& graph, std::string const& subject,
                     std::string_view predicate, time_span const& date) {
    e.model.add_typed(graph, subject, predicate, date.lexical, xsd_datatype(date.xsd_type));
}

} // namespace evkg::kg
