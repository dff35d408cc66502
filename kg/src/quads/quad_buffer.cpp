#include "quads/quad_buffer.hpp"

#include "quads/quad_order.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace evkg::kg {

quad_buffer::term quad_buffer::keep(std::string_view s) {
    if (s.empty()) return {};
    if (text_.size() + s.size() + 1 > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("evkg: more than 4 GiB of RDF text in one file");
    term const t{static_cast<std::uint32_t>(text_.size()), static_cast<std::uint32_t>(s.size())};
    text_.append(s);
    text_.push_back('\0');
    return t;
}

template <std::size_t N>
quad_buffer::term quad_buffer::keep_recent(std::string_view s, recent_terms<N>& recent) {
    for (term const t : recent.terms)
        if (t.size == s.size() && text(t) == s) return t;
    term const t = keep(s);
    recent.terms[recent.next++ % N] = t;
    return t;
}

void quad_buffer::add(std::string_view graph, std::string_view subject, std::string_view predicate,
                      object_term const& object) {
    quad q;
    q.graph = keep_recent(graph, recent_graphs_);
    q.subject = keep_recent(subject, recent_subjects_);
    q.predicate = keep(predicate);
    q.object = keep(object.text);
    q.literal = object.literal;
    if (object.literal) {
        q.datatype = keep(object.datatype);
        q.language = keep(object.language);
    }
    quads_.push_back(q);
}

void quad_buffer::sort_unique(bool merge_graphs) {
    auto const view = [&](quad const& q) {
        return quad_view{merge_graphs ? std::string_view{} : text(q.graph),
                         text(q.subject),
                         text(q.predicate),
                         text(q.object),
                         text(q.datatype),
                         text(q.language),
                         q.literal};
    };
    std::sort(quads_.begin(), quads_.end(),
              [&](quad const& a, quad const& b) { return compare_quads(view(a), view(b)) < 0; });
    quads_.erase(std::unique(quads_.begin(), quads_.end(),
                             [&](quad const& a, quad const& b) {
                                 return compare_quads(view(a), view(b)) == 0;
                             }),
                 quads_.end());
}

} // namespace evkg::kg
