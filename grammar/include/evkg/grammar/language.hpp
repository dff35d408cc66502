// The language table: every word of the annotation language in one place
// (docs/language.md). The parser's keyword tables, the structure checks, the
// rule names and messages, the "did you mean" lists, the kg's kinds and the
// emitters' property names are all read from here; tests check the spec's
// property table against it in both directions.
//
// A property is named in C++ by its `key`, never by a string: a misspelt key
// does not compile. Adding a key means one row in `properties`; the suite
// then fails until the spec lists it and an emitter gives it an effect
// (tests/kg/test_language_table.cpp).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace evkg::language {

// ---- kinds ---------------------------------------------------------------------

// Every kind of declaration (the last three are statements: dated facts a
// report gives about declared entities), then `figure`: the block of a `casualties`
// property, which takes properties as a declaration does but is never declared.
enum class kind : std::uint8_t {
    report,
    outlet,
    state,
    government,
    force,
    pmc,
    group,
    coalition,
    organisation,
    person,
    source,
    alliance,
    mechanism,
    place,
    event,
    claim,
    office,
    control,
    membership,
    figure,
};

struct kind_info {
    kind which;
    std::string_view word;   // as written: `event`
    std::string_view phrase; // in messages: "an event"
};

inline constexpr std::array<kind_info, 20> kinds{{
    {kind::report, "report", "a report"},
    {kind::outlet, "outlet", "an outlet"},
    {kind::state, "state", "a state"},
    {kind::government, "government", "a government"},
    {kind::force, "force", "a force"},
    {kind::pmc, "pmc", "a pmc"},
    {kind::group, "group", "a group"},
    {kind::coalition, "coalition", "a coalition"},
    {kind::organisation, "organisation", "an organisation"},
    {kind::person, "person", "a person"},
    {kind::source, "source", "a source"},
    {kind::alliance, "alliance", "an alliance"},
    {kind::mechanism, "mechanism", "a mechanism"},
    {kind::place, "place", "a place"},
    {kind::event, "event", "an event"},
    {kind::claim, "claim", "a claim"},
    {kind::office, "office", "an office"},
    {kind::control, "control", "a control statement"},
    {kind::membership, "membership", "a membership statement"},
    {kind::figure, "figure", "a casualty figure"},
}};

// The kinds a file may declare: all but `figure`.
inline constexpr std::size_t declared_kind_count = kinds.size() - 1;

constexpr kind_info const& info(kind k) { return kinds[static_cast<std::size_t>(k)]; }

// A declarable kind by its word; nullopt for anything else (`figure` too).
constexpr std::optional<kind> kind_named(std::string_view word) {
    for (std::size_t i = 0; i < declared_kind_count; ++i)
        if (kinds[i].word == word) return kinds[i].which;
    return std::nullopt;
}

// A set of kinds: where a property may stand, what a reference may name.
class kind_set {
public:
    constexpr kind_set() = default;
    constexpr kind_set(std::initializer_list<kind> members) {
        for (kind k : members)
            bits_ |= bit(k);
    }
    constexpr bool contains(kind k) const { return (bits_ & bit(k)) != 0; }
    constexpr bool empty() const { return bits_ == 0; }
    constexpr kind_set operator|(kind_set other) const { return from_bits(bits_ | other.bits_); }
    constexpr kind_set operator&(kind_set other) const { return from_bits(bits_ & other.bits_); }
    constexpr kind_set without(kind_set other) const { return from_bits(bits_ & ~other.bits_); }
    constexpr bool operator==(kind_set const&) const = default;

private:
    static constexpr std::uint32_t bit(kind k) { return 1u << static_cast<unsigned>(k); }
    static constexpr kind_set from_bits(std::uint32_t bits) {
        kind_set out;
        out.bits_ = bits;
        return out;
    }
    std::uint32_t bits_ = 0;
};

namespace sets {
inline constexpr kind_set declarations = [] {
    kind_set all;
    for (std::size_t i = 0; i < declared_kind_count; ++i)
        all = all | kind_set{kinds[i].which};
    return all;
}();
// Who can act, speak or be affiliated.
inline constexpr kind_set actors{kind::outlet, kind::state, kind::government, kind::force,
                                 kind::pmc,    kind::group, kind::coalition,  kind::organisation,
                                 kind::person, kind::source};
// What has members and a lifetime.
inline constexpr kind_set organisations{kind::alliance, kind::coalition, kind::organisation,
                                        kind::group};
inline constexpr kind_set places{kind::place, kind::state};
// Dated facts about declared entities, sourced to a report (or a claim in it).
inline constexpr kind_set statements{kind::office, kind::control, kind::membership};
} // namespace sets

// ---- properties -------------------------------------------------------------------

// The shape of a property's value: which grammar rule reads it.
enum class value_shape : std::uint8_t {
    references,  // identifiers: declarations, vocabulary notations or a language tag
    texts,       // strings
    iris,        // <...> or prefix:name
    integers,    //
    dates,       // a date expression: a point or a range, with an optional phrase
    members,     // identifiers with `since` / `until`
    role,        // `spokesperson of csp-dpa`
    nears,       // places with an optional `direction`
    coordinates, // latitude, longitude
    targets,     // identifiers or strings
    qualified,   // a string, optionally after `mainly`
    flag,        // the keyword alone
    ended,       // the keyword alone: ended, date not given
    casualties,  // a casualty figure with its block
};

// How many values a property takes in one declaration.
enum class arity : std::uint8_t {
    many,     // a list, and the property may be repeated
    once,     // at most once per declaration
    one_item, // at most once, with exactly one item
};

// What a date property accepts.
enum class date_form : std::uint8_t {
    any,       // a point or a range
    one_point, // no range
    full_day,  // no range, and a full calendar date (YYYY-MM-DD)
};

// The SKOS vocabularies whose notations properties take (kg/ maps each to its
// scheme's IRIs).
enum class vocabulary : std::uint8_t {
    none,
    event_type,
    role,
    quantifier,
    outcome,
    combatant_status,
    speech_act,
    aspect,
    verification,
    ideology,
    place_type,
    direction,
    affiliation,
    precision,
    rank,
};

enum class key : std::uint8_t {
    alias,
    same_as,
    note,
    sentence,
    outlet,
    published,
    url,
    language,
    text,
    of,
    country,
    ideology,
    ethnic_base,
    objective,
    acled_name,
    member,
    member_of,
    role,
    linked_to,
    supported_by,
    founded,
    dissolved,
    ended,
    kind,
    in,
    near,
    at,
    type,
    date,
    place,
    perpetrator,
    coordinated_with,
    accompanied_by,
    participant,
    target,
    victim,
    under,
    part_of,
    by,
    to,
    report,
    act,
    on,
    about,
    aspect,
    quote,
    verification,
    contradicts,
    corroborates,
    revises,
    asserts,
    casualties,
    victims,
    status,
    nationality,
    ethnicity,
    mainly,
    side,
    including,
    holder,
    rank,
    title,
    controller,
    territory,
    founding,
    withdrawal_announced,
    suspended,
    reinstated,
    expelled,
    started_by,
    ended_by,
    according_to,
};

// One property keyword. `refers_to` and `vocabulary` say what its
// identifiers name (both empty: a language tag); `role` is how a diagnostic
// about a reference names it (empty: "the `KEY` of A KIND").
struct property_info {
    key which;
    std::string_view word;
    value_shape shape;
    kind_set where;
    arity how_many;
    kind_set refers_to = {};
    vocabulary notations = vocabulary::none;
    std::string_view notation_noun = {}; // "event type": unknown event type `x`
    std::string_view role = {};
    date_form dates = date_form::any;
};

namespace detail {
using enum value_shape;
using enum arity;
using k = kind;
inline constexpr kind_set all = sets::declarations;
inline constexpr kind_set organised = sets::organisations;
inline constexpr kind_set affiliates = sets::actors | sets::organisations | kind_set{k::alliance};
inline constexpr kind_set statements = sets::statements;
} // namespace detail

// docs/language.md, "Properties", in its order (messages list keys in it).
inline constexpr auto properties = [] {
    using namespace detail;
    using v = vocabulary;
    return std::array<property_info, 72>{{
        {key::alias, "alias", texts, all.without(statements | kind_set{k::claim, k::report}), many},
        {key::same_as, "same-as", iris, all.without(statements | kind_set{k::claim}), many},
        {key::note, "note", texts, all, many},
        {key::sentence, "sentence", integers, all, many},
        {key::outlet,
         "outlet",
         references,
         {k::report},
         one_item,
         {k::outlet},
         v::none,
         {},
         "the outlet"},
        {key::published,
         "published",
         dates,
         {k::report},
         once,
         {},
         v::none,
         {},
         {},
         date_form::full_day},
        {key::url, "url", iris, {k::report, k::outlet}, one_item},
        {key::language, "language", references, {k::report}, one_item},
        {key::text, "text", texts, {k::report}, one_item},
        {key::of,
         "of",
         references,
         {k::force, k::government, k::source, k::person, k::organisation, k::mechanism,
          k::membership},
         one_item,
         sets::actors | organised},
        {key::country, "country", references, sets::actors, many, {k::state}},
        {key::ideology,
         "ideology",
         references,
         {k::group, k::coalition, k::organisation},
         many,
         {},
         v::ideology,
         "ideology"},
        {key::ethnic_base, "ethnic-base", qualified, {k::group, k::coalition}, once},
        {key::objective, "objective", texts, sets::actors, many},
        {key::acled_name, "acled-name", texts, sets::actors, many},
        {key::member,
         "member",
         members,
         {k::alliance, k::coalition, k::organisation, k::membership},
         many,
         affiliates,
         v::none,
         {},
         "a member"},
        {key::member_of,
         "member-of",
         members,
         sets::actors,
         many,
         organised | kind_set{k::alliance},
         v::none,
         {},
         "the organisation of `member-of`"},
        {key::role,
         "role",
         role,
         {k::person, k::office},
         many,
         affiliates,
         v::role,
         "role",
         "the organisation of a role"},
        {key::linked_to,
         "linked-to",
         members,
         sets::actors,
         many,
         affiliates,
         v::none,
         {},
         "the object of `linked-to`"},
        {key::supported_by,
         "supported-by",
         members,
         sets::actors,
         many,
         affiliates,
         v::none,
         {},
         "the object of `supported-by`"},
        {key::founded,
         "founded",
         dates,
         organised,
         once,
         {},
         v::none,
         {},
         {},
         date_form::one_point},
        {key::dissolved,
         "dissolved",
         dates,
         organised,
         once,
         {},
         v::none,
         {},
         {},
         date_form::one_point},
        {key::ended, "ended", ended, organised, once},
        {key::kind, "kind", references, {k::place}, one_item, {}, v::place_type, "kind of place"},
        {key::in, "in", references, {k::place}, one_item, sets::places},
        {key::near,
         "near",
         nears,
         {k::place},
         many,
         sets::places,
         v::direction,
         "direction",
         "a place `near`"},
        {key::at, "at", coordinates, {k::place}, once},
        {key::type, "type", references, {k::event}, one_item, {}, v::event_type, "event type"},
        {key::date, "date", dates, {k::event}, once},
        {key::place, "place", references, {k::event, k::claim}, one_item, sets::places},
        {key::perpetrator, "perpetrator", references, {k::event, k::claim}, many, sets::actors},
        {key::coordinated_with,
         "coordinated-with",
         references,
         {k::event, k::claim},
         many,
         sets::actors},
        {key::accompanied_by,
         "accompanied-by",
         references,
         {k::event, k::claim},
         many,
         sets::actors},
        {key::participant, "participant", references, {k::event, k::claim}, many, sets::actors},
        {key::target, "target", targets, {k::event, k::claim}, many, sets::actors},
        {key::victim, "victim", targets, {k::event, k::claim}, many, sets::actors},
        {key::under, "under", references, {k::event, k::claim}, one_item, {k::mechanism}},
        {key::part_of, "part-of", references, {k::event}, one_item, {k::event}},
        {key::by, "by", references, {k::claim}, many, sets::actors},
        {key::to, "to", references, {k::claim}, one_item, {k::outlet}},
        {key::report,
         "report",
         references,
         statements | kind_set{k::claim, k::event},
         one_item,
         {k::report},
         v::none,
         {},
         "the report"},
        {key::act, "act", references, {k::claim}, one_item, {}, v::speech_act, "speech act"},
        {key::on, "on", dates, {k::claim}, once},
        {key::about, "about", references, {k::claim}, many, {k::event}},
        {key::aspect, "aspect", references, {k::claim}, many, {}, v::aspect, "aspect"},
        {key::quote, "quote", texts, {k::claim}, one_item},
        {key::verification,
         "verification",
         references,
         {k::claim},
         one_item,
         {},
         v::verification,
         "verification status"},
        {key::contradicts, "contradicts", references, {k::claim}, many, {k::claim}},
        {key::corroborates, "corroborates", references, {k::claim}, many, {k::claim}},
        {key::revises, "revises", references, {k::claim}, many, {k::claim}},
        {key::asserts, "asserts", texts, {k::claim}, many},
        {key::casualties, "casualties", casualties, {k::claim}, many},
        {key::victims, "victims", texts, {k::figure}, one_item},
        {key::status,
         "status",
         references,
         {k::figure},
         one_item,
         {},
         v::combatant_status,
         "combatant status"},
        {key::nationality, "nationality", references, {k::figure}, many, {k::state}},
        {key::ethnicity, "ethnicity", texts, {k::figure}, many},
        {key::mainly, "mainly", flag, {k::figure}, once},
        {key::side, "side", references, {k::figure}, many, sets::actors},
        {key::including, "including", texts, {k::figure}, many},
        {key::holder,
         "holder",
         members,
         {k::office},
         one_item,
         sets::actors,
         v::none,
         {},
         "the holder of an office"},
        {key::rank, "rank", references, {k::office}, one_item, {}, v::rank, "rank"},
        {key::title, "title", texts, {k::office}, one_item},
        {key::controller,
         "controller",
         members,
         {k::control},
         one_item,
         affiliates,
         v::none,
         {},
         "the controller of a territory"},
        {key::territory, "territory", references, {k::control}, one_item, sets::places},
        {key::founding, "founding", flag, {k::membership}, once},
        {key::withdrawal_announced,
         "withdrawal-announced",
         dates,
         {k::membership},
         once,
         {},
         v::none,
         {},
         {},
         date_form::one_point},
        {key::suspended,
         "suspended",
         dates,
         {k::membership},
         once,
         {},
         v::none,
         {},
         {},
         date_form::one_point},
        {key::reinstated,
         "reinstated",
         dates,
         {k::membership},
         once,
         {},
         v::none,
         {},
         {},
         date_form::one_point},
        {key::expelled,
         "expelled",
         dates,
         {k::membership},
         once,
         {},
         v::none,
         {},
         {},
         date_form::one_point},
        {key::started_by, "started-by", references, statements, one_item, {k::event}},
        {key::ended_by, "ended-by", references, statements, one_item, {k::event}},
        {key::according_to,
         "according-to",
         references,
         statements,
         one_item,
         {k::claim},
         v::none,
         {},
         "the claim a statement belongs to"},
    }};
}();

constexpr property_info const& info(key k) { return properties[static_cast<std::size_t>(k)]; }
constexpr std::string_view word_of(key k) { return info(k).word; }

// The kinds a reference of `k` standing in `where` may name: a mechanism's
// `of` is its alliance, a membership's the organisation joined, anyone
// else's `of` whom they act for.
constexpr kind_set refers_to(key k, kind where) {
    if (k == key::of && (where == kind::mechanism || where == kind::membership))
        return sets::organisations | kind_set{kind::alliance};
    return info(k).refers_to;
}

// The order keyword lookups search: by length, then by text, so a lookup
// compares lengths first and bytes only among the few words as long.
constexpr bool shorter_first(std::string_view a, std::string_view b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// The properties in shorter_first order, for find_property (which runs for
// every property of a corpus).
inline constexpr auto properties_by_word = [] {
    std::array<property_info const*, properties.size()> index{};
    for (std::size_t i = 0; i < index.size(); ++i)
        index[i] = &properties[i];
    std::sort(index.begin(), index.end(), [](property_info const* a, property_info const* b) {
        return shorter_first(a->word, b->word);
    });
    return index;
}();

constexpr property_info const* find_property(std::string_view word) {
    auto const found = std::lower_bound(
        properties_by_word.begin(), properties_by_word.end(), word,
        [](property_info const* p, std::string_view w) { return shorter_first(p->word, w); });
    return found != properties_by_word.end() && (*found)->word == word ? *found : nullptr;
}

// ---- values -----------------------------------------------------------------------

// `at-least 6`, `between 10 and 15`, `dozens`: each quantity word with the
// count of numbers it takes.
struct quantity_info {
    std::string_view word;
    std::uint8_t numbers;
};
inline constexpr std::array<quantity_info, 11> quantities{{
    {"exactly", 1},
    {"at-least", 1},
    {"at-most", 1},
    {"about", 1},
    {"between", 2},
    {"dozens", 0},
    {"scores", 0},
    {"hundreds", 0},
    {"several", 0},
    {"many", 0},
    {"unspecified", 0},
}};

// What happened to the people a figure counts.
inline constexpr std::array<std::string_view, 6> outcomes{"killed",    "injured",  "abducted",
                                                          "displaced", "arrested", "losses"};

// Days named relative to the report's publication date.
inline constexpr std::array<std::string_view, 10> day_words{
    "today",    "yesterday", "monday",   "tuesday", "wednesday",
    "thursday", "friday",    "saturday", "sunday",  "weekend"};

// ---- the table's own invariants ----------------------------------------------------

namespace detail {
constexpr bool rows_in_key_order() {
    for (std::size_t i = 0; i < properties.size(); ++i)
        if (static_cast<std::size_t>(properties[i].which) != i) return false;
    return true;
}
constexpr bool words_unique() {
    for (std::size_t i = 1; i < properties_by_word.size(); ++i)
        if (properties_by_word[i - 1]->word == properties_by_word[i]->word) return false;
    return true;
}
constexpr bool every_property_stands_somewhere() {
    for (auto const& p : properties)
        if (p.where.empty()) return false;
    return true;
}
// A reference names declarations or notations; only `language` names neither.
constexpr bool references_say_what_they_name() {
    for (auto const& p : properties) {
        bool const names_something = !p.refers_to.empty() || p.notations != vocabulary::none;
        bool const takes_identifiers =
            p.shape == value_shape::references || p.shape == value_shape::members ||
            p.shape == value_shape::role || p.shape == value_shape::nears ||
            p.shape == value_shape::targets;
        if (takes_identifiers != (names_something || p.which == key::language)) return false;
        if ((p.notations != vocabulary::none) != !p.notation_noun.empty()) return false;
        if ((p.dates != date_form::any) && p.shape != value_shape::dates) return false;
    }
    return true;
}
constexpr bool kinds_in_enum_order() {
    for (std::size_t i = 0; i < kinds.size(); ++i)
        if (static_cast<std::size_t>(kinds[i].which) != i) return false;
    return true;
}
} // namespace detail

static_assert(detail::rows_in_key_order(), "language::properties: one row per key, in key order");
static_assert(detail::words_unique(), "language::properties: a keyword is in two rows");
static_assert(detail::every_property_stands_somewhere(), "a property that stands nowhere");
static_assert(detail::references_say_what_they_name(),
              "a reference property must say what it names (kinds or a vocabulary)");
static_assert(detail::kinds_in_enum_order(), "language::kinds: one row per kind, in enum order");
static_assert(static_cast<std::size_t>(key::according_to) + 1 == properties.size(),
              "language::properties: a key without a row");

} // namespace evkg::language
