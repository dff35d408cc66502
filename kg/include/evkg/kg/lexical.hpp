// Lexical forms: everything that becomes the text of an RDF literal or a
// language tag is checked and canonicalised here, because Serd 0.30 writes
// xsd:integer/decimal/boolean forms and language tags raw (an "integer"
// `12 . <x> <y> <z>` would become two triples).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evkg::kg {

// Code points of valid UTF-8 without NUL and without surrogates; nullopt for
// anything else (overlong forms, truncated sequences, > U+10FFFF).
std::optional<std::vector<char32_t>> decode_utf8(std::string_view text);

// True when `text` may be a literal's lexical form: valid UTF-8, no NUL.
bool is_literal_text(std::string_view text);

// Number of code points in valid UTF-8.
std::size_t count_code_points(std::string_view text);

// xsd:integer canonical form of an optionally signed decimal digit string
// ("007" -> "7", "-0" -> "0", "+5" -> "5"); nullopt when not an integer.
std::optional<std::string> canonical_integer(std::string_view text);

// xsd:decimal canonical form of `-?[0-9]+(\.[0-9]+)?` with at least one digit
// on each side of the point ("05.50" -> "5.5", "3" -> "3.0", "-0.0" -> "0.0");
// nullopt otherwise (no exponent, no leading '+', no '.5').
std::optional<std::string> canonical_decimal(std::string_view text);

inline std::string canonical_boolean(bool value) { return value ? "true" : "false"; }

// BCP 47 syntax `[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*`, lower-cased; nullopt when
// malformed.
std::optional<std::string> canonical_language_tag(std::string_view tag);

} // namespace evkg::kg
