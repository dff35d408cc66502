// The first pass: each file read, summarised into the index and released;
// a skim redone in full when it went wrong, so the diagnostics are always
// those of parsing every file.
#include "driver/two_pass.hpp"

#include <map>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace evkg::kg {

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
    text_access const texts{load.limits.max_file_bytes, load.root ? &*load.root : nullptr};
    scanned_corpus scanned =
        scan_corpus(paths, out, load, [&](parsed_file&& file, source_set const& sources) {
            internals.index->add(summarize(file, sources, texts));
        });
    internals.loaded = !out.has_errors();
    internals.sources = std::move(scanned.sources);
    internals.refused_once = std::move(scanned.refused_once);
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
    auto read_once = std::make_shared<std::map<std::string, input_read>>();
    source_set const& sources = corpus.internals().sources;
    for (file_id f = 0; f < sources.size(); ++f)
        if (sources[f].reload_path().empty())
            read_once->emplace(sources[f].path(), input_read{sources[f].text(), {}, false});
    for (auto const& [shown, why] : corpus.internals().refused_once)
        read_once->emplace(shown, input_read{std::nullopt, why, false});
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

void refuted_skim(indexed_corpus& input, diagnostics& out) {
    index_in_full(input, out);
    if (!out.has_errors()) out.error({}, "the corpus changed while evkg was reading it");
}

} // namespace evkg::kg
