// The streaming sink for N-Triples and N-Quads: each quad is written into
// `bytes` as it is built, in that order; once its declaration is complete, a
// line the declaration wrote already is taken out. Not held and sorted per
// declaration as for Turtle: that costs much of a streamed build's time, for
// an order these syntaxes do not show.
#pragma once

#include "quads/quad_sink.hpp"
#include "write/rdf_writer.hpp"
#include "write/repeated_lines.hpp"

#include <cstddef>
#include <string>

namespace evkg::kg {

class line_writer final : public quad_sink {
public:
    line_writer(rdf_writer& writer, std::string& bytes)
        : writer_(writer), bytes_(bytes), declaration_start_(bytes.size()) {}
    void add(std::string_view graph, std::string_view subject, std::string_view predicate,
             object_term const& object) override {
        // N-Triples: the writer leaves the graph out.
        writer_.write({graph, subject, predicate, object.text, object.datatype, object.language,
                       object.literal});
    }
    void end_declaration() override {
        if (writer_.flush_lines()) drop_repeated_lines();
        declaration_start_ = bytes_.size();
    }

private:
    void drop_repeated_lines();

    rdf_writer& writer_;
    std::string& bytes_;
    std::size_t declaration_start_;
    repeated_lines written_;
};

} // namespace evkg::kg
