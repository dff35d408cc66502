// The second pass of a two-pass build, the one loop every output runs
// through: each file parsed again and built into a sink on a worker
// (ordered_parallel), its diagnostics and output taken on the calling
// thread in the corpus' order, the first pass redone in full when a skimmed
// file turns out to have syntax errors. What differs between `check`, the
// sorted build and the streaming writers is only the sink a worker builds
// into (none for `check`: resolution only) and what the calling thread does
// with it.
#pragma once

#include "driver/ordered_parallel.hpp"
#include "driver/two_pass.hpp"
#include "evkg/kg/build.hpp"
#include "quads/quad_sink.hpp"

#include <cstddef>
#include <functional>

namespace evkg::kg {

// The second pass also runs after errors in the index (a duplicate
// identifier, say), for the diagnostics; never after a file failed to load
// or parse.
bool second_pass_ready(indexed_corpus& input, pass_options const& options, diagnostics& out);

// One file of the second pass, on a worker: parsed again from its text
// (read again from disk), built into a sink, released.
struct file_pass {
    diagnostics out;
    bool failed = false;
    bool refuted = false; // a skimmed file with errors: the first pass must be done in full
    explicit file_pass(std::size_t max_errors) : out(max_errors) {}
};
void build_again(indexed_corpus::impl& corpus, pass_options const& options, std::size_t file_index,
                 quad_sink* sink, file_pass& pass);

struct second_pass_result {
    bool failed = false;
    bool refuted = false; // the first pass was done again: its diagnostics are the run's
    bool stopped = false; // the output refused a file's
    bool ok(diagnostics const& out) const { return !refuted && !failed && !out.has_errors(); }

    // On the calling thread, in file order: the file's diagnostics into the
    // run's; false once the run ends here.
    bool account(file_pass const& pass, diagnostics& out);
    // Whether the file's output is wanted: nothing failed and no error yet.
    bool wanted(diagnostics const& out) const { return !failed && !out.has_errors() && !stopped; }
};

// `build(f, into)` makes file f's sink on a worker, calls into(sink) and
// returns what the sink left (an Output); `take(output)` hands it on, on
// the calling thread, and returns false to stop writing (the files go on
// being checked). `weigh` and `budget` bound the outputs waiting, as in
// ordered_parallel.
template <typename Output, typename Build, typename Take>
second_pass_result second_pass(indexed_corpus& input, pass_options const& options, diagnostics& out,
                               Build const& build, Take const& take,
                               std::function<std::size_t(Output const&)> const& weigh = {},
                               std::size_t budget = 0) {
    auto& corpus = input.internals();
    struct built {
        file_pass pass;
        Output output;
    };
    std::function<std::size_t(built const&)> weigh_built;
    if (weigh) weigh_built = [&weigh](built const& b) { return weigh(b.output); };
    second_pass_result result;
    ordered_parallel<built>(
        corpus.index->file_count(), options.jobs,
        [&](std::size_t f) {
            file_pass pass(out.max_errors());
            Output output =
                build(f, [&](quad_sink* sink) { build_again(corpus, options, f, sink, pass); });
            return built{std::move(pass), std::move(output)};
        },
        [&](std::size_t, built&& b) {
            if (!result.account(b.pass, out)) return false;
            if (result.wanted(out)) result.stopped = !take(std::move(b.output));
            return !result.stopped; // after a data error, go on checking; after a write error, stop
        },
        weigh_built, budget);
    if (result.refuted) refuted_skim(input, out);
    return result;
}

} // namespace evkg::kg
