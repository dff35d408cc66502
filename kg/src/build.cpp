// build(): resolve the corpus and fill a Sord model; all or nothing.
#include "evkg/kg/build.hpp"
#include "dataset_impl.hpp"
#include "emit.hpp"
#include "evkg/kg/iri.hpp"

#include <fmt/format.h>

namespace evkg::kg {

namespace {
// Sord would print to stderr; libraries never print, and every model error
// is already a diagnostic of ours.
SerdStatus ignore_sord_error(void*, SerdError const*) { return SERD_SUCCESS; }
} // namespace

dataset::dataset() : impl_(std::make_unique<impl>()) {
    impl_->world.reset(sord_world_new());
    if (!impl_->world) throw std::bad_alloc();
    sord_world_set_error_sink(impl_->world.get(), ignore_sord_error, nullptr);
    // Graph-aware (quads) with one index: evkg only inserts and iterates
    // (serialize() sorts by its own order), and every extra index costs a
    // B-tree insert per quad (Sord adds the graph-first twin of each).
    impl_->model.reset(sord_new(impl_->world.get(), SORD_SPO, true));
    if (!impl_->model) throw std::bad_alloc();
}
dataset::dataset(dataset&&) noexcept = default;
dataset& dataset::operator=(dataset&&) noexcept = default;
// The model holds nodes of the world: free the model first.
dataset::~dataset() {
    if (impl_) impl_->model.reset();
}

std::size_t dataset::quad_count() const { return sord_num_quads(impl_->model.get()); }

std::optional<syntax> parse_syntax_name(std::string_view name) {
    if (name == "turtle" || name == "ttl") return syntax::turtle;
    if (name == "ntriples" || name == "nt") return syntax::ntriples;
    if (name == "nquads" || name == "nq") return syntax::nquads;
    if (name == "trig") return syntax::trig;
    return std::nullopt;
}

std::optional<dataset> build(corpus const& input, build_options const& options, diagnostics& out) {
    if (auto problem = base_problem(options.base); !problem.empty()) {
        out.error({}, fmt::format("invalid base IRI <{}>: {}", options.base, problem));
        return std::nullopt;
    }
    for (auto const& file : input.files)
        if (!file.ok) {
            if (!out.has_errors()) out.error({}, "the corpus has syntax errors");
            return std::nullopt;
        }
    std::size_t const errors_before = out.error_count();

    dataset result;
    auto& internals = result.internals();
    model_builder model(internals.world.get(), internals.model.get(), out);
    resolver resolve(input, out);
    emitter e{resolve, model, options.base};
    // In reading order, so diagnostics are too; the model is a set of quads
    // and serialize() sorts it, so the output does not depend on this order.
    for (symbol const* s : resolve.symbols().in_source_order()) {
        emit_declaration(e, *s);
        if (out.limit_reached()) break;
    }
    if (model.failed() || out.error_count() > errors_before || out.has_errors())
        return std::nullopt;
    return result;
}

} // namespace evkg::kg
