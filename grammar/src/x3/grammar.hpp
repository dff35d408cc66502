// The grammar's declaration (the Spirit X3 examples' <rule>.hpp): the one rule
// the rest of the library calls. Its definition is in grammar_def.hpp, which
// only grammar.cpp includes.
#pragma once

#include "config.hpp"
#include "evkg/grammar/ast.hpp"

#include <boost/spirit/home/x3.hpp>

namespace evkg::parser {

namespace x3 = boost::spirit::x3;

struct statement_class;
using statement_type = x3::rule<statement_class, ast::statement>;
BOOST_SPIRIT_DECLARE(statement_type)

// One top-level statement: `prefix`, `use` or a declaration.
statement_type const& statement_rule();

} // namespace evkg::parser
