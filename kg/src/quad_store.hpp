// The graph held in memory for the sorted outputs: Sord interns every node
// (one copy of each IRI and literal, shared by all the quads that use it)
// and the quads are four node pointers each, sorted once when written. Sord's
// own indexes are not used: evkg only inserts, then sorts by its own order.
#pragma once

#include "quad_buffer.hpp"
#include "quad_order.hpp"
#include "quad_sink.hpp"
#include "serd_handles.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace evkg::kg {

class quad_store final : public quad_sink {
public:
    quad_store();
    ~quad_store() override;
    // Nodes live as long as the store (its Sord world).
    quad_store(quad_store const&) = delete;
    quad_store& operator=(quad_store const&) = delete;

    void add(std::string_view graph, std::string_view subject, std::string_view predicate,
             object_term const& object) override;
    void add_all(quad_buffer const& buffer);

    struct quad {
        SordNode* graph;
        SordNode* subject;
        SordNode* predicate;
        SordNode* object;
    };
    // Sorted in graph order without repeats after sort_unique().
    std::vector<quad> const& quads() const { return quads_; }
    void sort_unique();
    // The positions of the quads in the order of the merged graph (Turtle,
    // N-Triples), a triple in two graphs once.
    std::vector<std::uint32_t> merged_order() const;
    static quad_view view(quad const& q, bool merge_graphs);

private:
    SordNode* intern_uri(std::string_view iri);
    SordNode* intern(std::string_view text, SordNode* cached, std::string& cached_text);

    handles::sord_world world_;
    std::vector<quad> quads_;
    std::string scratch_, scratch2_;
    // The graph and subject repeat from one quad to the next.
    SordNode* last_graph_ = nullptr;
    SordNode* last_subject_ = nullptr;
    std::string last_graph_text_, last_subject_text_;
};

} // namespace evkg::kg
