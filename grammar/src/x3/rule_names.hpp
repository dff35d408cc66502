// The names of the grammar's rules. X3 reports an expectation failure by the
// name of the rule it expected, so each name is written to complete the
// sentence "expected ...". parse_session.cpp also keys its "did you mean"
// suggestions on some of them.
#pragma once

namespace evkg::parser::names {

inline constexpr char const* statement =
    "a declaration (report, outlet, state, government, force, pmc, group, coalition, "
    "organisation, person, source, alliance, mechanism, place, event, claim), `prefix` or `use`";
inline constexpr char const* kind = "a declaration kind";
inline constexpr char const* declaration_id = "an identifier naming the declaration";
inline constexpr char const* identifier = "an identifier";
inline constexpr char const* text = "a string";
inline constexpr char const* iri = "an IRI (<http://...> or prefix:name)";
inline constexpr char const* iri_ref = "an IRI in angle brackets (<http://...>)";
inline constexpr char const* prefix_name = "a prefix name followed by ':' (wd:)";
inline constexpr char const* integer = "an integer";
inline constexpr char const* decimal = "a decimal number (19.95)";
inline constexpr char const* date =
    "a date (YYYY-MM-DD, YYYY-MM, YYYY) or a day word such as tuesday";
inline constexpr char const* until = "a date, a day word or `ended`";
inline constexpr char const* property_or_close = "a property keyword or '}'";
inline constexpr char const* figure_property_or_close =
    "a property of a casualty figure (victims, status, nationality, ethnicity, mainly, side, "
    "including) or '}'";
inline constexpr char const* quantity =
    "a quantity (exactly N, at-least N, at-most N, about N, between N and M, dozens, scores, "
    "hundreds, several, many, unspecified)";
inline constexpr char const* outcome =
    "a casualty outcome (killed, injured, abducted, displaced, arrested, losses)";
inline constexpr char const* role = "a role and its organisation (spokesperson of csp-dpa)";
inline constexpr char const* of_keyword = "`of`";
inline constexpr char const* and_keyword = "`and`";
inline constexpr char const* comma = "','";
inline constexpr char const* coordinates = "coordinates: latitude, longitude (19.95, 2.98)";
inline constexpr char const* reference_or_text = "an identifier or a string";
inline constexpr char const* qualified_text = "a string (optionally after `mainly`)";
inline constexpr char const* place = "an identifier (a place)";

} // namespace evkg::parser::names
