// The keyword lists of keywords.hpp, as the language table gives them.
#include "evkg/grammar/keywords.hpp"

#include "evkg/grammar/language.hpp"

namespace evkg::keywords {

namespace {

template <typename Rows, typename Word>
std::vector<std::string> words_of(Rows const& rows, Word word) {
    std::vector<std::string> words;
    for (auto const& row : rows)
        words.emplace_back(word(row));
    return words;
}

} // namespace

std::vector<std::string> const& declaration_kinds() {
    static std::vector<std::string> const words = [] {
        auto all = words_of(language::kinds, [](auto const& k) { return k.word; });
        all.resize(language::declared_kind_count); // not `figure`
        return all;
    }();
    return words;
}

std::vector<std::string> const& property_keys() {
    static std::vector<std::string> const words =
        words_of(language::properties, [](auto const& p) { return p.word; });
    return words;
}

std::vector<std::string> const& quantity_words() {
    static std::vector<std::string> const words =
        words_of(language::quantities, [](auto const& q) { return q.word; });
    return words;
}

std::vector<std::string> const& outcome_words() {
    static std::vector<std::string> const words =
        words_of(language::outcomes, [](std::string_view w) { return w; });
    return words;
}

std::vector<std::string> const& day_words() {
    static std::vector<std::string> const words =
        words_of(language::day_words, [](std::string_view w) { return w; });
    return words;
}

bool is_declaration_kind(std::string_view word) { return language::kind_named(word).has_value(); }
bool is_property_key(std::string_view word) { return language::find_property(word) != nullptr; }

} // namespace evkg::keywords
