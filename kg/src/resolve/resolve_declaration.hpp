// One declaration of a file into its record of the resolved model
// (model.hpp), every mistake a diagnostic of the resolver's file.
#pragma once

#include "resolve/model.hpp"
#include "resolve/resolve.hpp"

namespace evkg::kg {

// Into `record`, freshly made; false when nothing of it can be resolved (a
// claim without a report).
bool resolve_declaration(resolver const& r, local_symbol const& s, resolved::declaration& record);

} // namespace evkg::kg
