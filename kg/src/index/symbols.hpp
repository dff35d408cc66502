// The symbol table of a corpus: every declaration by identifier (identifiers
// are global to the corpus), with its kind and the file that declares it.
#pragma once

#include "evkg/grammar/language.hpp"
#include "evkg/grammar/parser.hpp"

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace evkg::kg {

// Kinds of declaration and sets of them come from the language table.
using decl_kind = language::kind;
using language::kind_set;

std::optional<decl_kind> kind_from_name(std::string_view name);
std::string_view kind_name(decl_kind kind);
// "an event", "a place".
std::string with_article(std::string_view noun);
// "state or place": the kinds of a set, in the table's order.
std::string describe(kind_set kinds);

namespace kinds {
inline constexpr kind_set actors = language::sets::actors;
inline constexpr kind_set places = language::sets::places;
inline constexpr kind_set organisations = language::sets::organisations;
inline constexpr kind_set any = language::sets::declarations;
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
