// The streaming sink for Turtle and TriG: each declaration's quads are
// written sorted, grouped by subject, as soon as the declaration is
// complete; repeats dropped.
#pragma once

#include "quads/quad_buffer.hpp"
#include "quads/quad_sink.hpp"
#include "write/rdf_writer.hpp"

namespace evkg::kg {

class declaration_writer final : public quad_sink {
public:
    explicit declaration_writer(rdf_writer& writer) : writer_(writer) {}
    void add(std::string_view graph, std::string_view subject, std::string_view predicate,
             object_term const& object) override {
        pending_.add(graph, subject, predicate, object);
    }
    void end_declaration() override;

private:
    rdf_writer& writer_;
    quad_buffer pending_;
};

} // namespace evkg::kg
