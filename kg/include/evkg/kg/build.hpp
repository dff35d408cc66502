// The public face of kg/: a parsed corpus in, an RDF dataset out.
#pragma once

#include "evkg/grammar/diagnostics.hpp"
#include "evkg/grammar/parser.hpp"
#include "evkg/kg/syntax.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evkg::kg {

struct build_options {
    // Every minted IRI starts with this; must be an absolute IRI ending in '/' or '#'.
    std::string base = "https://example.org/evkg/";
};

// The resolved, built dataset (quads in a Sord model). Move-only.
class dataset {
public:
    dataset();
    dataset(dataset&&) noexcept;
    dataset& operator=(dataset&&) noexcept;
    ~dataset();

    std::size_t quad_count() const;

    struct impl;
    impl& internals() { return *impl_; }
    impl const& internals() const { return *impl_; }

private:
    std::unique_ptr<impl> impl_;
};

// Resolves references across the corpus, checks types and vocabulary, resolves
// dates, mints IRIs and builds the dataset. Returns nullopt (with
// diagnostics) when anything is wrong: evkg never writes a partial graph.
std::optional<dataset> build(corpus const& input, build_options const& options, diagnostics& out);

// A corpus too large to keep parsed is built in two passes. The first reads
// every file once and keeps only an index of it (every declared identifier,
// each file's prefixes, each report's date, language and outlet), releasing
// the file's text and AST. The second parses one file at a time again and
// builds it. Memory is then bounded by the index (about 76 bytes per
// declared identifier, the list of files and the reports included:
// stats()), not by the size of the files.
//
// The first pass skims (skim_file): only what the index needs is parsed,
// every other declaration is stepped over, so a file is fully parsed once,
// in the second pass. The diagnostics are still those of parsing every file
// in the first pass: a first pass with errors is done again with parse_file,
// and so is the whole run when the second pass finds a file with syntax
// errors the skim stepped over (its output is then discarded: an error).
class indexed_corpus {
public:
    indexed_corpus();
    indexed_corpus(indexed_corpus&&) noexcept;
    indexed_corpus& operator=(indexed_corpus&&) noexcept;
    ~indexed_corpus();

    // Calls `visit` with every file read, until it returns false: the files
    // given, those reached through `use`, and the reports' article texts (so
    // no output can overwrite an input).
    void for_each_file_read(std::function<bool(std::string const&)> const& visit) const;
    // For rendering diagnostics (source_set::restore_cited first).
    source_set& sources();
    // Every file was read and parsed without error (the index itself may
    // still have found errors: duplicate identifiers, say).
    bool loaded() const;

    // What the first pass keeps for the second, for `--stats` and the
    // benchmarks: the only memory of a streaming build that grows with the
    // corpus.
    struct index_stats {
        std::size_t files = 0;
        std::size_t identifiers = 0; // declared (first definitions)
        std::size_t reports = 0;
        std::size_t bytes = 0; // held by the index and the list of files (table slack included)
    };
    index_stats stats() const;

    struct impl;
    impl& internals() { return *impl_; }

private:
    std::unique_ptr<impl> impl_;
};

// The first pass. Check loaded() before the second, which reports the
// index's errors along with its own.
indexed_corpus index_corpus(std::vector<std::string> const& paths, diagnostics& out,
                            load_options const& load = {});

struct pass_options {
    build_options build;
    parse_limits limits;
    // Worker threads of the second pass; the files are built in parallel and
    // their results put together in the corpus' order, so the output is the
    // same for any number.
    unsigned jobs = 1;
};

// The second pass into a dataset, for the sorted outputs (serialize()).
std::optional<dataset> build(indexed_corpus& input, pass_options const& options, diagnostics& out);

// The second pass without output: every diagnostic `build` would give.
bool check(indexed_corpus& input, pass_options const& options, diagnostics& out);

// The second pass written as it goes: each file's quads in the order of its
// declarations (each declaration's quads sorted), the files in the corpus'
// order; the same graph as the sorted output, possibly with a triple that
// two declarations both state written twice. Stops writing at the first
// error (the output is then incomplete: the caller discards it) but goes
// on checking, up to the error limit.
enum class stream_status { ok, data_error, sink_stopped };
stream_status build_streaming(indexed_corpus& input, pass_options const& options, syntax format,
                              output_sink const& sink, diagnostics& out);

// Serialises the whole dataset into memory: sorted, byte-deterministic.
// Turtle and N-Triples merge all graphs. Throws std::runtime_error only on an
// internal serialiser failure (never on user input, which build() checked).
std::string serialize(dataset const& data, syntax format);

// The same bytes as serialize(), handed to `sink` in pieces of about 64 KiB
// instead of being held in memory whole. Returns false if the sink stopped it.
bool serialize_to(dataset const& data, syntax format, output_sink const& sink);

} // namespace evkg::kg
