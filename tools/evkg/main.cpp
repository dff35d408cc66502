// evkg: annotations of conflict reports in, RDF out.
// Thin on purpose: options here, all work in the grammar and kg libraries.

#include "atomic_output.hpp"
#include "exit_codes.hpp"
#include "input_checks.hpp"

#include "evkg/grammar/diagnostics.hpp"
#include "evkg/grammar/parser.hpp"
#include "evkg/kg/build.hpp"
#include "evkg/kg/dot.hpp"
#include "evkg/kg/iri.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <exception>
#include <fmt/format.h>
#include <optional>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <vector>

#ifndef EVKG_VERSION
#define EVKG_VERSION "unknown"
#endif

namespace {

using namespace evkg::cli;

struct options {
    std::vector<std::string> inputs;
    std::string output;
    std::string format = "turtle";
    std::string base = evkg::kg::build_options{}.base;
    std::size_t max_errors = 50;
    std::size_t max_file_size = evkg::parse_limits{}.max_file_bytes;
    std::optional<std::string> root; // --root: `use` and `text` stay inside it
    bool stream = false;
    bool stats = false;
    unsigned jobs = 0; // 0: every core
};

// The work is CPU-bound: more threads than cores only cost memory (a stack
// and a malloc arena each), so -j N uses at most one thread per core.
unsigned worker_count(unsigned asked) {
    unsigned const cores = std::max(1u, std::thread::hardware_concurrency());
    return asked == 0 ? cores : std::min(asked, cores);
}

evkg::kg::pass_options pass_options_of(options const& opt) {
    evkg::kg::pass_options pass;
    pass.build.base = opt.base;
    pass.limits.max_file_bytes = opt.max_file_size;
    pass.jobs = worker_count(opt.jobs);
    return pass;
}

// --stats: what the run held, on standard error after everything else.
void print_stats(evkg::kg::indexed_corpus const& corpus) {
    auto const s = corpus.stats();
    constexpr double mebibyte = 1024.0 * 1024.0; // as /usr/bin/time and bench/run count
    struct rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    fmt::print(stderr,
               "evkg: stats: {} files, {} identifiers, {} reports; index {:.1f} MiB; "
               "peak RSS {:.1f} MiB\n",
               s.files, s.identifiers, s.reports, static_cast<double>(s.bytes) / mebibyte,
               static_cast<double>(usage.ru_maxrss) * 1024 / mebibyte);
}

void print_diagnostics(evkg::diagnostics const& ds, evkg::source_set& sources) {
    sources.restore_cited(ds); // the first pass released the texts
    std::string const text = evkg::render_all(ds, sources);
    std::fwrite(text.data(), 1, text.size(), stderr);
}

// The first pass: every file read, parsed and indexed (kg::index_corpus).
// Stops with an exit status on errors, or when `output` (may be empty) is
// one of the files read.
struct indexed {
    std::optional<evkg::kg::indexed_corpus> corpus;
    int status = exit_ok;
};

indexed read_corpus(options const& opt, evkg::diagnostics& ds, std::string const& output) {
    if (auto problem = check_inputs_readable(opt.inputs)) {
        fmt::print(stderr, "evkg: error: {}\n", *problem);
        return {std::nullopt, exit_no_input};
    }
    evkg::load_options load;
    load.limits.max_file_bytes = opt.max_file_size;
    if (opt.root) {
        std::string why;
        load.root = evkg::corpus_root::open(*opt.root, why);
        if (!load.root) {
            fmt::print(stderr, "evkg: error: --root '{}': {}\n", *opt.root, why);
            return {std::nullopt, exit_usage};
        }
    }
    load.jobs = worker_count(opt.jobs);
    evkg::kg::indexed_corpus corpus = evkg::kg::index_corpus(opt.inputs, ds, load);
    if (!corpus.loaded()) {
        print_diagnostics(ds, corpus.sources());
        return {std::nullopt, exit_data_error};
    }
    // Only now are the files reached through `use` and the article texts known.
    if (!output.empty()) {
        auto const files_read = [&corpus](auto const& visit) { corpus.for_each_file_read(visit); };
        if (auto clash = output_clashes_with_input(output, files_read)) {
            fmt::print(stderr, "evkg: error: {}\n", *clash);
            return {std::nullopt, exit_usage};
        }
    }
    return {std::move(corpus), exit_ok};
}

int run_check(options const& opt) {
    evkg::diagnostics ds(opt.max_errors);
    indexed read = read_corpus(opt, ds, {});
    if (!read.corpus) return read.status;
    bool const ok = evkg::kg::check(*read.corpus, pass_options_of(opt), ds);
    print_diagnostics(ds, read.corpus->sources()); // warnings too
    if (opt.stats) print_stats(*read.corpus);
    return ok && !ds.has_errors() ? exit_ok : exit_data_error;
}

// What to write: RDF in one of the four syntaxes, streamed as it is
// serialised, or a Graphviz picture drawn from the dataset's quads (so the
// picture shows exactly what the graph holds).
output_producer output_of(evkg::kg::dataset const& data, options const& opt) {
    if (opt.format == "dot")
        return [&data, &opt](auto const& emit) {
            evkg::kg::dot_options dot;
            dot.base = opt.base;
            return emit(evkg::kg::to_dot(data, dot));
        };
    auto const format = *evkg::kg::parse_syntax_name(opt.format);
    return [&data, format](auto const& emit) { return evkg::kg::serialize_to(data, format, emit); };
}

write_result write_output(options const& opt, output_producer const& produce) {
    bool const to_file = !opt.output.empty() && opt.output != "-";
    return to_file ? write_file_atomically(opt.output, produce) : write_stdout(produce);
}

// --stream: the second pass writes as it builds. A data error found then
// discards the output file. Standard output cannot be taken back: there the
// corpus is checked first (one more pass, without output), so a pipe never
// receives half a graph.
int run_streaming_build(options const& opt, evkg::kg::indexed_corpus& corpus,
                        evkg::diagnostics& ds) {
    auto const format = *evkg::kg::parse_syntax_name(opt.format);
    bool const to_stdout = opt.output.empty() || opt.output == "-";
    if (to_stdout && !evkg::kg::check(corpus, pass_options_of(opt), ds)) {
        print_diagnostics(ds, corpus.sources());
        return exit_data_error;
    }
    bool data_error = false;
    write_result const written = write_output(opt, [&](auto const& emit) {
        auto const status =
            evkg::kg::build_streaming(corpus, pass_options_of(opt), format, emit, ds);
        data_error = status == evkg::kg::stream_status::data_error;
        return status == evkg::kg::stream_status::ok;
    });
    print_diagnostics(ds, corpus.sources()); // warnings too
    if (data_error || ds.has_errors()) {
        if (to_stdout) // the file changed between the passes, say
            fmt::print(stderr, "evkg: error: the output on standard output is incomplete\n");
        return exit_data_error;
    }
    if (written.exit_status != exit_ok) {
        fmt::print(stderr, "evkg: error: {}\n", written.message);
        return written.exit_status;
    }
    return exit_ok;
}

// The default: the whole graph, then written sorted.
int run_sorted_build(options const& opt, evkg::kg::indexed_corpus& corpus, evkg::diagnostics& ds) {
    auto data = evkg::kg::build(corpus, pass_options_of(opt), ds);
    print_diagnostics(ds, corpus.sources()); // warnings too
    if (!data || ds.has_errors()) return exit_data_error;
    write_result const written = write_output(opt, output_of(*data, opt));
    if (written.exit_status != exit_ok) {
        fmt::print(stderr, "evkg: error: {}\n", written.message);
        return written.exit_status;
    }
    return exit_ok;
}

int run_build(options const& opt) {
    if (opt.format != "dot" && !evkg::kg::parse_syntax_name(opt.format)) {
        fmt::print(stderr,
                   "evkg: error: unknown output format '{}' (expected turtle, ntriples, "
                   "nquads, trig or dot)\n",
                   opt.format);
        return exit_usage;
    }
    if (opt.stream && opt.format == "dot") {
        fmt::print(stderr, "evkg: error: --stream writes RDF; a dot picture needs the whole "
                           "graph (drop --stream)\n");
        return exit_usage;
    }
    if (auto bad_base = evkg::kg::base_problem(opt.base); !bad_base.empty()) {
        fmt::print(stderr, "evkg: error: --base '{}' cannot prefix IRIs: {}\n", opt.base, bad_base);
        return exit_usage;
    }
    bool const to_file = !opt.output.empty() && opt.output != "-";
    if (to_file) {
        if (auto problem = output_directory_problem(opt.output)) {
            fmt::print(stderr, "evkg: error: {}\n", *problem);
            return exit_cant_create;
        }
    }
    evkg::diagnostics ds(opt.max_errors);
    indexed read = read_corpus(opt, ds, to_file ? opt.output : std::string{});
    if (!read.corpus) return read.status;
    int const status = opt.stream ? run_streaming_build(opt, *read.corpus, ds)
                                  : run_sorted_build(opt, *read.corpus, ds);
    if (opt.stats) print_stats(*read.corpus);
    return status;
}

void add_input_options(CLI::App& command, options& opt) {
    command.add_option("FILE", opt.inputs, "Annotation files (.ev); '-' reads standard input")
        ->required();
    command.add_option("--max-errors", opt.max_errors, "Stop after this many errors")
        ->check(CLI::Range(std::size_t{1}, std::size_t{100000}));
    command
        .add_option("--max-file-size", opt.max_file_size,
                    "Refuse input files larger than this many bytes (default 256 MiB)")
        ->check(CLI::Range(std::size_t{1}, evkg::parse_limits{}.max_file_bytes * std::size_t{16}));
    command.add_option("--root", opt.root,
                       "Read `use` and `text` files only inside this folder (after resolving "
                       "`..` and symbolic links); for corpora evkg did not write");
    command
        .add_option("-j,--jobs", opt.jobs,
                    "Worker threads (default 0: one per core; never more than the cores); the "
                    "output is the same for any number")
        ->check(CLI::Range(0u, 1024u));
    command.add_flag("--stats", opt.stats,
                     "Print on standard error what the run held: files, identifiers, reports, "
                     "the index's size and the peak memory");
}

} // namespace

int main(int argc, char** argv) {
    std::signal(SIGPIPE, SIG_IGN); // a closed pipe is reported by write(), not a signal
    install_interrupt_cleanup();

    CLI::App app{"evkg: knowledge graphs from annotated conflict reports.\n"
                 "Reads annotation files and writes RDF (Turtle, N-Triples, N-Quads, TriG).",
                 "evkg"};
    app.set_version_flag("--version", "evkg " EVKG_VERSION);
    app.require_subcommand(1);

    options opt;
    CLI::App* build =
        app.add_subcommand("build", "Build the RDF graph of the annotation files and write it");
    add_input_options(*build, opt);
    build->add_option("-o,--output", opt.output, "Output file (default: standard output)");
    build->add_option("-f,--format", opt.format,
                      "turtle (default), ntriples, nquads, trig, or dot (a Graphviz picture)");
    build->add_option("--base", opt.base, "Base IRI of every minted IRI");
    build->add_flag("--stream", opt.stream,
                    "Write while building, file by file, in source order (memory bounded by the "
                    "index of declared identifiers); default: the whole graph, sorted");

    CLI::App* check =
        app.add_subcommand("check", "Check the annotation files; print diagnostics only");
    add_input_options(*check, opt);

    try {
        app.parse(argc, argv);
    } catch (CLI::CallForHelp const& e) {
        return app.exit(e);
    } catch (CLI::CallForAllHelp const& e) {
        return app.exit(e);
    } catch (CLI::CallForVersion const& e) {
        return app.exit(e);
    } catch (CLI::ParseError const& e) {
        app.exit(e);
        return exit_usage;
    }

    try {
        if (build->parsed()) return run_build(opt);
        return run_check(opt);
    } catch (std::exception const& e) {
        fmt::print(stderr, "evkg: internal error: {}\n", e.what());
        return exit_software;
    }
}
