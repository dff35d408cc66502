#include "index/symbols.hpp"

#include "evkg/kg/iri.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <functional>

namespace evkg::kg {

std::optional<decl_kind> kind_from_name(std::string_view name) {
    return language::kind_named(name);
}

std::string_view kind_name(decl_kind kind) { return language::info(kind).word; }

std::string with_article(std::string_view noun) {
    bool const vowel =
        !noun.empty() && std::string_view("aeiou").find(noun[0]) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(noun);
}

std::string describe(kind_set kinds) {
    std::vector<std::string_view> names;
    for (auto const& k : language::kinds)
        if (kinds.contains(k.which)) names.push_back(k.word);
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
        out += names[i];
    }
    return out;
}

namespace {
std::size_t hash_of(std::string_view id) { return std::hash<std::string_view>{}(id); }
constexpr std::size_t arena_block = 1 << 16;
} // namespace

std::string_view symbol_table::keep(std::string_view id) {
    if (arena_used_ + id.size() > arena_size_) {
        arena_size_ = std::max(arena_block, id.size());
        arena_.push_back(std::make_unique<char[]>(arena_size_));
        arena_used_ = 0;
    }
    char* at = arena_.back().get() + arena_used_;
    std::copy(id.begin(), id.end(), at);
    arena_used_ += id.size();
    return {at, id.size()};
}

void symbol_table::grow() {
    std::vector<std::uint32_t> slots(std::max<std::size_t>(64, slots_.size() * 2), 0);
    std::size_t const mask = slots.size() - 1;
    for (std::size_t i = 0; i < symbols_.size(); ++i) {
        std::size_t at = hash_of(symbols_[i].id()) & mask;
        while (slots[at] != 0)
            at = (at + 1) & mask;
        slots[at] = static_cast<std::uint32_t>(i + 1);
    }
    slots_.swap(slots);
}

std::pair<symbol*, bool> symbol_table::declare(std::string_view id, decl_kind kind,
                                               std::uint32_t file_index, std::uint32_t id_begin) {
    // At most three quarters full: linear probing stays short, and the slots
    // of four million identifiers take 32 MB, not 64.
    if ((symbols_.size() + 1) * 4 > slots_.size() * 3) grow();
    std::size_t const mask = slots_.size() - 1;
    std::size_t at = hash_of(id) & mask;
    for (; slots_[at] != 0; at = (at + 1) & mask)
        if (symbol& s = symbols_[slots_[at] - 1]; s.id() == id) return {&s, false};
    symbols_.emplace_back(keep(id), kind, file_index, id_begin);
    slots_[at] = static_cast<std::uint32_t>(symbols_.size());
    return {&symbols_.back(), true};
}

void symbol_table::renumber_files(std::vector<std::uint32_t> const& new_index) {
    for (auto& s : symbols_)
        s.file_index = new_index.at(s.file_index);
}

symbol const* symbol_table::find(std::string_view id) const {
    if (slots_.empty()) return nullptr;
    std::size_t const mask = slots_.size() - 1;
    for (std::size_t at = hash_of(id) & mask; slots_[at] != 0; at = (at + 1) & mask)
        if (symbol const& s = symbols_[slots_[at] - 1]; s.id() == id) return &s;
    return nullptr;
}

std::vector<symbol const*> symbol_table::in_order() const {
    std::vector<symbol const*> out;
    out.reserve(symbols_.size());
    for (auto const& s : symbols_)
        out.push_back(&s);
    std::sort(out.begin(), out.end(),
              [](symbol const* a, symbol const* b) { return a->id() < b->id(); });
    return out;
}

std::vector<std::string> symbol_table::ids(kind_set wanted) const {
    std::vector<std::string> out;
    for (auto const& s : symbols_)
        if (wanted.contains(s.kind)) out.emplace_back(s.id());
    std::sort(out.begin(), out.end());
    return out;
}

std::size_t symbol_table::bytes() const {
    return symbols_.size() * sizeof(symbol) + slots_.size() * sizeof(std::uint32_t) +
           arena_.size() * arena_block;
}

} // namespace evkg::kg
