// build(), check() and build_streaming(): the corpus built into a quad sink,
// all or nothing. In one pass, a parsed corpus into the store; in two
// (indexed_corpus), the second pass (second_pass.hpp) into a store for the
// sorted outputs, into nothing for `check`, or into a writer per file for
// the streamed outputs.
#include "evkg/kg/build.hpp"

#include "driver/build_file.hpp"
#include "driver/second_pass.hpp"
#include "index/corpus_index.hpp"
#include "quads/dataset_impl.hpp"
#include "quads/quad_buffer.hpp"
#include "write/declaration_writer.hpp"
#include "write/line_writer.hpp"
#include "write/rdf_writer.hpp"

#include <memory>
#include <string>
#include <variant>

namespace evkg::kg {

dataset::dataset() : impl_(std::make_unique<impl>()) {}
dataset::dataset(dataset&&) noexcept = default;
dataset& dataset::operator=(dataset&&) noexcept = default;
dataset::~dataset() = default;

std::size_t dataset::quad_count() const { return impl_->store.quads().size(); }

std::optional<dataset> build(corpus const& input, build_options const& options, diagnostics& out) {
    if (!base_ok(options, out)) return std::nullopt;
    for (auto const& file : input.files)
        if (!file.ok) {
            if (!out.has_errors()) out.error({}, "the corpus has syntax errors");
            return std::nullopt;
        }
    std::size_t const errors_before = out.error_count();
    corpus_index index(input.sources, out);
    std::vector<file_id> canonical;
    for (auto const& file : input.files) {
        index.add(summarize(file, input.sources));
        canonical.push_back(file.file);
    }
    index.finish(canonical);

    dataset result;
    quad_store& store = result.internals().store;
    bool failed = false;
    for (std::size_t f = 0; f < input.files.size() && !out.limit_reached(); ++f)
        failed |= !build_file(index, f, input.files[f], options.base, &store, out);
    if (failed || out.error_count() > errors_before || out.has_errors()) return std::nullopt;
    store.finish();
    return result;
}

std::optional<dataset> build(indexed_corpus& input, pass_options const& options, diagnostics& out) {
    if (!second_pass_ready(input, options, out)) return std::nullopt;
    dataset result;
    quad_store& store = result.internals().store;
    // Each worker fills its own buffer: the store is the calling thread's.
    auto const pass = second_pass<quad_buffer>(
        input, options, out,
        [](std::size_t, auto const& build_into) {
            quad_buffer quads;
            build_into(&quads);
            return quads;
        },
        [&store](quad_buffer&& quads) {
            store.add_all(quads);
            return true;
        });
    if (!pass.ok(out)) return std::nullopt;
    store.finish();
    return result;
}

bool check(indexed_corpus& input, pass_options const& options, diagnostics& out) {
    if (!second_pass_ready(input, options, out)) return false;
    auto const pass = second_pass<std::monostate>(
        input, options, out,
        [](std::size_t, auto const& build_into) {
            build_into(nullptr); // resolution only: no quads
            return std::monostate{};
        },
        [](std::monostate&&) { return true; });
    return pass.ok(out);
}

stream_status build_streaming(indexed_corpus& input, pass_options const& options, syntax format,
                              output_sink const& sink, diagnostics& out) {
    if (!second_pass_ready(input, options, out)) return stream_status::data_error;
    // Known errors already (in the index): check on, but write nothing.
    if (out.has_errors()) {
        check(input, options, out);
        return stream_status::data_error;
    }
    auto const& corpus = input.internals();
    // The prefixes once, then each file's statements from its own writer.
    {
        rdf_writer header(format, sink, true);
        if (!header.finish()) return stream_status::sink_stopped;
    }
    auto const pass = second_pass<std::string>(
        input, options, out,
        [&](std::size_t f, auto const& build_into) {
            std::string bytes;
            // N-Triples take about 7 bytes per byte of annotation: one
            // allocation, not a dozen doublings that copy what is written.
            bytes.reserve(corpus.sources[corpus.index->file_of(f)].text_size() * 8);
            rdf_writer writer(format, bytes, false);
            if (writer.pretty()) {
                declaration_writer declarations(writer);
                build_into(&declarations);
            } else {
                line_writer lines(writer, bytes);
                build_into(&lines);
            }
            writer.finish();
            return bytes;
        },
        [&sink](std::string&& bytes) { return bytes.empty() || sink(bytes); },
        // The files' bytes waiting behind a slow one: at most 16 MiB (plus
        // the files in the making), within the streaming build's memory.
        [](std::string const& bytes) { return bytes.capacity(); }, std::size_t{16} << 20);
    if (!pass.ok(out)) return stream_status::data_error;
    if (pass.stopped) return stream_status::sink_stopped;
    return stream_status::ok;
}

} // namespace evkg::kg
