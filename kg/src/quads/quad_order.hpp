// The order of every sorted output: graph, subject, rdf:type before the other
// predicates, predicate, then the object (IRIs before literals; literals by
// lexical form, datatype, language). A function of the quads alone, so the
// bytes never depend on the order they were built in.
#pragma once

#include "vocabulary/reused_vocabulary.hpp"

#include <string_view>

namespace evkg::kg {

struct quad_view {
    std::string_view graph; // empty when graphs are merged
    std::string_view subject, predicate, object;
    std::string_view datatype, language; // literals only
    bool literal = false;
};

namespace order_detail {
// Interned strings (Sord's nodes) compare by address first.
inline int compare(std::string_view a, std::string_view b) {
    if (a.data() == b.data() && a.size() == b.size()) return 0;
    return a.compare(b);
}
} // namespace order_detail

inline int compare_quads(quad_view const& a, quad_view const& b) {
    using order_detail::compare;
    if (int c = compare(a.graph, b.graph); c != 0) return c;
    if (int c = compare(a.subject, b.subject); c != 0) return c;
    if (int c = compare(a.predicate, b.predicate); c != 0) {
        bool const a_type = a.predicate == rdf::type;
        bool const b_type = b.predicate == rdf::type;
        if (a_type != b_type) return a_type ? -1 : 1;
        return c;
    }
    if (a.literal != b.literal) return a.literal ? 1 : -1;
    if (int c = compare(a.object, b.object); c != 0) return c;
    if (!a.literal) return 0;
    if (int c = compare(a.datatype, b.datatype); c != 0) return c;
    return compare(a.language, b.language);
}

} // namespace evkg::kg
