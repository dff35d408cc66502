#include "driver/build_file.hpp"

#include "emit/emit.hpp"
#include "evkg/kg/iri.hpp"
#include "resolve/resolve_declaration.hpp"

#include <fmt/format.h>

namespace evkg::kg {

bool base_ok(build_options const& options, diagnostics& out) {
    if (auto problem = base_problem(options.base); !problem.empty()) {
        out.error({}, fmt::format("invalid base IRI <{}>: {}", options.base, problem));
        return false;
    }
    return true;
}

bool build_file(corpus_index const& index, std::size_t file_index, parsed_file const& file,
                std::string const& base, quad_sink* sink, diagnostics& out) {
    resolver resolve(index, file_index, file, out);
    // A file parsed again must declare what the index found in it.
    if (resolve.local_symbols().size() != index.declared_in(file_index)) {
        out.error({}, fmt::format("`{}` changed while evkg was reading the corpus",
                                  index.sources()[file.file].path()));
        return false;
    }
    // In reading order, so diagnostics are too. A declaration is resolved
    // whole, then written: `check` (no sink) stops after resolution.
    std::optional<model_builder> model;
    if (sink != nullptr) model.emplace(*sink, out);
    std::optional<emitter> e;
    if (model) e.emplace(emitter{*model, base});
    for (local_symbol const& s : resolve.local_symbols()) {
        resolved::declaration record;
        if (resolve_declaration(resolve, s, record) && e) emit_declaration(*e, record);
        if (model) model->end_declaration();
        if (out.limit_reached()) break;
    }
    return !(model && model->failed());
}

} // namespace evkg::kg
