// Helpers to read the AST: every property with a given key (named by the
// language table's `key`, never by a string), and its value as
// one alternative (nullptr when the value has another shape, which
// check_structure already reported). Apart from resolve.hpp because the
// index's summary reads properties too, and resolution needs the index.
#pragma once

#include "evkg/grammar/language.hpp"
#include "evkg/grammar/parser.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace evkg::kg {

// The properties with `key`, lazily, as pointers: the emitters ask for
// dozens of keys per declaration, and a vector for each was an allocation. Hand-written rather than
// a std::views::filter: clang before 16 cannot compile libstdc++ 12's ranges (the fuzzing build
// uses clang).
class properties_with_key {
public:
    class iterator {
    public:
        using value_type = ast::property const*;
        using difference_type = std::ptrdiff_t;
        iterator(ast::property const* at, ast::property const* end, std::string_view key)
            : at_(at), end_(end), key_(key) {
            skip();
        }
        ast::property const* operator*() const { return at_; }
        iterator& operator++() {
            ++at_;
            skip();
            return *this;
        }
        bool operator==(iterator const& other) const { return at_ == other.at_; }

    private:
        void skip() {
            while (at_ != end_ && at_->key.name != key_)
                ++at_;
        }
        ast::property const* at_;
        ast::property const* end_;
        std::string_view key_;
    };

    properties_with_key(std::vector<ast::property> const& properties, language::key key)
        : first_(properties.data()), last_(properties.data() + properties.size()),
          key_(language::word_of(key)) {}
    iterator begin() const { return {first_, last_, key_}; }
    iterator end() const { return {last_, last_, key_}; }
    bool empty() const { return begin() == end(); }

private:
    ast::property const* first_;
    ast::property const* last_;
    std::string_view key_;
};
inline properties_with_key with_key(std::vector<ast::property> const& properties,
                                    language::key key) {
    return {properties, key};
}

template <typename T>
T const* value_as(ast::property const& p) {
    return ast::value_if<T>(p.value);
}
ast::casualty_figure const* figure_of(ast::property const& p);
// The position-tagged alternative of a date point, for diagnostics.
boost::spirit::x3::position_tagged const& date_point_node(ast::date_point const& p);

} // namespace evkg::kg
