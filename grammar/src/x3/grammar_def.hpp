// The grammar of the annotation language (docs/language.md, "Grammar"), in
// the style of the Spirit X3 examples' <rule>_def.hpp. Only grammar.cpp
// includes this file.
//
// Conventions:
// - Every rule that builds a position-tagged node with semantic actions is a
//   `*_body` rule, wrapped by a tagged rule of the same attribute (X3 gives
//   on_success no attribute for rules with actions).
// - `>` after a keyword commits: the error then names what should follow.
// - Keywords are whole words: a word is lexed, then compared with a list, so
//   `member` never matches the start of `member-of`.
// - Nothing is recursive: a `casualties` block holds figure properties only.
#pragma once

#include "../scanner.hpp"
#include "ast_adapted.hpp"
#include "config.hpp"
#include "error_handler.hpp"
#include "evkg/grammar/language.hpp"
#include "grammar.hpp"
#include "lexical_parsers.hpp"
#include "rule_names.hpp"

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <type_traits>

namespace evkg::parser {

namespace x3 = boost::spirit::x3;
namespace ascii = x3::ascii;

} // namespace evkg::parser

// An expectation failure names what it expected with x3::what(). For a parser
// with a semantic action that would be a mangled type name: name it by its
// subject (always a named rule here) instead.
namespace boost::spirit::x3 {
template <typename Subject, typename Action>
struct get_info<action<Subject, Action>> {
    using result_type = std::string;
    std::string operator()(action<Subject, Action> const& parser) const {
        return what(parser.subject);
    }
};
} // namespace boost::spirit::x3

namespace evkg::parser {

// ---- words -------------------------------------------------------------------
// All from the language table (evkg/grammar/language.hpp).

inline constexpr auto kind_words = [] {
    std::array<std::string_view, language::declared_kind_count> words{};
    for (std::size_t i = 0; i < words.size(); ++i)
        words[i] = language::kinds[i].word;
    return words;
}();

// The quantity words that take `Numbers` numbers.
template <std::uint8_t Numbers>
constexpr auto quantity_words_taking() {
    constexpr std::size_t count =
        std::count_if(language::quantities.begin(), language::quantities.end(),
                      [](language::quantity_info const& q) { return q.numbers == Numbers; });
    std::array<std::string_view, count> words{};
    std::size_t n = 0;
    for (auto const& q : language::quantities)
        if (q.numbers == Numbers) words[n++] = q.word;
    return words;
}
inline constexpr auto counted_words = quantity_words_taking<1>();
inline constexpr auto between_words = quantity_words_taking<2>();
inline constexpr auto vague_words = quantity_words_taking<0>();
static_assert(counted_words.size() + between_words.size() + vague_words.size() ==
                  language::quantities.size(),
              "a quantity takes 0, 1 or 2 numbers");

template <auto const& Words>
bool is_one_of(std::string_view word) {
    return std::find(std::begin(Words), std::end(Words), word) != std::end(Words);
}

// ---- semantic actions ----------------------------------------------------------

template <typename Range>
std::string_view view_of(Range const& range) {
    return {range.begin(), static_cast<std::size_t>(range.end() - range.begin())};
}

// _val.*Member = the parsed attribute.
template <auto Member>
struct assign {
    template <typename Context>
    void operator()(Context& context) const {
        (x3::_val(context).*Member) = std::move(x3::_attr(context));
    }
};

// _val.*Member.push_back(the parsed attribute).
template <auto Member>
struct append {
    template <typename Context>
    void operator()(Context& context) const {
        (x3::_val(context).*Member).push_back(std::move(x3::_attr(context)));
    }
};

// What a word may be: any word, or one of a list of the language table.
struct any_word {
    static constexpr bool accepts(std::string_view) { return true; }
};
template <auto const& Words>
struct word_in {
    static bool accepts(std::string_view word) { return is_one_of<Words>(word); }
};

// Where a word goes: the node _val itself, or one of its members.
inline ast::identifier& spelling_node(ast::identifier& node) { return node; }
inline ast::relative_day& spelling_node(ast::relative_day& node) { return node; }
inline std::string& spelling_of(ast::identifier& node) { return node.name; }
inline std::string& spelling_of(ast::relative_day& node) { return node.word; }

// The raw word becomes the identifier (or day word) _val, or _val.*Member,
// if Accept accepts it; otherwise the parser fails (and backtracks) so the
// next alternative can try.
template <typename Accept, auto Member = nullptr>
struct take_word {
    template <typename Context>
    void operator()(Context& context) const {
        auto const& range = x3::_attr(context);
        if (!Accept::accepts(view_of(range))) {
            x3::_pass(context) = false;
            return;
        }
        auto& node = target(x3::_val(context));
        spelling_of(node).assign(range.begin(), range.end());
        session_of(context).tag(node, range.begin(), range.end());
    }

private:
    template <typename Value>
    static auto& target(Value& value) {
        if constexpr (std::is_null_pointer_v<decltype(Member)>)
            return value;
        else
            return value.*Member;
    }
};

// ---- lexical helpers -----------------------------------------------------------

auto const word_start = ascii::alpha | ascii::char_('_');
auto const word_char = ascii::alnum | ascii::char_('_') | ascii::char_('-');
// A whole word, as the raw range of its bytes.
auto const word = x3::lexeme[x3::raw[word_start >> *word_char]];
// A fixed keyword that must stand as a whole word.
inline auto keyword(char const* text) { return x3::lexeme[x3::lit(text) >> !word_char]; }

// ---- rules -----------------------------------------------------------------------

#define EVKG_RULE(name, attribute, label)                                                          \
    struct name##_class;                                                                           \
    x3::rule<name##_class, attribute> const name = label;
#define EVKG_TAGGED_RULE(name, attribute, label)                                                   \
    struct name##_class : tag_position {};                                                         \
    x3::rule<name##_class, attribute> const name = label;

// Tokens.
EVKG_RULE(identifier, ast::identifier, names::identifier)
EVKG_RULE(declaration_id, ast::identifier, names::declaration_id)
EVKG_TAGGED_RULE(text, ast::text, names::text)
EVKG_TAGGED_RULE(iri_ref, ast::iri, names::iri_ref)
EVKG_TAGGED_RULE(iri, ast::iri, names::iri)
EVKG_RULE(prefix_name, ast::identifier, names::prefix_name)
EVKG_TAGGED_RULE(integer, ast::integer, names::integer)
EVKG_RULE(decimal, std::string, names::decimal)
EVKG_TAGGED_RULE(calendar_date, ast::calendar_date, names::date)
EVKG_RULE(relative_day, ast::relative_day, names::date)
EVKG_RULE(date_point, ast::date_point, names::date)
EVKG_TAGGED_RULE(ended_marker, ast::ended_marker, "`ended`")
EVKG_RULE(until_point, ast::until_point, names::until)
EVKG_TAGGED_RULE(mainly_flag, ast::flag, "`mainly`")
EVKG_RULE(of_keyword, x3::unused_type, names::of_keyword)
EVKG_RULE(and_keyword, x3::unused_type, names::and_keyword)
EVKG_RULE(comma, x3::unused_type, names::comma)
EVKG_RULE(block_end, x3::unused_type, names::property_or_close)
EVKG_RULE(figure_block_end, x3::unused_type, names::figure_property_or_close)

// Values.
EVKG_RULE(identifier_list_body, ast::identifier_list, names::identifier)
EVKG_TAGGED_RULE(identifier_list, ast::identifier_list, names::identifier)
EVKG_RULE(text_list_body, ast::text_list, names::text)
EVKG_TAGGED_RULE(text_list, ast::text_list, names::text)
EVKG_RULE(iri_list_body, ast::iri_list, names::iri)
EVKG_TAGGED_RULE(iri_list, ast::iri_list, names::iri)
EVKG_RULE(integer_list_body, ast::integer_list, names::integer)
EVKG_TAGGED_RULE(integer_list, ast::integer_list, names::integer)
EVKG_RULE(date_expression_body, ast::date_expression, names::date)
EVKG_TAGGED_RULE(date_expression, ast::date_expression, names::date)
EVKG_RULE(timed_reference_body, ast::timed_reference, names::identifier)
EVKG_TAGGED_RULE(timed_reference, ast::timed_reference, names::identifier)
EVKG_RULE(timed_reference_list_body, ast::timed_reference_list, names::identifier)
EVKG_TAGGED_RULE(timed_reference_list, ast::timed_reference_list, names::identifier)
EVKG_RULE(role_in_body, ast::role_in, names::role)
EVKG_TAGGED_RULE(role_in, ast::role_in, names::role)
EVKG_RULE(proximity_body, ast::proximity, names::place)
EVKG_TAGGED_RULE(proximity, ast::proximity, names::place)
EVKG_RULE(proximity_list_body, ast::proximity_list, names::place)
EVKG_TAGGED_RULE(proximity_list, ast::proximity_list, names::place)
EVKG_RULE(coordinates_body, ast::coordinates, names::coordinates)
EVKG_TAGGED_RULE(coordinates, ast::coordinates, names::coordinates)
EVKG_RULE(reference_or_text, ast::reference_or_text, names::reference_or_text)
EVKG_RULE(reference_or_text_list_body, ast::reference_or_text_list, names::reference_or_text)
EVKG_TAGGED_RULE(reference_or_text_list, ast::reference_or_text_list, names::reference_or_text)
EVKG_RULE(qualified_text_body, ast::qualified_text, names::qualified_text)
EVKG_TAGGED_RULE(qualified_text, ast::qualified_text, names::qualified_text)
EVKG_RULE(quantity_body, ast::quantity, names::quantity)
EVKG_TAGGED_RULE(quantity, ast::quantity, names::quantity)
EVKG_RULE(outcome, ast::identifier, names::outcome)
EVKG_RULE(casualty_figure_body, ast::casualty_figure, names::outcome)
EVKG_TAGGED_RULE(casualty_figure, ast::casualty_figure, names::outcome)

// Properties.
EVKG_TAGGED_RULE(property, ast::property, "a property")
EVKG_TAGGED_RULE(figure_property, ast::property, "a property of a casualty figure")
EVKG_RULE(block, std::vector<ast::property>, "'{'")
EVKG_RULE(figure_block, std::vector<ast::property>, "'{'")

// Statements.
EVKG_RULE(kind, ast::identifier, names::kind)
EVKG_RULE(declaration_body, ast::declaration, names::kind)
EVKG_TAGGED_RULE(declaration, ast::declaration, names::kind)
EVKG_RULE(prefix_declaration_body, ast::prefix_declaration, "`prefix`")
EVKG_TAGGED_RULE(prefix_declaration, ast::prefix_declaration, "`prefix`")
EVKG_RULE(use_declaration_body, ast::use_declaration, "`use`")
EVKG_TAGGED_RULE(use_declaration, ast::use_declaration, "`use`")
struct statement_class : report_statement_error {};
statement_type const statement = names::statement;

#undef EVKG_RULE
#undef EVKG_TAGGED_RULE

// ---- property dispatch -------------------------------------------------------------

using language::value_shape;

using scan::is_word_char;
using scan::is_word_start;

// Parses `rule` or fails the way `>` does: an expectation failure naming it.
template <typename Rule, typename Iterator, typename Context>
typename Rule::attribute_type expect_value(Rule const& rule, Iterator& first, Iterator const& last,
                                           Context const& context) {
    typename Rule::attribute_type value;
    if (!rule.parse(first, last, context, x3::unused, value))
        boost::throw_exception(x3::expectation_failure<Iterator>(first, x3::what(rule)));
    return value;
}

// A property: the keyword is read once, then the one rule for its value runs
// (`key > value`). This is what trying one `key > value` alternative per
// kind of value would accept, without lexing the keyword up to 14 times.
struct keyed_property_parser : x3::parser<keyed_property_parser> {
    using attribute_type = ast::property;
    static bool const has_attribute = true;

    bool casualties_allowed; // false in a casualty figure's block

    constexpr explicit keyed_property_parser(bool allow_casualties)
        : casualties_allowed(allow_casualties) {}

    template <typename Iterator, typename Context, typename RContext>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               ast::property& property) const {
        x3::skip_over(first, last, context);
        Iterator stop = first;
        if (stop == last || !is_word_start(*stop)) return false;
        while (stop != last && is_word_char(*stop))
            ++stop;
        std::string_view const key(first, static_cast<std::size_t>(stop - first));
        language::property_info const* found = language::find_property(key);
        if (found == nullptr || (found->shape == value_shape::casualties && !casualties_allowed))
            return false;
        parse_session& session = session_of(context);
        property.key.name.assign(key);
        session.tag(property.key, first, stop);
        Iterator const key_begin = first;
        first = stop;
        switch (found->shape) {
        case value_shape::references:
            property.value = expect_value(identifier_list, first, last, context);
            break;
        case value_shape::texts:
            property.value = expect_value(text_list, first, last, context);
            break;
        case value_shape::iris:
            property.value = expect_value(iri_list, first, last, context);
            break;
        case value_shape::integers:
            property.value = expect_value(integer_list, first, last, context);
            break;
        case value_shape::dates:
            property.value = expect_value(date_expression, first, last, context);
            break;
        case value_shape::members:
            property.value = expect_value(timed_reference_list, first, last, context);
            break;
        case value_shape::role:
            property.value = expect_value(role_in, first, last, context);
            break;
        case value_shape::nears:
            property.value = expect_value(proximity_list, first, last, context);
            break;
        case value_shape::coordinates:
            property.value = expect_value(coordinates, first, last, context);
            break;
        case value_shape::targets:
            property.value = expect_value(reference_or_text_list, first, last, context);
            break;
        case value_shape::qualified:
            property.value = expect_value(qualified_text, first, last, context);
            break;
        case value_shape::flag: {
            ast::flag marker;
            session.tag(marker, key_begin, stop);
            property.value = marker;
            break;
        }
        case value_shape::ended: {
            ast::ended_marker marker;
            session.tag(marker, key_begin, stop);
            property.value = marker;
            break;
        }
        case value_shape::casualties:
            property.value = x3::forward_ast<ast::casualty_figure>(
                expect_value(casualty_figure, first, last, context));
            break;
        }
        return true;
    }
};

// ---- definitions -----------------------------------------------------------------

auto const identifier_def = word[take_word<any_word>{}];
auto const declaration_id_def = identifier;
auto const text_def = text_parser{};
auto const iri_ref_def = iri_ref_parser{};
auto const iri_def = iri_ref_parser{} | prefixed_name_parser{};
auto const prefix_name_def = prefix_name_parser{};
auto const integer_def = integer_parser{};
auto const decimal_def = x3::lexeme[x3::raw[-ascii::char_('-') >> +ascii::digit >>
                                            -(ascii::char_('.') >> +ascii::digit)]];
auto const calendar_date_def = calendar_date_parser{};
auto const relative_day_def = word[take_word<word_in<language::day_words>>{}];
auto const date_point_def = calendar_date | relative_day;
auto const ended_marker_def = keyword("ended");
auto const until_point_def = date_point | ended_marker;
auto const mainly_flag_def = keyword("mainly");
auto const of_keyword_def = keyword("of");
auto const and_keyword_def = keyword("and");
auto const comma_def = x3::lit(',');
auto const block_end_def = x3::lit('}');
auto const figure_block_end_def = x3::lit('}');

auto const identifier_list_body_def = identifier[append<&ast::identifier_list::items>{}] >>
                                      *(',' > identifier[append<&ast::identifier_list::items>{}]);
auto const identifier_list_def = identifier_list_body;
auto const text_list_body_def = text[append<&ast::text_list::items>{}] >>
                                *(',' > text[append<&ast::text_list::items>{}]);
auto const text_list_def = text_list_body;
auto const iri_list_body_def = iri[append<&ast::iri_list::items>{}] >>
                               *(',' > iri[append<&ast::iri_list::items>{}]);
auto const iri_list_def = iri_list_body;
auto const integer_list_body_def = integer[append<&ast::integer_list::items>{}] >>
                                   *(',' > integer[append<&ast::integer_list::items>{}]);
auto const integer_list_def = integer_list_body;

auto const date_expression_body_def = date_point[assign<&ast::date_expression::from>{}] >>
                                      -(x3::lit("..") >
                                        date_point[assign<&ast::date_expression::to>{}]) >>
                                      -text[assign<&ast::date_expression::phrase>{}];
auto const date_expression_def = date_expression_body;

auto const timed_reference_body_def = identifier[assign<&ast::timed_reference::target>{}] >>
                                      -(keyword("since") >
                                        date_point[assign<&ast::timed_reference::since>{}]) >>
                                      -(keyword("until") >
                                        until_point[assign<&ast::timed_reference::until>{}]);
auto const timed_reference_def = timed_reference_body;
auto const timed_reference_list_body_def =
    timed_reference[append<&ast::timed_reference_list::items>{}] >>
    *(',' > timed_reference[append<&ast::timed_reference_list::items>{}]);
auto const timed_reference_list_def = timed_reference_list_body;

auto const role_in_body_def = identifier[assign<&ast::role_in::role>{}] > of_keyword >
                              identifier[assign<&ast::role_in::organisation>{}];
auto const role_in_def = role_in_body;

auto const proximity_body_def = identifier[assign<&ast::proximity::place>{}] >>
                                -(keyword("direction") >
                                  identifier[assign<&ast::proximity::direction>{}]);
auto const proximity_def = proximity_body;
auto const proximity_list_body_def = proximity[append<&ast::proximity_list::items>{}] >>
                                     *(',' > proximity[append<&ast::proximity_list::items>{}]);
auto const proximity_list_def = proximity_list_body;

auto const coordinates_body_def = decimal[assign<&ast::coordinates::latitude>{}] > comma >
                                  decimal[assign<&ast::coordinates::longitude>{}];
auto const coordinates_def = coordinates_body;

auto const reference_or_text_def = identifier | text;
auto const reference_or_text_list_body_def =
    reference_or_text[append<&ast::reference_or_text_list::items>{}] >>
    *(',' > reference_or_text[append<&ast::reference_or_text_list::items>{}]);
auto const reference_or_text_list_def = reference_or_text_list_body;

auto const qualified_text_body_def = -mainly_flag[assign<&ast::qualified_text::mainly>{}] >>
                                     text[assign<&ast::qualified_text::value>{}];
auto const qualified_text_def = qualified_text_body;

auto const quantity_body_def =
    ((word[take_word<word_in<counted_words>, &ast::quantity::qualifier>{}] >
      integer[append<&ast::quantity::numbers>{}]) |
     (word[take_word<word_in<between_words>, &ast::quantity::qualifier>{}] >
      integer[append<&ast::quantity::numbers>{}] > and_keyword >
      integer[append<&ast::quantity::numbers>{}]) |
     word[take_word<word_in<vague_words>, &ast::quantity::qualifier>{}]) >>
    -text[assign<&ast::quantity::phrase>{}];
auto const quantity_def = quantity_body;

auto const outcome_def = word[take_word<word_in<language::outcomes>>{}];
auto const casualty_figure_body_def = (outcome[assign<&ast::casualty_figure::outcome>{}] >
                                       quantity[assign<&ast::casualty_figure::amount>{}]) >>
                                      -figure_block[assign<&ast::casualty_figure::details>{}];
auto const casualty_figure_def = casualty_figure_body;

auto const property_def = keyed_property_parser{true};
auto const figure_property_def = keyed_property_parser{false};
auto const block_def = x3::lit('{') > *property > block_end;
auto const figure_block_def = x3::lit('{') > *figure_property > figure_block_end;

auto const kind_def = word[take_word<word_in<kind_words>>{}];
auto const declaration_body_def =
    (kind[assign<&ast::declaration::kind>{}] > declaration_id[assign<&ast::declaration::id>{}]) >>
    -text[assign<&ast::declaration::label>{}] >> -block[assign<&ast::declaration::properties>{}];
auto const declaration_def = declaration_body;
auto const prefix_declaration_body_def = keyword("prefix") >
                                         prefix_name[assign<&ast::prefix_declaration::name>{}] >
                                         iri_ref[assign<&ast::prefix_declaration::value>{}];
auto const prefix_declaration_def = prefix_declaration_body;
auto const use_declaration_body_def = keyword("use") > text[assign<&ast::use_declaration::path>{}];
auto const use_declaration_def = use_declaration_body;
auto const statement_def = prefix_declaration | use_declaration | declaration;

BOOST_SPIRIT_DEFINE(identifier, declaration_id, text, iri_ref, iri, prefix_name, integer, decimal,
                    calendar_date, relative_day, date_point, ended_marker, until_point, mainly_flag,
                    of_keyword, and_keyword, comma, block_end, figure_block_end)
BOOST_SPIRIT_DEFINE(identifier_list_body, identifier_list, text_list_body, text_list, iri_list_body,
                    iri_list, integer_list_body, integer_list, date_expression_body,
                    date_expression, timed_reference_body, timed_reference,
                    timed_reference_list_body, timed_reference_list, role_in_body, role_in,
                    proximity_body, proximity, proximity_list_body, proximity_list,
                    coordinates_body, coordinates, reference_or_text, reference_or_text_list_body,
                    reference_or_text_list, qualified_text_body, qualified_text, quantity_body,
                    quantity, outcome, casualty_figure_body, casualty_figure)
BOOST_SPIRIT_DEFINE(property, figure_property, block, figure_block)
BOOST_SPIRIT_DEFINE(kind, declaration_body, declaration, prefix_declaration_body,
                    prefix_declaration, use_declaration_body, use_declaration, statement)

statement_type const& statement_rule() { return statement; }

} // namespace evkg::parser
