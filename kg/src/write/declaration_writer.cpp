#include "write/declaration_writer.hpp"

namespace evkg::kg {

void declaration_writer::end_declaration() {
    pending_.sort_unique(writer_.merges_graphs());
    for (auto const& q : pending_.quads())
        if (!writer_.write({writer_.merges_graphs() ? std::string_view{} : pending_.text(q.graph),
                            pending_.text(q.subject), pending_.text(q.predicate),
                            pending_.text(q.object), pending_.text(q.datatype),
                            pending_.text(q.language), q.literal}))
            break;
    pending_.clear();
}

} // namespace evkg::kg
