#include "evkg/kg/syntax.hpp"

namespace evkg::kg {

std::optional<syntax> parse_syntax_name(std::string_view name) {
    if (name == "turtle" || name == "ttl") return syntax::turtle;
    if (name == "ntriples" || name == "nt") return syntax::ntriples;
    if (name == "nquads" || name == "nq") return syntax::nquads;
    if (name == "trig") return syntax::trig;
    return std::nullopt;
}

} // namespace evkg::kg
