// The symbol table of a corpus: every declaration by identifier (identifiers
// are global to the corpus), with its kind and the file that declares it.
#pragma once

#include "evkg/grammar/parser.hpp"

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evkg::kg {

enum class decl_kind : std::uint8_t {
    report,
    outlet,
    state,
    government,
    force,
    pmc,
    group,
    coalition,
    organisation,
    person,
    source,
    alliance,
    mechanism,
    place,
    event,
    claim
};

std::optional<decl_kind> kind_from_name(std::string_view name);
std::string_view kind_name(decl_kind kind);
// "an event", "a place".
std::string with_article(std::string_view noun);

// A set of kinds, for "what may this reference point at".
class kind_set {
public:
    constexpr kind_set(std::initializer_list<decl_kind> kinds) {
        for (auto k : kinds)
            bits_ |= 1u << static_cast<unsigned>(k);
    }
    constexpr bool contains(decl_kind k) const { return (bits_ >> static_cast<unsigned>(k)) & 1u; }
    constexpr kind_set operator|(kind_set other) const {
        kind_set out{};
        out.bits_ = bits_ | other.bits_;
        return out;
    }
    // "a state or a place"
    std::string describe() const;

private:
    std::uint32_t bits_ = 0;
};

namespace kinds {
inline constexpr kind_set actors{
    decl_kind::outlet, decl_kind::state, decl_kind::government, decl_kind::force,
    decl_kind::pmc,    decl_kind::group, decl_kind::coalition,  decl_kind::organisation,
    decl_kind::person, decl_kind::source};
inline constexpr kind_set places{decl_kind::place, decl_kind::state};
inline constexpr kind_set organisations{decl_kind::alliance, decl_kind::coalition,
                                        decl_kind::organisation, decl_kind::group};
inline constexpr kind_set any = actors | organisations |
                                kind_set{decl_kind::report, decl_kind::mechanism, decl_kind::place,
                                         decl_kind::event, decl_kind::claim};
} // namespace kinds

struct symbol {
    std::string id;
    decl_kind kind;
    ast::declaration const* declaration = nullptr;
    std::size_t file_index = 0; // into corpus::files
};

class symbol_table {
public:
    // Declares every declaration of the corpus; duplicates and unknown kinds
    // are diagnostics (the first definition wins).
    symbol_table(corpus const& input, diagnostics& out);

    symbol const* find(std::string_view id) const;
    std::vector<symbol const*> in_order() const; // sorted by id
    // In the order of the corpus (files as loaded, declarations as written):
    // diagnostics then come in reading order.
    std::vector<symbol const*> const& in_source_order() const { return source_order_; }
    std::vector<std::string> ids(kind_set wanted) const;

private:
    std::map<std::string, symbol, std::less<>> by_id_;
    std::vector<symbol const*> source_order_;
};

} // namespace evkg::kg
