#include "quad_buffer.hpp"

#include "quad_order.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
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

namespace {
// A few bytes of a term, enough to tell most terms of one declaration apart
// (they share long prefixes, so the end matters): a hash table key, checked
// by a full comparison.
std::uint64_t fingerprint(std::string_view s) {
    std::uint64_t tail = 0;
    std::size_t const n = std::min<std::size_t>(s.size(), 8);
    std::memcpy(&tail, s.data() + s.size() - n, n);
    return (tail ^ s.size()) * 0x9E3779B97F4A7C15u;
}
} // namespace

void quad_buffer::drop_repeats(bool merge_graphs) {
    std::size_t const n = quads_.size();
    if (n < 2) return;
    auto const same = [&](quad const& a, quad const& b) {
        auto const equal = [&](term x, term y) {
            return (x.offset == y.offset && x.size == y.size) || text(x) == text(y);
        };
        return a.literal == b.literal && equal(a.object, b.object) &&
               equal(a.predicate, b.predicate) && equal(a.subject, b.subject) &&
               (merge_graphs || equal(a.graph, b.graph)) &&
               (!a.literal || (equal(a.datatype, b.datatype) && equal(a.language, b.language)));
    };
    auto const hash = [&](quad const& q) {
        std::uint64_t h = fingerprint(text(q.subject));
        h = std::rotl(h, 17) ^ fingerprint(text(q.predicate));
        h = std::rotl(h, 17) ^ fingerprint(text(q.object));
        return h ^ (h >> 29);
    };
    // Open addressing over indices + 1 (0 = free), at most half full.
    std::size_t const size = std::bit_ceil(2 * n);
    slots_.assign(size, 0);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < n; ++i) {
        quad const& q = quads_[i];
        std::size_t slot = hash(q) & (size - 1);
        bool repeated = false;
        for (; slots_[slot] != 0; slot = (slot + 1) & (size - 1))
            if (same(quads_[slots_[slot] - 1], q)) {
                repeated = true;
                break;
            }
        if (repeated) continue;
        quads_[kept] = q;
        slots_[slot] = static_cast<std::uint32_t>(kept + 1);
        ++kept;
    }
    quads_.resize(kept);
}

} // namespace evkg::kg
