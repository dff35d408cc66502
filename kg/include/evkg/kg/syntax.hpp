// The RDF syntaxes evkg writes and where their bytes go: shared by the
// builder's public API (build.hpp) and the Serd writer underneath it.
#pragma once

#include <functional>
#include <optional>
#include <string_view>

namespace evkg::kg {

enum class syntax { turtle, ntriples, nquads, trig };

// "turtle", "ttl", "ntriples", "nt", "nquads", "nq", "trig"; nullopt otherwise.
std::optional<syntax> parse_syntax_name(std::string_view name);

// Receives the serialisation piece by piece; returns false to stop (e.g. on a
// write error).
using output_sink = std::function<bool(std::string_view)>;

} // namespace evkg::kg
