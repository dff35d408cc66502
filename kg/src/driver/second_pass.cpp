#include "driver/second_pass.hpp"

#include "driver/build_file.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace evkg::kg {

namespace {
// Appends a worker's diagnostics to the run's, in file order; false once the
// run's error limit is reached.
bool merge(diagnostics& into, diagnostics const& from) {
    for (auto const& d : from.all())
        if (!into.add(d)) return false;
    return !into.limit_reached();
}
} // namespace

bool second_pass_ready(indexed_corpus& input, pass_options const& options, diagnostics& out) {
    if (!base_ok(options.build, out)) return false;
    if (!input.internals().index) throw std::logic_error("evkg: the corpus was not indexed");
    return input.internals().loaded;
}

void build_again(indexed_corpus::impl& corpus, pass_options const& options, std::size_t file_index,
                 quad_sink* sink, file_pass& pass) {
    // A file that declares nothing (only `use`s, say) has nothing to build:
    // the file that lists a corpus of 300,000 reports is not parsed again.
    if (corpus.index->declared_in(file_index) == 0) return;
    file_id const id = corpus.index->file_of(file_index);
    source_file& source = corpus.sources.file(id);
    if (!source.restore()) {
        pass.out.error({}, fmt::format("cannot read `{}` again: it changed or disappeared while "
                                       "evkg was reading the corpus",
                                       source.path()));
        pass.failed = true;
        return;
    }
    parsed_file const parsed =
        corpus.skimmed ? parse_skimmed_file(corpus.sources, id, pass.out, options.limits)
                       : parse_file_again(corpus.sources, id, pass.out, options.limits);
    if (!parsed.ok) {
        pass.refuted = corpus.skimmed;
        if (!pass.out.has_errors())
            pass.out.error(
                {}, fmt::format("`{}` changed while evkg was reading the corpus", source.path()));
        pass.failed = true;
    } else {
        pass.failed =
            !build_file(*corpus.index, file_index, parsed, options.build.base, sink, pass.out);
    }
    source.release();
}

bool second_pass_result::account(file_pass const& pass, diagnostics& out) {
    refuted |= pass.refuted;
    failed |= pass.failed;
    return !refuted && merge(out, pass.out);
}

} // namespace evkg::kg
