// The handlers attached to rule ID types (the Spirit X3 examples'
// error_handler.hpp): tag_position records where a node came from,
// report_statement_error turns an expectation failure inside a statement into
// a diagnostic. X3's own error_handler is not used: in Boost 1.74 it has no
// column, garbles UTF-8 and mishandles a leading newline.
#pragma once

#include "config.hpp"

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/lambda_visitor.hpp>

namespace evkg::parser {

namespace x3 = boost::spirit::x3;

inline parse_session& session_of(auto const& context) {
    return x3::get<x3::error_handler_tag>(context).get();
}

// on_success: record the byte range of a position-tagged node. A rule whose
// body has semantic actions receives no attribute here (X3 passes `unused`),
// so such rules are wrapped in a tagged rule (see grammar_def.hpp).
struct tag_position {
    template <typename Iterator, typename Context, typename... Types>
    void on_success(Iterator const& first, Iterator const& last, x3::variant<Types...>& node,
                    Context const& context) {
        node.apply_visitor(x3::make_lambda_visitor<void>(
            [&](auto& alternative) { this->on_success(first, last, alternative, context); }));
    }

    template <typename Node, typename Iterator, typename Context>
    void on_success(Iterator const& first, Iterator const& last, Node& node,
                    Context const& context) {
        session_of(context).tag(node, first, last);
    }
};

// on_error of the statement rule: report, then fail the statement; parse_file
// skips to the next declaration boundary and goes on, so one run reports
// every independent error.
struct report_statement_error {
    template <typename Iterator, typename Exception, typename Context>
    x3::error_handler_result on_error(Iterator&, Iterator const&, Exception const& failure,
                                      Context const& context) {
        session_of(context).report_failure(failure.where(), failure.which());
        return x3::error_handler_result::fail;
    }
};

} // namespace evkg::parser
