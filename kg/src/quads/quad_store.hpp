// The graph held in memory for the sorted outputs. Sord interns every node
// (one copy of each IRI and literal, shared by all the quads that use it);
// each quad is four 32-bit node numbers. finish() numbers the nodes in the
// order of quad_order.hpp, so sorting the quads compares integers, never
// strings. Sord's own indexes are not used: evkg only inserts, then sorts.
#pragma once

#include "quads/quad_buffer.hpp"
#include "quads/quad_order.hpp"
#include "quads/quad_sink.hpp"
#include "quads/serd_handles.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace evkg::kg {

class quad_store final : public quad_sink {
public:
    quad_store();
    quad_store(quad_store const&) = delete;
    quad_store& operator=(quad_store const&) = delete;

    void add(std::string_view graph, std::string_view subject, std::string_view predicate,
             object_term const& object) override;
    void add_all(quad_buffer const& buffer);

    // Numbers the nodes in order, sorts the quads in graph order and drops
    // repeats. Call once, after the last add().
    void finish();

    struct quad {
        std::uint32_t graph, subject, predicate, object;
    };
    // In graph order (N-Quads, TriG), after finish().
    std::vector<quad> const& quads() const { return quads_; }
    // The positions of the quads in the order of the merged graph (Turtle,
    // N-Triples), a triple in two graphs once.
    std::vector<std::uint32_t> merged_order() const;
    quad_view view(quad const& q, bool merge_graphs) const;

private:
    SordNode* intern_uri(std::string_view iri);
    // Through a small cache of recent IRIs first: predicates, classes and
    // concepts repeat all the time, and Sord's own lookup copies and hashes.
    SordNode* intern_recent_uri(std::string_view iri);
    std::uint32_t number_of(SordNode* node);
    void grow_numbers();

    handles::sord_world world_;
    std::vector<quad> quads_;
    std::vector<SordNode*> nodes_; // by number
    // Node address -> number + 1 (open addressing; 0 = empty).
    std::vector<std::uint32_t> numbers_;
    std::string scratch_, scratch2_;
    std::array<SordNode*, 4096> recent_{};
    // The graph and subject repeat from one quad to the next.
    std::string last_graph_text_, last_subject_text_;
    std::uint32_t last_graph_ = 0, last_subject_ = 0;
    bool has_last_ = false;
    std::uint32_t type_number_ = UINT32_MAX; // rdf:type, first among predicates
    bool finished_ = false;
};

} // namespace evkg::kg
