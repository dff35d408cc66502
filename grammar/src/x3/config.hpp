// The types the X3 grammar is instantiated for (as in the Spirit X3 examples'
// config.hpp): the iterator, the skipper and the parse context. The grammar
// is compiled once, in grammar.cpp, for exactly these types; the caller
// (parse_file.cpp) must build the same context, which is why it lives here.
#pragma once

#include "parse_session.hpp"

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/error_reporting.hpp>

#include <functional>

namespace evkg::parser {

namespace x3 = boost::spirit::x3;

// Whitespace and `#` comments. ASCII classes only: the `standard` classes of
// Boost 1.74 abort on UTF-8 bytes. A lone CR never reaches the parser (the
// encoding check rejects it), so '\r' here is always part of a CRLF.
inline auto const skipper =
    x3::ascii::char_(" \t\r\n") | (x3::lit('#') >> *~x3::ascii::char_('\n'));
using skipper_type = std::remove_cv_t<decltype(skipper)>;

using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;

// The session (positions, pending lexical errors, diagnostics) travels under
// X3's error_handler_tag, so x3::annotate-style handlers find it.
using context_type =
    x3::context<x3::error_handler_tag, std::reference_wrapper<parse_session>, phrase_context_type>;

} // namespace evkg::parser
