// The abstract syntax tree of the evkg annotation language (docs/language.md).
//
// Plain structs in the style of the Spirit X3 examples: every node that a
// diagnostic may point at derives from x3::position_tagged, so the parser's
// position cache maps it back to a byte range of its source file.
// The grammar only checks syntax; which property belongs to which kind of
// declaration, and what an identifier refers to, is checked later
// (grammar/check_structure and kg/resolve).
#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

namespace evkg::ast {

namespace x3 = boost::spirit::x3;

// A name: an identifier, a keyword in key position, or a vocabulary notation
// such as `drone-strike`. ASCII only: [A-Za-z_][A-Za-z0-9_-]*.
struct identifier : x3::position_tagged {
    std::string name;
};

// A quoted string, escapes already decoded to UTF-8; `language` is the BCP 47
// tag written after it (`"..."@fr`), lower-cased, or empty.
struct text : x3::position_tagged {
    std::string value;
    std::string language;
};

// `<http://...>` (prefix empty, prefixed == false) or `wd:Q912`
// (prefix "wd", value "Q912", prefixed == true). Expanded and validated in kg/.
struct iri : x3::position_tagged {
    std::string prefix;
    std::string value;
    bool prefixed = false;
};

struct integer : x3::position_tagged {
    std::uint64_t value = 0;
};

// 2024-07-30, 2024-07 or 2024: month and day are 0 when not written.
struct calendar_date : x3::position_tagged {
    int year = 0;
    int month = 0;
    int day = 0;
};

// A day named relative to the report's publication date: today, yesterday,
// monday ... sunday, weekend (see docs/language.md, "Dates").
struct relative_day : x3::position_tagged {
    std::string word;
};

struct date_point : x3::variant<calendar_date, relative_day> {
    using base_type::base_type;
    using base_type::operator=;
};

// `date saturday`, `date 2024-07-25 .. 2024-07-27 "three days of combat"`.
struct date_expression : x3::position_tagged {
    date_point from;
    boost::optional<date_point> to;
    boost::optional<text> phrase;
};

// The end of a time-valid relation: a date, or the word `ended` (ended, date
// not given).
struct ended_marker : x3::position_tagged {};
struct until_point : x3::variant<date_point, ended_marker> {
    using base_type::base_type;
    using base_type::operator=;
};

// `mali since 2023-09-16 until ended`: a reference valid during an interval.
struct timed_reference : x3::position_tagged {
    identifier target;
    boost::optional<date_point> since;
    boost::optional<until_point> until;
};

// `spokesperson of csp-dpa`: a role (vocabulary notation) held in an actor.
struct role_in : x3::position_tagged {
    identifier role;
    identifier organisation;
};

// `tinzaouatene direction south`: proximity to a place.
struct proximity : x3::position_tagged {
    identifier place;
    boost::optional<identifier> direction;
};

// `at 19.95, 2.98`: WGS 84 latitude, longitude in decimal degrees, kept as
// written (validated and canonicalised in kg/).
struct coordinates : x3::position_tagged {
    std::string latitude;
    std::string longitude;
};

// `at-least 6 "at least six"`, `between 10 and 15`, `dozens`.
// qualifier: exactly | at-least | at-most | about | between | dozens | scores
// | hundreds | several | many | unspecified. numbers holds the 0, 1 or 2
// numbers that qualifier takes.
struct quantity : x3::position_tagged {
    identifier qualifier;
    std::vector<integer> numbers;
    boost::optional<text> phrase;
};

// `mainly` and other flags that take no value.
struct flag : x3::position_tagged {};

// A value that is either a reference or a description:
// `target fama` or `target "civilian gold miners"`.
struct reference_or_text : x3::variant<identifier, text> {
    using base_type::base_type;
    using base_type::operator=;
};

struct casualty_figure;
struct property;

// Lists are written with commas: `member mali, burkina-faso, niger`.
struct identifier_list : x3::position_tagged {
    std::vector<identifier> items;
};
struct text_list : x3::position_tagged {
    std::vector<text> items;
};
struct iri_list : x3::position_tagged {
    std::vector<iri> items;
};
struct integer_list : x3::position_tagged {
    std::vector<integer> items;
};
struct timed_reference_list : x3::position_tagged {
    std::vector<timed_reference> items;
};
struct proximity_list : x3::position_tagged {
    std::vector<proximity> items;
};
struct reference_or_text_list : x3::position_tagged {
    std::vector<reference_or_text> items;
};

// `ethnic-base mainly "Tuareg"`.
struct qualified_text : x3::position_tagged {
    boost::optional<flag> mainly;
    text value;
};

// The large, rare alternatives live behind a pointer (x3::forward_ast): a
// property then takes about 90 bytes instead of about 250, and a corpus of
// annotations is mostly properties. Read values with value_if<T>, which
// unboxes them.
struct property_value
    : x3::variant<identifier_list, text_list, iri_list, integer_list,
                  x3::forward_ast<date_expression>, timed_reference_list, x3::forward_ast<role_in>,
                  proximity_list, x3::forward_ast<coordinates>, reference_or_text_list,
                  x3::forward_ast<qualified_text>, flag, ended_marker,
                  x3::forward_ast<casualty_figure>> {
    using base_type::base_type;
    using base_type::operator=;
};

template <typename T>
inline constexpr bool is_boxed_value =
    std::is_same_v<T, date_expression> || std::is_same_v<T, role_in> ||
    std::is_same_v<T, coordinates> || std::is_same_v<T, qualified_text> ||
    std::is_same_v<T, casualty_figure>;

// The value as the alternative T (boxed or not), or nullptr when it holds
// another one.
template <typename T>
T const* value_if(property_value const& value) {
    if constexpr (is_boxed_value<T>) {
        auto const* boxed = boost::get<x3::forward_ast<T>>(&value.get());
        return boxed == nullptr ? nullptr : &boxed->get();
    } else {
        return boost::get<T>(&value.get());
    }
}

// `key value`: the key is a property keyword (docs/language.md lists which
// keyword takes which value and where it may stand).
struct property : x3::position_tagged {
    identifier key;
    property_value value;
};

// `casualties killed at-least 6 "at least six" { victims "civilians" ... }`:
// only inside a claim; its block holds figure properties, never another
// figure, so the grammar is not recursive.
struct casualty_figure : x3::position_tagged {
    identifier outcome;
    quantity amount;
    std::vector<property> details;
};

// `claim c4 "a local official on the toll" { ... }`.
struct declaration : x3::position_tagged {
    identifier kind;
    identifier id;
    boost::optional<text> label;
    std::vector<property> properties;
};

// `prefix wd: <http://www.wikidata.org/entity/>`; name excludes the colon.
struct prefix_declaration : x3::position_tagged {
    identifier name;
    iri value;
};

// `use "registry.ev"`: path relative to the file that says it.
struct use_declaration : x3::position_tagged {
    text path;
};

struct statement : x3::variant<prefix_declaration, use_declaration, declaration> {
    using base_type::base_type;
    using base_type::operator=;
};

struct document {
    std::vector<statement> statements;
};

} // namespace evkg::ast
