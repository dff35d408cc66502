// The only translation unit that compiles the grammar (BOOST_SPIRIT_INSTANTIATE
// for the iterator and context of config.hpp).
#include "grammar_def.hpp"

namespace evkg::parser {

BOOST_SPIRIT_INSTANTIATE(statement_type, iterator_type, context_type)

} // namespace evkg::parser
