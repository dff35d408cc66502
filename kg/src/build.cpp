// build(): index the corpus, then build each file into a quad sink; all or
// nothing. The two-pass forms (indexed_corpus) parse each file again in the
// second pass, one file at a time, on as many threads as asked.
#include "evkg/kg/build.hpp"
#include "corpus_index.hpp"
#include "dataset_impl.hpp"
#include "emit.hpp"
#include "evkg/kg/iri.hpp"
#include "ordered_parallel.hpp"
#include "quad_buffer.hpp"
#include "rdf_writer.hpp"
#include "repeated_lines.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace evkg::kg {

dataset::dataset() : impl_(std::make_unique<impl>()) {}
dataset::dataset(dataset&&) noexcept = default;
dataset& dataset::operator=(dataset&&) noexcept = default;
dataset::~dataset() = default;

std::size_t dataset::quad_count() const { return impl_->store.quads().size(); }

namespace {

bool base_ok(build_options const& options, diagnostics& out) {
    if (auto problem = base_problem(options.base); !problem.empty()) {
        out.error({}, fmt::format("invalid base IRI <{}>: {}", options.base, problem));
        return false;
    }
    return true;
}

// The quads of one file into `sink`, its errors into `out`; false on an
// internal error (a term the model refused).
bool build_file(corpus_index const& index, std::size_t file_index, parsed_file const& file,
                std::string const& base, quad_sink& sink, diagnostics& out) {
    resolver resolve(index, file_index, file, out);
    // A file parsed again must declare what the index found in it.
    if (resolve.local_symbols().size() != index.declared_in(file_index)) {
        out.error({}, fmt::format("`{}` changed while evkg was reading the corpus",
                                  index.sources()[file.file].path()));
        return false;
    }
    model_builder model(sink, out);
    emitter e{resolve, model, base};
    // In reading order, so diagnostics are too.
    for (local_symbol const& s : resolve.local_symbols()) {
        emit_declaration(e, s);
        model.end_declaration();
        if (out.limit_reached()) break;
    }
    return !model.failed();
}

// Appends a worker's diagnostics to the run's, in file order; false once the
// run's error limit is reached.
bool merge(diagnostics& into, diagnostics const& from) {
    for (auto const& d : from.all())
        if (!into.add(d)) return false;
    return !into.limit_reached();
}

} // namespace

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
        failed |= !build_file(index, f, input.files[f], options.base, store, out);
    if (failed || out.error_count() > errors_before || out.has_errors()) return std::nullopt;
    store.finish();
    return result;
}

// --- two passes ------------------------------------------------------------

struct indexed_corpus::impl {
    bool loaded = false;  // every file read and parsed without error
    bool skimmed = false; // the first pass skimmed: the second must check each file in full
    source_set sources;
    std::unique_ptr<corpus_index> index;
    // What the first pass was asked, to do it again in full.
    std::vector<std::string> paths;
    load_options load;
};

indexed_corpus::indexed_corpus() : impl_(std::make_unique<impl>()) {}
indexed_corpus::indexed_corpus(indexed_corpus&&) noexcept = default;
indexed_corpus& indexed_corpus::operator=(indexed_corpus&&) noexcept = default;
indexed_corpus::~indexed_corpus() = default;

void indexed_corpus::for_each_file_read(
    std::function<bool(std::string const&)> const& visit) const {
    corpus_index const& index = *impl_->index;
    for (std::size_t f = 0; f < index.file_count(); ++f) {
        if (!visit(impl_->sources[index.file_of(f)].path())) return;
        for (auto const& article : index.article_files(f))
            if (!visit(article)) return;
    }
}
source_set& indexed_corpus::sources() { return impl_->sources; }
bool indexed_corpus::loaded() const { return impl_->loaded; }
indexed_corpus::index_stats indexed_corpus::stats() const {
    index_stats stats;
    if (corpus_index const* index = impl_->index.get()) {
        stats.files = index->file_count();
        stats.identifiers = index->symbols().size();
        stats.reports = index->report_count();
        stats.bytes = index->bytes() + impl_->sources.bytes();
    }
    return stats;
}
namespace {

indexed_corpus scan_into_index(std::vector<std::string> const& paths, diagnostics& out,
                               load_options const& load) {
    indexed_corpus result;
    auto& internals = result.internals();
    internals.paths = paths;
    internals.load = load;
    internals.skimmed = load.skim;
    // Each file goes into the index as soon as it is read, so the first
    // pass holds no more than the index; finish() puts it in canonical order.
    internals.index = std::make_unique<corpus_index>(internals.sources, out);
    scanned_corpus scanned =
        scan_corpus(paths, out, load, [&](parsed_file&& file, source_set const& sources) {
            internals.index->add(summarize(file, sources));
        });
    internals.loaded = !out.has_errors();
    internals.sources = std::move(scanned.sources);
    // A skimming pass that failed is done again in full (index_corpus): its
    // index would only be thrown away.
    if (internals.loaded || !internals.skimmed) internals.index->finish(scanned.files);
#ifdef __GLIBC__
    // The first pass freed every file's text, AST and summary, in the arenas
    // of several threads; hand the free pages back before the second pass
    // allocates its own, or the peak RSS is the sum of both.
    malloc_trim(0);
#endif
    return result;
}

// The first pass parsing every file in full: its diagnostics replace those
// of the skimming run, which was wrong to trust the files it stepped over.
void index_in_full(indexed_corpus& corpus, diagnostics& out) {
    std::vector<std::string> const paths = std::move(corpus.internals().paths);
    load_options load = corpus.internals().load;
    load.skim = false;
    // Standard input and pipes cannot be read again: their texts, still held.
    auto read_once = std::make_shared<std::map<std::string, std::string>>();
    source_set const& sources = corpus.internals().sources;
    for (file_id f = 0; f < sources.size(); ++f)
        if (sources[f].reload_path().empty())
            read_once->emplace(sources[f].path(), sources[f].text());
    load.read_once = std::move(read_once);
    out = diagnostics(out.max_errors());
    corpus = indexed_corpus(); // the skimmed index gone first: not both in memory
    corpus = scan_into_index(paths, out, load);
}

} // namespace

indexed_corpus index_corpus(std::vector<std::string> const& paths, diagnostics& out,
                            load_options const& load) {
    load_options skim = load;
    skim.skim = true;
    indexed_corpus result = scan_into_index(paths, out, skim);
    // An error while reading (a file missing, a syntax error outside the
    // skimmed blocks) or in the index (a duplicate identifier): the full
    // pass gives every error, in order. (A file whose declarations all lose
    // to duplicates would not be parsed again to find its syntax errors.)
    if (out.has_errors()) index_in_full(result, out);
    return result;
}

namespace {

// One file of the second pass, on a worker: parsed again from its text
// (read again from disk), built into `sink`, released.
struct file_pass {
    diagnostics out;
    bool failed = false;
    bool refuted = false; // a skimmed file with errors: the first pass must be done in full
    explicit file_pass(std::size_t max_errors) : out(max_errors) {}
};

template <typename Sink>
file_pass build_again(indexed_corpus::impl& corpus, pass_options const& options,
                      std::size_t max_errors, std::size_t file_index, Sink& sink) {
    file_pass pass(max_errors);
    // A file that declares nothing (only `use`s, say) has nothing to build:
    // the file that lists a corpus of 300,000 reports is not parsed again.
    if (corpus.index->declared_in(file_index) == 0) return pass;
    file_id const id = corpus.index->file_of(file_index);
    source_file& source = corpus.sources.file(id);
    if (!source.restore()) {
        pass.out.error({}, fmt::format("cannot read `{}` again: it changed or disappeared while "
                                       "evkg was reading the corpus",
                                       source.path()));
        pass.failed = true;
        return pass;
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
    return pass;
}

// A skimmed file failed to parse in the second pass: the first pass is done
// again in full, and its diagnostics are the run's. That pass reports the
// file's errors; if it does not, the file changed in between.
void refuted_skim(indexed_corpus& input, diagnostics& out) {
    index_in_full(input, out);
    if (!out.has_errors()) out.error({}, "the corpus changed while evkg was reading it");
}

// The second pass also runs after errors in the index (a duplicate
// identifier, say), for the diagnostics; never after a file failed to load
// or parse.
bool second_pass_ready(indexed_corpus& input, pass_options const& options, diagnostics& out) {
    if (!base_ok(options.build, out)) return false;
    if (!input.internals().index) throw std::logic_error("evkg: the corpus was not indexed");
    return input.internals().loaded;
}

} // namespace

std::optional<dataset> build(indexed_corpus& input, pass_options const& options, diagnostics& out) {
    if (!second_pass_ready(input, options, out)) return std::nullopt;
    auto& corpus = input.internals();
    dataset result;
    quad_store& store = result.internals().store;
    bool failed = false, refuted = false;
    struct built {
        file_pass pass;
        quad_buffer quads;
    };
    ordered_parallel<built>(
        corpus.index->file_count(), options.jobs,
        [&](std::size_t f) {
            quad_buffer quads;
            file_pass pass = build_again(corpus, options, out.max_errors(), f, quads);
            return built{std::move(pass), std::move(quads)};
        },
        [&](std::size_t, built&& b) {
            refuted |= b.pass.refuted;
            failed |= b.pass.failed;
            if (refuted || !merge(out, b.pass.out)) return false;
            if (!failed && !out.has_errors()) store.add_all(b.quads);
            return true;
        });
    if (refuted) refuted_skim(input, out);
    if (refuted || failed || out.has_errors()) return std::nullopt;
    store.finish();
    return result;
}

namespace {
// Discards every quad: `check` builds for the diagnostics only.
class null_sink final : public quad_sink {
public:
    void add(std::string_view, std::string_view, std::string_view, object_term const&) override {}
};

// Turtle and TriG: each declaration's quads are written sorted, grouped by
// subject, as soon as the declaration is complete; repeats dropped.
class declaration_writer final : public quad_sink {
public:
    explicit declaration_writer(rdf_writer& writer) : writer_(writer) {}
    void add(std::string_view graph, std::string_view subject, std::string_view predicate,
             object_term const& object) override {
        pending_.add(graph, subject, predicate, object);
    }
    void end_declaration() override {
        pending_.sort_unique(writer_.merges_graphs());
        for (auto const& q : pending_.quads())
            if (!writer_.write(
                    {writer_.merges_graphs() ? std::string_view{} : pending_.text(q.graph),
                     pending_.text(q.subject), pending_.text(q.predicate), pending_.text(q.object),
                     pending_.text(q.datatype), pending_.text(q.language), q.literal}))
                break;
        pending_.clear();
    }

private:
    rdf_writer& writer_;
    quad_buffer pending_;
};

// N-Triples and N-Quads: each quad is written into `bytes` as it is built, in
// that order; once its declaration is complete, a line the declaration wrote
// already is taken out. (Holding and sorting each declaration's quads, as for
// Turtle, cost 9% of a streamed build's instructions, for an order these
// syntaxes do not show; flushing Serd after each line, 1%.)
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
    // Each statement is one line: Serd escapes line ends in literals.
    void drop_repeated_lines() {
        std::size_t kept = declaration_start_; // the lines kept end here
        for (std::size_t at = declaration_start_; at < bytes_.size();) {
            std::size_t const end = std::min(bytes_.find('\n', at), bytes_.size() - 1) + 1;
            std::size_t const size = end - at;
            if (kept != at) std::memmove(bytes_.data() + kept, bytes_.data() + at, size);
            if (!written_.seen_before(bytes_, kept, size)) kept += size;
            at = end;
        }
        bytes_.resize(kept);
        written_.clear();
    }

    rdf_writer& writer_;
    std::string& bytes_;
    std::size_t declaration_start_;
    repeated_lines written_;
};
} // namespace

bool check(indexed_corpus& input, pass_options const& options, diagnostics& out) {
    if (!second_pass_ready(input, options, out)) return false;
    auto& corpus = input.internals();
    bool failed = false, refuted = false;
    ordered_parallel<file_pass>(
        corpus.index->file_count(), options.jobs,
        [&](std::size_t f) {
            null_sink none;
            return build_again(corpus, options, out.max_errors(), f, none);
        },
        [&](std::size_t, file_pass&& pass) {
            refuted |= pass.refuted;
            failed |= pass.failed;
            return !refuted && merge(out, pass.out);
        });
    if (refuted) refuted_skim(input, out);
    return !refuted && !failed && !out.has_errors();
}

stream_status build_streaming(indexed_corpus& input, pass_options const& options, syntax format,
                              output_sink const& sink, diagnostics& out) {
    if (!second_pass_ready(input, options, out)) return stream_status::data_error;
    // Known errors already (in the index): check on, but write nothing.
    if (out.has_errors()) {
        check(input, options, out);
        return stream_status::data_error;
    }
    auto& corpus = input.internals();
    // The prefixes once, then each file's statements from its own writer.
    {
        rdf_writer header(format, sink, true);
        if (!header.finish()) return stream_status::sink_stopped;
    }
    bool failed = false, stopped = false, refuted = false;
    struct written {
        file_pass pass;
        std::string bytes;
    };
    ordered_parallel<written>(
        corpus.index->file_count(), options.jobs,
        [&](std::size_t f) {
            std::string bytes;
            // N-Triples take about 7 bytes per byte of annotation: one
            // allocation, not a dozen doublings that copy what is written.
            bytes.reserve(corpus.sources[corpus.index->file_of(f)].text_size() * 8);
            rdf_writer writer(format, bytes, false);
            file_pass pass = [&] {
                if (writer.pretty()) {
                    declaration_writer declarations(writer);
                    return build_again(corpus, options, out.max_errors(), f, declarations);
                }
                line_writer lines(writer, bytes);
                return build_again(corpus, options, out.max_errors(), f, lines);
            }();
            writer.finish();
            return written{std::move(pass), std::move(bytes)};
        },
        [&](std::size_t, written&& w) {
            refuted |= w.pass.refuted;
            failed |= w.pass.failed;
            if (refuted || !merge(out, w.pass.out)) return false;
            if (!failed && !out.has_errors() && !stopped && !w.bytes.empty())
                stopped = !sink(w.bytes);
            return !stopped; // after a data error, go on checking; after a write error, stop
        },
        // The files' bytes waiting behind a slow one: at most 16 MiB (plus
        // the files in the making), within the streaming build's memory.
        [](written const& w) { return w.bytes.capacity(); }, std::size_t{16} << 20);
    if (refuted) refuted_skim(input, out);
    if (refuted || failed || out.has_errors()) return stream_status::data_error;
    if (stopped) return stream_status::sink_stopped;
    return stream_status::ok;
}

} // namespace evkg::kg
