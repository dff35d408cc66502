// The resolved model: what one declaration says once every reference names
// a declaration, every notation a concept, every date a time span with its
// precision, every figure its bounds and every text its language. resolve/
// builds it (resolve_declaration.hpp) and reports each mistake on the way;
// emit/ turns it into quads and reports nothing. `check` stops here.
//
// A record points into the AST it was resolved from (texts) and into the
// corpus index (symbols, reports): both outlive it. Lists keep the order of
// the text, and the fields of a record are in the order emit/ writes them,
// so diagnostics and streamed lines come in the order they always have.
#pragma once

#include "evkg/kg/dates.hpp"
#include "evkg/kg/figures.hpp"
#include "index/corpus_index.hpp"

#include <boost/container/small_vector.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace evkg::kg::resolved {

// Most lists of a declaration hold one or two items: kept inline, they cost
// no allocation (a record is built for every declaration of the corpus).
template <typename T, std::size_t inline_items = 2>
using list = boost::container::small_vector<T, inline_items>;

using reference_list = list<symbol const*>;
using concept_list = list<std::string_view>; // concept IRIs, from the ontology
using iri_list = list<std::string, 1>;       // expanded and checked

// A literal text with its language decided (its own tag, or the default the
// construct gives it); `language` empty: untagged.
struct text {
    std::string_view value;
    std::string language;
};
using text_list = list<text, 1>;

// A date property's time span node (SUBJECT/time), with its phrase: the one
// written after the date, else the date as spelt.
struct time_node {
    time_span span;
    std::string phrase;
    std::string phrase_language;
};
using time_node_list = list<time_node, 1>;

// `since` / `until` of a time-valid relation; each a single day, month or
// year (its lexical form and XSD datatype in the span).
struct validity {
    std::optional<time_span> since;
    std::optional<time_span> until;
    bool ended = false; // `until ended`
};

// One item of `target` / `victim`: an actor, or a described group.
struct target {
    symbol const* actor = nullptr;
    text description; // when actor is null
};
using target_list = list<target>;

// What every declaration has: labels, aliases, notes, same-as, sentences.
struct common_properties {
    std::optional<text> label;
    text_list aliases;
    text_list notes;
    iri_list same_as;
    list<std::uint64_t> sentences;
};

struct report_details {
    report_info const* info = nullptr; // the index's: outlet, date, language
    text_list text_files;
    iri_list urls;
};

// membership/ORG/MEMBER: from `member`, `member-of` or `role R in ORG`.
struct membership {
    symbol const* organisation = nullptr;
    symbol const* member = nullptr;
    std::optional<std::string_view> role; // `role`: the concept, if it resolved
    std::optional<validity> valid;        // `member` and `member-of`
};
using membership_list = list<membership, 1>;

// affiliation/ACTOR/KEY/OTHER: `linked-to` or `supported-by`.
struct affiliation {
    symbol const* other = nullptr;
    validity valid;
};
using affiliation_list = list<affiliation, 1>;

struct ethnic_base {
    std::optional<text> value; // absent when its text was refused
    bool mainly = false;
};

// Actors, outlets, alliances and mechanisms.
struct actor {
    reference_list of; // acts for, or (a mechanism) mechanism of
    reference_list countries;
    concept_list ideologies;
    list<ethnic_base, 1> ethnic_bases;
    text_list objectives;
    text_list acled_names;
    list<time_span, 1> founded;
    list<time_span, 1> dissolved;
    bool ended = false;
    membership_list memberships; // member, member-of, role: in that order
    affiliation_list linked_to;
    affiliation_list supported_by;
    iri_list urls;
};

struct proximity {
    symbol const* other = nullptr;
    std::optional<std::string_view> direction;
};

// Coordinates in canonical decimal degrees, checked in range.
struct point {
    std::string latitude;
    std::string longitude;
};

struct place {
    concept_list kinds;
    reference_list within;
    list<proximity, 1> near;
    list<point, 1> points;
};

struct event {
    concept_list types;
    time_node_list dates;
    reference_list places;
    reference_list perpetrators;
    reference_list coordinated_with;
    reference_list accompanied_by;
    reference_list participants;
    target_list targets;
    target_list victims;
    reference_list mechanisms; // `under`
    reference_list part_of;
};

// A quote, found in the report's text when the report has one.
struct quote {
    text value;
    std::optional<article_text::span> found;
};

// One `casualties` block of a claim; numbered figure-1, figure-2 ... in the
// claim's order, whatever resolved of it.
struct figure {
    std::optional<std::string_view> outcome;
    std::optional<std::string_view> quantifier;
    std::optional<figure_bounds> bounds;
    std::optional<text> phrase;
    text_list victims;
    text_list ethnicities;
    text_list including;
    concept_list statuses;
    reference_list nationalities;
    reference_list sides;
    bool mainly = false;
};

// A claim: metadata in its report's graph, content in its own.
// Its report is the declaration's (never null: a claim needs one).
struct claim {
    // metadata
    reference_list by;
    reference_list told_to;
    concept_list acts;
    time_node_list stated_during;
    reference_list about;
    concept_list aspects;
    list<quote, 1> quotes;
    bool has_verification = false; // verified by the report's outlet
    concept_list verifications;
    reference_list contradicts;
    reference_list corroborates;
    reference_list revises;
    // content
    reference_list perpetrators;
    reference_list coordinated_with;
    reference_list accompanied_by;
    reference_list participants;
    reference_list places;
    reference_list mechanisms;
    target_list targets;
    target_list victims;
    text_list propositions;
    list<figure, 1> figures;
};

// ---- statements: dated facts a report gives about declared entities ----

// What every statement has: the claim whose content it is (none: the
// report's own voice) and the events that began and ended what it states.
struct statement_links {
    symbol const* according_to = nullptr; // a claim of the same report
    reference_list started_by;
    reference_list ended_by;
};

// `office`: a holder in a post of an organisation or state.
struct office {
    statement_links links;
    symbol const* holder = nullptr;
    validity valid;
    symbol const* organisation = nullptr; // from `role POST of ORG`
    std::optional<std::string_view> post; // the role concept
    concept_list ranks;
    text_list titles;
};

// `control`: who holds a territory.
struct control {
    statement_links links;
    symbol const* controller = nullptr;
    validity valid;
    reference_list territories;
};

// Where a reported membership stands on its report's publication date.
enum class membership_status : std::uint8_t {
    active,
    withdrawal_pending,
    withdrawn,
    suspended,
    expelled,
    future,
};

// One member of a `membership` statement.
struct stated_membership {
    symbol const* member = nullptr;
    validity valid;
    std::optional<membership_status> status; // none: the report has no date
};

// `membership`: members of one organisation with their lifecycle.
struct membership_statement {
    statement_links links;
    symbol const* organisation = nullptr;
    list<stated_membership, 3> members;
    bool founding = false;
    std::optional<time_span> withdrawal_announced;
    std::optional<time_span> suspended;
    std::optional<time_span> reinstated;
    std::optional<time_span> expelled;
};

// One declaration, resolved.
struct declaration {
    local_symbol const* declared = nullptr;
    // The report it belongs to (its graph and provenance); null: the registry.
    report_info const* report = nullptr;
    common_properties common;
    std::variant<actor, report_details, place, event, claim, office, control, membership_statement>
        details;
};

} // namespace evkg::kg::resolved
