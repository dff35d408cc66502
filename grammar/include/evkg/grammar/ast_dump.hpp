// A plain-text rendering of an AST, one declaration or property per line, for
// tests (expected ASTs are written as this text) and for debugging.
#pragma once

#include "evkg/grammar/ast.hpp"

#include <string>

namespace evkg::ast {

std::string dump(document const& doc);

} // namespace evkg::ast
