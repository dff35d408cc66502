// The symbol table of a corpus: every declaration by identifier (identifiers
// are global to the corpus), with its kind and the file that declares it.
#pragma once

#include "evkg/grammar/parser.hpp"

#include <cstdint>
#include <deque>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

// A declared identifier. The table holds one per identifier of the corpus,
// so it stays small: 24 bytes plus the identifier's bytes (a corpus of a
// million events declares about four million identifiers).
struct symbol {
    symbol() = default;
    symbol(std::string_view id, decl_kind kind, std::uint32_t file_index, std::uint32_t id_begin)
        : id_data(id.data()), id_size(static_cast<std::uint32_t>(id.size())),
          file_index(file_index), id_begin(id_begin), kind(kind) {}

    std::string_view id() const { return {id_data, id_size}; }

    char const* id_data = nullptr; // into the table's arena
    std::uint32_t id_size = 0;
    std::uint32_t file_index = 0; // into the corpus' files, in canonical order
    std::uint32_t id_begin = 0;   // byte offset of the identifier in that file
    decl_kind kind{};
};
static_assert(sizeof(symbol) <= 24);

// A declaration of the file being built, with its AST (resolver::local):
// the AST of other files is gone.
struct local_symbol : symbol {
    local_symbol(symbol const& s, ast::declaration const& d) : symbol(s), declaration(&d) {}
    ast::declaration const* declaration;
};

class symbol_table {
public:
    symbol_table() = default;
    symbol_table(symbol_table const&) = delete;
    symbol_table& operator=(symbol_table const&) = delete;

    // Declares `id`; returns the symbol and true, or the earlier symbol of
    // that identifier and false (the first definition wins).
    std::pair<symbol*, bool> declare(std::string_view id, decl_kind kind, std::uint32_t file_index,
                                     std::uint32_t id_begin);
    // Every symbol's file_index becomes new_index[file_index].
    void renumber_files(std::vector<std::uint32_t> const& new_index);

    symbol const* find(std::string_view id) const;
    std::size_t size() const { return symbols_.size(); }
    std::vector<symbol const*> in_order() const;         // sorted by id
    std::vector<std::string> ids(kind_set wanted) const; // sorted
    // Bytes held, for the benchmarks' account of memory.
    std::size_t bytes() const;

private:
    std::string_view keep(std::string_view id);
    void grow();

    std::deque<symbol> symbols_;       // stable addresses
    std::vector<std::uint32_t> slots_; // open addressing: index + 1, 0 = empty
    std::vector<std::unique_ptr<char[]>> arena_;
    std::size_t arena_used_ = 0, arena_size_ = 0;
};

} // namespace evkg::kg
