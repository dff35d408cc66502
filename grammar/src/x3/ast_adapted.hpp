// Boost.Fusion views of the multi-field AST nodes (the Spirit X3 examples'
// ast_adapted.hpp). Most rules fill nodes through semantic actions, so the
// adaptation documents the field order and lets X3 propagate attributes
// where a rule does so automatically. Single-field wrappers are not adapted:
// X3 1.74 would treat them as their one field.
#pragma once

#include "evkg/grammar/ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(evkg::ast::text, value, language)
BOOST_FUSION_ADAPT_STRUCT(evkg::ast::iri, prefix, value, prefixed)
BOOST_FUSION_ADAPT_STRUCT(evkg::ast::calendar_date, year, month, day)
BOOST_FUSION_ADAPT_STRUCT(evkg::ast::date_expression, from, to, phrase)
BOOST_FUSION_ADAPT_STRUCT(evkg::ast::timed_reference, target, since, until)
BOOST_FUSION_ADAPT_STRUCT(evkg::ast::role_in, role, organisation)
BOOST_FUSION_ADAPT_STRUCT(evkg::ast::proximity, place, direction)
BOOST_FUSION_ADAPT_STRUCT(evkg::ast::coordinates, latitude, longitude)
BOOST_FUSION_ADAPT_STRUCT(evkg::ast::quantity, qualifier, numbers, phrase)
BOOST_FUSION_ADAPT_STRUCT(evkg::ast::qualified_text, mainly, value)
BOOST_FUSION_ADAPT_STRUCT(evkg::ast::property, key, value)
BOOST_FUSION_ADAPT_STRUCT(evkg::ast::casualty_figure, outcome, amount, details)
BOOST_FUSION_ADAPT_STRUCT(evkg::ast::declaration, kind, id, label, properties)
BOOST_FUSION_ADAPT_STRUCT(evkg::ast::prefix_declaration, name, value)
