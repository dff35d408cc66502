// The names of the grammar's rules. X3 reports an expectation failure by the
// name of the rule it expected, so each name is written to complete the
// sentence "expected ...". parse_session.cpp also keys its "did you mean"
// suggestions on some of them.
#pragma once

#include "evkg/grammar/language.hpp"

#include <array>
#include <cstddef>
#include <string_view>

namespace evkg::parser::names {

// A name spelt at compile time from the language table: Spelling::spell(write)
// calls write with each piece.
template <typename Spelling>
struct spelt {
    static constexpr std::size_t size = [] {
        std::size_t n = 0;
        Spelling::spell([&n](std::string_view piece) { n += piece.size(); });
        return n;
    }();
    static constexpr std::array<char, size + 1> text = [] {
        std::array<char, size + 1> out{};
        std::size_t at = 0;
        Spelling::spell([&](std::string_view piece) {
            for (char c : piece)
                out[at++] = c;
        });
        return out;
    }();
};

// "(a, b, c)" of the words a table row gives.
template <typename Rows, typename Word, typename Write>
constexpr void spell_list(Rows const& rows, Word word_of, Write&& write) {
    write("(");
    bool first = true;
    for (auto const& row : rows) {
        std::string_view const word = word_of(row);
        if (word.empty()) continue;
        if (!first) write(", ");
        first = false;
        write(word);
    }
    write(")");
}

struct statement_spelling {
    static constexpr void spell(auto&& write) {
        write("a declaration ");
        spell_list(
            language::kinds,
            [](language::kind_info const& k) {
                return k.which == language::kind::figure ? std::string_view() : k.word;
            },
            write);
        write(", `prefix` or `use`");
    }
};
struct figure_property_spelling {
    static constexpr void spell(auto&& write) {
        write("a property of a casualty figure ");
        spell_list(
            language::properties,
            [](language::property_info const& p) {
                return p.where.contains(language::kind::figure) ? p.word : std::string_view();
            },
            write);
        write(" or '}'");
    }
};
struct quantity_spelling {
    static constexpr void spell(auto&& write) {
        write("a quantity (");
        bool first = true;
        for (auto const& q : language::quantities) {
            if (!first) write(", ");
            first = false;
            write(q.word);
            if (q.numbers == 1) write(" N");
            if (q.numbers == 2) write(" N and M");
        }
        write(")");
    }
};
struct outcome_spelling {
    static constexpr void spell(auto&& write) {
        write("a casualty outcome ");
        spell_list(
            language::outcomes, [](std::string_view w) { return w; }, write);
    }
};

inline constexpr char const* statement = spelt<statement_spelling>::text.data();
inline constexpr char const* kind = "a declaration kind";
inline constexpr char const* declaration_id = "an identifier naming the declaration";
inline constexpr char const* identifier = "an identifier";
inline constexpr char const* text = "a string";
inline constexpr char const* iri = "an IRI (<http://...> or prefix:name)";
inline constexpr char const* iri_ref = "an IRI in angle brackets (<http://...>)";
inline constexpr char const* prefix_name = "a prefix name followed by ':' (wd:)";
inline constexpr char const* integer = "an integer";
inline constexpr char const* decimal = "a decimal number (19.95)";
inline constexpr char const* date =
    "a date (YYYY-MM-DD, YYYY-MM, YYYY) or a day word such as tuesday";
inline constexpr char const* until = "a date, a day word or `ended`";
inline constexpr char const* property_or_close = "a property keyword or '}'";
inline constexpr char const* figure_property_or_close =
    spelt<figure_property_spelling>::text.data();
inline constexpr char const* quantity = spelt<quantity_spelling>::text.data();
inline constexpr char const* outcome = spelt<outcome_spelling>::text.data();
inline constexpr char const* role = "a role and its organisation (spokesperson of csp-dpa)";
inline constexpr char const* of_keyword = "`of`";
inline constexpr char const* and_keyword = "`and`";
inline constexpr char const* comma = "','";
inline constexpr char const* coordinates = "coordinates: latitude, longitude (19.95, 2.98)";
inline constexpr char const* reference_or_text = "an identifier or a string";
inline constexpr char const* qualified_text = "a string (optionally after `mainly`)";
inline constexpr char const* place = "an identifier (a place)";

} // namespace evkg::parser::names
