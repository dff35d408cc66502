// serialize(): the dataset sorted by evkg's own order (quad_order.hpp), then
// written by Serd. Sorting ourselves (rather than relying on an index) makes
// the bytes a function of the quads alone; Serd's abbreviating writer then
// groups consecutive statements of a subject with ';' and ','.
#include "quads/dataset_impl.hpp"
#include "write/rdf_writer.hpp"

#include <cstdint>
#include <stdexcept>
#include <vector>

namespace evkg::kg {

std::string serialize(dataset const& data, syntax format) {
    std::string output;
    serialize_to(data, format, [&output](std::string_view piece) {
        output.append(piece);
        return true;
    });
    return output;
}

bool serialize_to(dataset const& data, syntax format, output_sink const& sink) {
    rdf_writer writer(format, sink, true);
    bool const merge = writer.merges_graphs();
    quad_store const& store = data.internals().store;
    std::vector<quad_store::quad> const& stored = store.quads();
    if (!merge) { // already in this order (build() sorted it)
        for (auto const& q : stored)
            if (!writer.write(store.view(q, false))) return false;
        return writer.finish();
    }
    // Turtle and N-Triples merge the graphs: the same triple may sit in two.
    for (std::uint32_t i : store.merged_order())
        if (!writer.write(store.view(stored[i], true))) return false;
    return writer.finish();
}

} // namespace evkg::kg
