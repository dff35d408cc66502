// Quads held as text: the unit a worker thread hands back (the quads of one
// file) and a streaming writer sorts (the quads of one declaration). The
// strings sit in one growing buffer, each followed by a NUL so Serd can
// borrow them.
#pragma once

#include "quads/quad_sink.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace evkg::kg {

class quad_buffer final : public quad_sink {
public:
    struct term {
        std::uint32_t offset = 0, size = 0; // into the buffer; size 0 = none
    };
    struct quad {
        term graph, subject, predicate, object, datatype, language;
        bool literal = false;
    };

    void add(std::string_view graph, std::string_view subject, std::string_view predicate,
             object_term const& object) override;

    std::string_view text(term t) const { return {text_.data() + t.offset, t.size}; }
    std::vector<quad> const& quads() const { return quads_; }
    bool empty() const { return quads_.empty(); }
    void clear() {
        text_.clear();
        quads_.clear();
        recent_graphs_ = {};
        recent_subjects_ = {};
    }
    // Sorts in the order of the sorted output (quad_order.hpp) and drops
    // repeated quads; `merge_graphs` ignores the graph (Turtle, N-Triples).
    void sort_unique(bool merge_graphs);

private:
    // The last few distinct strings kept for one position of the quads.
    template <std::size_t N>
    struct recent_terms {
        std::array<term, N> terms{};
        std::size_t next = 0;
    };

    term keep(std::string_view s);
    // The graph and subject repeat from one quad to the next, and the few of
    // one declaration alternate: each is kept once while it is among the
    // last few, so that comparing two of them mostly compares offsets.
    template <std::size_t N>
    term keep_recent(std::string_view s, recent_terms<N>& recent);

    std::string text_;
    std::vector<quad> quads_;
    recent_terms<2> recent_graphs_;
    recent_terms<4> recent_subjects_;
};

} // namespace evkg::kg
