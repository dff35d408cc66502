// IRI validation (RFC 3987) and minting of evkg's data IRIs
// (docs/rdf-mapping.md, "Data IRIs"). Serd escapes bad IRI characters in a way
// strict parsers reject, and writes whatever it is given: so no IRI reaches
// Serd before it passed `iri_problem`.
#pragma once

#include <string>
#include <string_view>

namespace evkg::kg {

// Longest IRI we accept (a sanity bound, not an RFC limit).
inline constexpr std::size_t max_iri_bytes = 8192;
// Longest declared identifier: it becomes a path segment of minted IRIs,
// which must stay well under max_iri_bytes whatever the base.
inline constexpr std::size_t max_identifier_bytes = 1024;
// Longest base IRI (--base): base + two identifiers + a path stay under max_iri_bytes.
inline constexpr std::size_t max_base_bytes = 4096;

// Empty when `text` is an absolute IRI (RFC 3987 `IRI`: scheme, hierarchical
// part, optional query and fragment), else a short reason such as
// "character '>' (U+003E) is not allowed in an IRI".
std::string iri_problem(std::string_view text);

inline bool is_absolute_iri(std::string_view text) { return iri_problem(text).empty(); }

// Empty when `base` can prefix minted IRIs: an absolute IRI ending in '/' or
// '#', without query; else the reason.
std::string base_problem(std::string_view base);

// True for the identifier syntax of the language, [A-Za-z_][A-Za-z0-9_-]*,
// which is safe as an IRI path segment as written.
bool is_identifier(std::string_view id);

} // namespace evkg::kg
