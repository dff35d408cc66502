// The first pass of a two-pass build (index_corpus): every file read once
// into the index, and done again in full when a skim cannot be trusted.
// What the second pass reads of it is indexed_corpus::impl.
#pragma once

#include "evkg/kg/build.hpp"
#include "index/corpus_index.hpp"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace evkg::kg {

struct indexed_corpus::impl {
    bool loaded = false;  // every file read and parsed without error
    bool skimmed = false; // the first pass skimmed: the second must check each file in full
    source_set sources;
    std::unique_ptr<corpus_index> index;
    // What the first pass was asked, to do it again in full.
    std::vector<std::string> paths;
    load_options load;
    // Pipes and standard input the first pass could not read (too long):
    // refused again, not read on from where the first pass stopped.
    std::map<std::string, std::string> refused_once;
};

// A skimmed file failed to parse in the second pass: the first pass is done
// again in full, and its diagnostics are the run's. That pass reports the
// file's errors; if it does not, the file changed in between.
void refuted_skim(indexed_corpus& input, diagnostics& out);

} // namespace evkg::kg
