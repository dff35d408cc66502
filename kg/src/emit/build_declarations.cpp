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

struct context {
    emitter& e;
    local_symbol const& s;
    std::size_t file;
    std::string subject;
    std::string graph;
};

ast::identifier const& target_of(ast::identifier const& id) { return id; }
ast::identifier const& target_of(ast::timed_reference const& item) { return item.target; }

// Each item of every `key` property whose value is a List (identifiers, or
// time-valid references), resolved to the kinds the language table says it
// names: visit(declaration, item).
template <typename List, typename Visit>
void for_each_listed(context& c, language::key key, Visit&& visit) {
    auto const found = with_key(c.s.declaration->properties, key);
    if (found.empty()) return;
    kind_set const wanted = language::refers_to(key, c.s.kind);
    std::string const role = reference_role(key, c.s.kind);
    for (auto const* p : found)
        if (auto const* list = value_as<List>(*p))
            for (auto const& item : list->items)
                if (symbol const* target =
                        c.e.resolve.reference(c.file, target_of(item), wanted, role))
                    visit(*target, item);
}

template <typename Visit>
void for_each_reference(context& c, language::key key, Visit&& visit) {
    for_each_listed<ast::identifier_list>(
        c, key, [&](symbol const& target, ast::identifier const&) { visit(target); });
}

template <typename Visit>
void for_each_timed_reference(context& c, language::key key, Visit&& visit) {
    for_each_listed<ast::timed_reference_list>(c, key, visit);
}

void reference_property(context& c, language::key key, std::string_view predicate) {
    for_each_reference(c, key, [&](symbol const& target) {
        c.e.add_reference(c.graph, c.subject, predicate, target);
    });
}

void text_property(context& c, language::key key, std::string_view predicate) {
    for (auto const* p : with_key(c.s.declaration->properties, key))
        if (auto const* texts = value_as<ast::text_list>(*p))
            for (auto const& t : texts->items) {
                auto language = c.e.resolve.language_of(c.file, t);
                if (language && c.e.resolve.check_text(c.file, t))
                    c.e.model.add_text(c.graph, c.subject, predicate, t.value, *language);
            }
}

void concept_property(context& c, language::key key, std::string_view predicate) {
    auto const& row = language::info(key);
    for (auto const* p : with_key(c.s.declaration->properties, key))
        if (auto const* ids = value_as<ast::identifier_list>(*p))
            for (auto const& id : ids->items)
                if (auto iri = c.e.resolve.concept_iri(c.file, id, scheme_of(row.notations),
                                                       row.notation_noun))
                    c.e.model.add_minted_iri(c.graph, c.subject, predicate, *iri);
}

void emit_common(context& c) {
    auto& model = c.e.model;
    auto const& d = *c.s.declaration;
    model.add_minted_iri(c.graph, c.subject, rdf::type, class_of(c.s.kind));
    if (d.label) {
        auto language = c.e.resolve.language_of(c.file, *d.label);
        if (language && c.e.resolve.check_text(c.file, *d.label)) {
            model.add_text(c.graph, c.subject, rdfs::label, d.label->value, *language);
            if (c.s.kind == decl_kind::report)
                model.add_text(c.graph, c.subject, schema::headline, d.label->value, *language);
        }
    }
    text_property(c, key::alias, skos::altLabel);
    text_property(c, key::note, rdfs::comment);
    for (auto const* p : with_key(d.properties, key::same_as))
        if (auto const* iris = value_as<ast::iri_list>(*p))
            for (auto const& iri : iris->items)
                if (auto full = c.e.resolve.expand_iri(c.file, iri))
                    model.add_iri(c.graph, c.subject, owl::sameAs, *full);

    report_info const* report = c.e.resolve.report_of(c.s);
    for (auto const* p : with_key(d.properties, key::sentence))
        if (auto const* numbers = value_as<ast::integer_list>(*p))
            for (auto const& n : numbers->items) {
                if (n.value == 0 ||
                    (report && report->text && n.value > report->text->line_count())) {
                    c.e.resolve.error(
                        c.file, n,
                        report && report->text
                            ? fmt::format("sentence {} is not in the report text (it has {} lines)",
                                          n.value, report->text->line_count())
                            : std::string("sentence numbers start at 1"));
                    continue;
                }
                model.add_integer(c.graph, c.subject, ev::sentence, n.value);
            }
    if (report != nullptr && c.s.kind != decl_kind::report)
        c.e.add_reference(c.graph, c.subject, prov::wasDerivedFrom, *report->report);
}

void emit_urls(context& c) {
    for (auto const* p : with_key(c.s.declaration->properties, key::url))
        if (auto const* iris = value_as<ast::iri_list>(*p))
            for (auto const& iri : iris->items)
                if (auto full = c.e.resolve.expand_iri(c.file, iri))
                    c.e.model.add_iri(c.graph, c.subject, schema::url, *full);
}

void emit_report(context& c) {
    auto& model = c.e.model;
    report_info const* info = c.e.resolve.report_info_of(&c.s);
    if (info == nullptr) return;
    if (info->outlet) c.e.add_reference(c.graph, c.subject, schema::publisher, *info->outlet);
    if (info->published)
        model.add_typed(c.graph, c.subject, schema::datePublished, iso_date(*info->published),
                        xsd::date);
    if (!info->language.empty())
        model.add_text(c.graph, c.subject, schema::inLanguage, info->language);
    text_property(c, key::text, ev::textFile);
    emit_urls(c);
}

// `since` and `until` of a time-valid relation, on its node.
void emit_validity(context& c, std::string const& node, ast::timed_reference const& timing) {
    if (timing.since) emit_date_value(c.e, c.s, c.graph, node, ev::startDate, *timing.since);
    if (!timing.until) return;
    if (auto const* point = boost::get<ast::date_point>(&*timing.until))
        emit_date_value(c.e, c.s, c.graph, node, ev::endDate, *point);
    else
        c.e.model.add_boolean(c.graph, node, ev::ended, true);
}

// membership/ORG/MEMBER, with its validity.
void emit_membership(context& c, symbol const& organisation, symbol const& member,
                     ast::timed_reference const* timing, ast::identifier const* role) {
    auto& model = c.e.model;
    std::string const node =
        c.e.minted(fmt::format("membership/{}/{}", organisation.id(), member.id()));
    model.add_minted_iri(c.graph, node, rdf::type, org::Membership);
    c.e.add_reference(c.graph, node, org::member, member);
    c.e.add_reference(c.graph, node, org::organization, organisation);
    if (role != nullptr) {
        auto const& row = language::info(key::role);
        if (auto iri =
                c.e.resolve.concept_iri(c.file, *role, scheme_of(row.notations), row.notation_noun))
            model.add_minted_iri(c.graph, node, org::role, *iri);
    }
    if (timing != nullptr) emit_validity(c, node, *timing);
}

void emit_memberships(context& c) {
    for_each_timed_reference(c, key::member,
                             [&](symbol const& member, ast::timed_reference const& item) {
                                 emit_membership(c, c.s, member, &item, nullptr);
                             });
    for_each_timed_reference(c, key::member_of,
                             [&](symbol const& organisation, ast::timed_reference const& item) {
                                 emit_membership(c, organisation, c.s, &item, nullptr);
                             });
    std::string const role_role = reference_role(key::role, c.s.kind);
    for (auto const* p : with_key(c.s.declaration->properties, key::role))
        if (auto const* role = value_as<ast::role_in>(*p))
            if (symbol const* o =
                    c.e.resolve.reference(c.file, role->organisation,
                                          language::refers_to(key::role, c.s.kind), role_role))
                emit_membership(c, *o, c.s, nullptr, &role->role);
}

void emit_affiliations(context& c, language::key key, std::string_view direct_predicate) {
    auto& model = c.e.model;
    auto const affiliation_type = find_concept(scheme::affiliation, language::word_of(key));
    for_each_timed_reference(c, key, [&](symbol const& other, ast::timed_reference const& item) {
        std::string const node = c.e.minted(
            fmt::format("affiliation/{}/{}/{}", c.s.id(), language::word_of(key), other.id()));
        c.e.add_reference(c.graph, c.subject, direct_predicate, other);
        model.add_minted_iri(c.graph, node, rdf::type, ev::Affiliation);
        model.add_minted_iri(c.graph, node, ev::affiliationSubject, c.subject);
        c.e.add_reference(c.graph, node, ev::affiliationObject, other);
        if (affiliation_type)
            model.add_minted_iri(c.graph, node, ev::affiliationType, *affiliation_type);
        emit_validity(c, node, item);
    });
}

void emit_actor(context& c) {
    auto& model = c.e.model;
    auto const& props = c.s.declaration->properties;
    reference_property(c, key::of,
                       c.s.kind == decl_kind::mechanism ? ev::mechanismOf : ev::actsFor);
    reference_property(c, key::country, ev::country);
    concept_property(c, key::ideology, ev::ideology);
    for (auto const* p : with_key(props, key::ethnic_base))
        if (auto const* q = value_as<ast::qualified_text>(*p)) {
            auto language = c.e.resolve.language_of(c.file, q->value);
            if (language && c.e.resolve.check_text(c.file, q->value))
                model.add_text(c.graph, c.subject, ev::ethnicBase, q->value.value, *language);
            if (q->mainly) model.add_boolean(c.graph, c.subject, ev::ethnicBasePartial, true);
        }
    text_property(c, key::objective, ev::objective);
    text_property(c, key::acled_name, ev::acledActorName);
    for (auto const& [date_key, predicate] :
         {std::pair{key::founded, ev::founded}, std::pair{key::dissolved, ev::dissolved}})
        for (auto const* p : with_key(props, date_key))
            if (auto const* date = value_as<ast::date_expression>(*p)) {
                // check_structure says so for parsed files; an AST may come from elsewhere.
                if (date->to) {
                    c.e.resolve.error(c.file, *date,
                                      fmt::format("`{}` takes one date, not a range",
                                                  language::word_of(date_key)));
                    continue;
                }
                emit_date_value(c.e, c.s, c.graph, c.subject, predicate, date->from);
            }
    if (!with_key(props, key::ended).empty())
        model.add_boolean(c.graph, c.subject, ev::ended, true);
    emit_memberships(c);
    emit_affiliations(c, key::linked_to, org::linkedTo);
    emit_affiliations(c, key::supported_by, ev::supportedBy);
    emit_urls(c);
}

void emit_place(context& c) {
    auto& model = c.e.model;
    auto const& props = c.s.declaration->properties;
    concept_property(c, key::kind, ev::placeType);
    reference_property(c, key::in, geo::sfWithin);
    auto const& near = language::info(key::near);
    for (auto const* p : with_key(props, key::near))
        if (auto const* list = value_as<ast::proximity_list>(*p))
            for (auto const& item : list->items) {
                symbol const* other =
                    c.e.resolve.reference(c.file, item.place, near.refers_to, near.role);
                if (other == nullptr) continue;
                std::string const node =
                    c.e.minted(fmt::format("place/{}/near/{}", c.s.id(), other->id()));
                c.e.add_reference(c.graph, c.subject, ev::near, *other);
                model.add_minted_iri(c.graph, node, rdf::type, ev::Proximity);
                model.add_minted_iri(c.graph, node, ev::proximityFrom, c.subject);
                c.e.add_reference(c.graph, node, ev::proximityTo, *other);
                if (item.direction)
                    if (auto iri = c.e.resolve.concept_iri(
                            c.file, *item.direction, scheme_of(near.notations), near.notation_noun))
                        model.add_minted_iri(c.graph, node, ev::direction, *iri);
            }
    for (auto const* p : with_key(props, key::at))
        if (auto const* at = value_as<ast::coordinates>(*p)) {
            auto latitude = canonical_decimal(at->latitude);
            auto longitude = canonical_decimal(at->longitude);
            auto in_range = [](std::optional<std::string> const& v, double limit) {
                return v && std::stod(*v) >= -limit && std::stod(*v) <= limit;
            };
            if (!in_range(latitude, 90) || !in_range(longitude, 180)) {
                c.e.resolve.error(c.file, *at,
                                  "coordinates must be a latitude in [-90, 90] and a longitude in "
                                  "[-180, 180], in decimal degrees");
                continue;
            }
            std::string const node = c.subject + "/geometry";
            model.add_minted_iri(c.graph, c.subject, geo::hasGeometry, node);
            model.add_minted_iri(c.graph, node, rdf::type, geo::Geometry);
            model.add_typed(c.graph, node, geo::asWKT,
                            fmt::format("POINT({} {})", *longitude, *latitude), geo::wktLiteral);
        }
}

void emit_event(context& c) {
    auto const& props = c.s.declaration->properties;
    concept_property(c, key::type, sem::eventType);
    // An event's phrase keeps only its own language tag (no report default).
    for (auto const* p : with_key(props, key::date))
        emit_dated(c.e, c.s, c.graph, c.subject, ev::time, *p, std::string(),
                   c.e.resolve.report_of(c.s));
    reference_property(c, key::place, sem::hasPlace);
    reference_property(c, key::perpetrator, ev::perpetrator);
    reference_property(c, key::coordinated_with, ev::coordinatedWith);
    reference_property(c, key::accompanied_by, ev::accompaniedBy);
    reference_property(c, key::participant, ev::participant);
    emit_targets(c.e, c.s, c.graph, c.subject, ev::target, key::target);
    emit_targets(c.e, c.s, c.graph, c.subject, ev::victim, key::victim);
    reference_property(c, key::under, ev::conductedUnder);
    reference_property(c, key::part_of, sem::subEventOf);
    // `report R` only chooses the graph and provenance (emit_common).
    for_each_reference(c, key::report, [](symbol const&) {});
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

std::string emitter::graph_of(local_symbol const& s) const {
    if (report_info const* report = resolve.report_of(s))
        return std::string(base).append("graph/report/").append(report->report->id());
    return base + "graph/registry";
}

void emit_common_properties(emitter& e, local_symbol const& s, std::string const& subject,
                            std::string const& graph) {
    context c{e, s, s.file_index, subject, graph};
    emit_common(c);
}

void emit_declaration(emitter& e, local_symbol const& s) {
    if (s.kind == decl_kind::claim) {
        emit_claim(e, s);
        return;
    }
    context c{e, s, s.file_index, e.iri_of(s), e.graph_of(s)};
    emit_common(c);
    switch (s.kind) {
    case decl_kind::report:
        emit_report(c);
        break;
    case decl_kind::place:
        emit_place(c);
        break;
    case decl_kind::event:
        emit_event(c);
        break;
    default:
        emit_actor(c);
        break;
    }
}

void emit_dated(emitter& e, local_symbol const& s, std::string const& graph,
                std::string const& subject, std::string_view predicate, ast::property const& p,
                std::string const& default_language, report_info const* report) {
    auto const* date = value_as<ast::date_expression>(p);
    if (date == nullptr) return;
    auto span = e.resolve.resolve_date(s, *date);
    if (!span) return;
    std::string const node = subject + "/time";
    e.model.add_minted_iri(graph, subject, predicate, node);
    std::string phrase, language;
    if (date->phrase) {
        phrase = date->phrase->value;
        if (auto own = e.resolve.language_of(s.file_index, *date->phrase))
            language = own->empty() ? default_language : *own;
    } else {
        phrase = spell_date_expression(*date);
    }
    emit_time_span(e, graph, node, *span, phrase, language, report);
}

void emit_time_span(emitter& e, std::string const& graph, std::string const& node,
                    time_span const& span, std::string const& phrase,
                    std::string const& phrase_language, report_info const* report) {
    auto& model = e.model;
    model.add_minted_iri(graph, node, rdf::type, ev::TimeSpan);
    model.add_typed(graph, node, ev::earliest, iso_date(span.earliest), xsd::date);
    model.add_typed(graph, node, ev::latest, iso_date(span.latest), xsd::date);
    if (auto iri = precision_concept(span.precision))
        model.add_minted_iri(graph, node, ev::precision, *iri);
    if (!phrase.empty()) model.add_text(graph, node, ev::phrase, phrase, phrase_language);
    if (span.relative && report != nullptr)
        e.add_reference(graph, node, ev::relativeTo, *report->report);
    if (!span.lexical.empty())
        model.add_typed(graph, node, ev::date, span.lexical, xsd_datatype(span.xsd_type));
}

void emit_targets(emitter& e, local_symbol const& s, std::string const& graph,
                  std::string const& subject, std::string_view predicate, language::key key) {
    auto const found = with_key(s.declaration->properties, key);
    if (found.empty()) return;
    std::string const node_prefix =
        std::string(subject).append("/").append(language::word_of(key)).append("-");
    int counter = 0;
    for (auto const* p : found) {
        auto const* list = value_as<ast::reference_or_text_list>(*p);
        if (list == nullptr) continue;
        for (auto const& item : list->items) {
            if (auto const* id = boost::get<ast::identifier>(&item)) {
                if (symbol const* target =
                        e.resolve.reference(s.file_index, *id, language::refers_to(key, s.kind),
                                            reference_role(key, s.kind)))
                    e.add_reference(graph, subject, predicate, *target);
                continue;
            }
            auto const& description = boost::get<ast::text>(item);
            auto language = e.resolve.language_of(s.file_index, description);
            if (!language || !e.resolve.check_text(s.file_index, description)) continue;
            std::string const node = node_prefix + std::to_string(++counter);
            e.model.add_minted_iri(graph, subject, predicate, node);
            e.model.add_minted_iri(graph, node, rdf::type, ev::DescribedGroup);
            e.model.add_text(graph, node, rdfs::label, description.value, *language);
        }
    }
}

void emit_date_value(emitter& e, local_symbol const& s, std::string const& graph,
                     std::string const& subject, std::string_view predicate,
                     ast::date_point const& point) {
    auto span = e.resolve.resolve_point(s, point);
    if (!span) return;
    if (span->lexical.empty()) {
        e.resolve.error(s.file_index, date_point_node(point),
                        "this date must be a single day, month or year, not a weekend");
        return;
    }
    e.model.add_typed(graph, subject, predicate, span->lexical, xsd_datatype(span->xsd_type));
}

} // namespace evkg::kg
