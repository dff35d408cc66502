// Hand-written X3 primitive parsers for the tokens whose errors need a
// precise place and wording: strings (escapes, language tags, limits),
// integers (overflow), calendar dates (real days), IRIs. Each is wrapped in a
// named rule in grammar_def.hpp; only that file includes this one.
#pragma once

#include "error_handler.hpp"
#include "evkg/grammar/ast.hpp"

#include <boost/spirit/home/x3.hpp>

#include <string>
#include <type_traits>

namespace evkg::parser {

namespace x3 = boost::spirit::x3;

// Shared plumbing: skip blanks, then let Derived::scan read the token from
// raw bytes. scan returns false when the input does not start this kind of
// token (so alternatives can try the next one) and calls session.fail() when
// it does but the token is malformed.
template <typename Derived, typename Value>
struct lexical_parser : x3::parser<Derived> {
    using attribute_type = Value;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attribute) const {
        x3::skip_over(first, last, context);
        Derived const& self = static_cast<Derived const&>(*this);
        if constexpr (std::is_same_v<Attribute, Value>) {
            return self.scan(first, last, session_of(context), attribute);
        } else {
            Value ignored;
            return self.scan(first, last, session_of(context), ignored);
        }
    }
};

// "...", with escapes decoded, then an optional @language-tag.
struct text_parser : lexical_parser<text_parser, ast::text> {
    bool scan(char const*& first, char const* last, parse_session& session, ast::text& out) const;
};

// Decimal digits, at most 18.
struct integer_parser : lexical_parser<integer_parser, ast::integer> {
    bool scan(char const*& first, char const* last, parse_session& session,
              ast::integer& out) const;
};

// YYYY-MM-DD, YYYY-MM or YYYY, checked against the calendar.
struct calendar_date_parser : lexical_parser<calendar_date_parser, ast::calendar_date> {
    bool scan(char const*& first, char const* last, parse_session& session,
              ast::calendar_date& out) const;
};

// <...>: the characters an IRI can never hold are refused here; the full RFC
// 3987 check is the builder's.
struct iri_ref_parser : lexical_parser<iri_ref_parser, ast::iri> {
    bool scan(char const*& first, char const* last, parse_session& session, ast::iri& out) const;
};

// wd:Q912 (no blanks around the colon).
struct prefixed_name_parser : lexical_parser<prefixed_name_parser, ast::iri> {
    bool scan(char const*& first, char const* last, parse_session& session, ast::iri& out) const;
};

// `wd:` in a prefix declaration: the name, tagged without its colon.
struct prefix_name_parser : lexical_parser<prefix_name_parser, ast::identifier> {
    bool scan(char const*& first, char const* last, parse_session& session,
              ast::identifier& out) const;
};

} // namespace evkg::parser
