// The public face of grammar/: text in, AST and diagnostics out.
// Everything X3 lives behind this header, in one translation unit.
#pragma once

#include "evkg/grammar/ast.hpp"
#include "evkg/grammar/diagnostics.hpp"
#include "evkg/grammar/input_files.hpp"

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace evkg {

// One parsed file: its AST plus the byte ranges of every position-tagged
// node, so later stages can point diagnostics at the source.
struct parsed_file {
    file_id file = 0;
    ast::document document;
    // The byte range [first, second) of every tagged node: the parser sets
    // id_first == id_last == the node's index here (range_of reads it).
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    // No error in this file: encoding, syntax or structure (check_structure).
    // The document holds every statement that parsed, also when !ok.
    bool ok = false;

    source_range range_of(boost::spirit::x3::position_tagged const& node) const;
};

struct parse_limits {
    std::size_t max_file_bytes = 256u << 20; // 256 MiB
    std::size_t max_string_bytes = 1u << 20; // 1 MiB per quoted string
};

// Checks the raw bytes first (UTF-8, NUL, BOM, CR, bidi controls outside
// strings: see docs/language.md "Encoding"), then parses, then runs
// check_structure (check_structure.hpp). Recovers at declaration boundaries
// so one run reports every independent error; the file's diagnostics are
// appended to `out` in source order.
parsed_file parse_file(source_set const& sources, file_id file, diagnostics& out,
                       parse_limits const& limits = {});

// parse_file for a text parse_file already accepted (the same bytes, read
// again: source_file::restore checks their size and hash). Only the
// grammar runs; the byte checks and check_structure, which found nothing
// the first time, are skipped.
parsed_file parse_file_again(source_set const& sources, file_id file, diagnostics& out,
                             parse_limits const& limits = {});

// What the first pass of a two-pass build reads of a file (scan_corpus with
// load_options::skim): the byte checks, then the grammar for `prefix`,
// `use` and `report` statements and for whatever cannot be skimmed; every
// other declaration only as far as its kind and identifier (a declaration
// without label or properties in the document), its label and block
// stepped over. So it costs a fraction of parse_file, but it is not a check:
// a file with errors inside a skimmed block comes out without errors. Only
// parse_skimmed_file, later, says whether the file is valid; until then the
// document is exact for a valid file only. check_structure does not run.
parsed_file skim_file(source_set const& sources, file_id file, diagnostics& out,
                      parse_limits const& limits = {});

// parse_file for a text skim_file read (the same bytes, read again): the
// grammar and check_structure; the byte checks passed already.
parsed_file parse_skimmed_file(source_set const& sources, file_id file, diagnostics& out,
                               parse_limits const& limits = {});

// The documents of one corpus: every file given, plus every file reached
// through `use`, each loaded once (by canonical path), in a deterministic
// order (sorted by canonical path).
struct corpus {
    source_set sources;
    std::vector<parsed_file> files;
};

struct load_options {
    parse_limits limits;
    std::size_t max_use_depth = 16;
    // Threads that read and parse the files a file `use`s ahead of time; the
    // outcome (files, their order, diagnostics) is the same for any number.
    unsigned jobs = 1;
    // scan_corpus: skim_file each file that can be read again (not standard
    // input or a pipe) instead of parse_file. The caller then owes every
    // such file a parse_skimmed_file, and must not trust the scan unless
    // all of them pass.
    bool skim = false;
    // Inputs that cannot be read twice (standard input, a pipe), by the
    // name diagnostics give them ("<stdin>"): their texts, or why reading
    // them failed (too long, say). A first pass done again takes them from
    // here instead of reading the rest of the stream as if it were all.
    std::shared_ptr<std::map<std::string, input_read> const> read_once;
    // --root: every `use` and `text` must lie inside it (input_files.hpp).
    std::optional<corpus_root> root;
};

// Reads and parses `paths` ("-" is standard input). Missing or unreadable
// files, directories and `use` cycles are diagnostics, never exceptions.
corpus load_corpus(std::vector<std::string> const& paths, diagnostics& out,
                   load_options const& options = {});

// The same reading for a corpus too large to keep parsed: each file is handed
// to `visit` as soon as it is parsed (in the order files are reached), then
// its text is released (source_file::release) and its AST dropped. `files`
// lists the files in load_corpus's order (by canonical path).
struct scanned_corpus {
    source_set sources;
    std::vector<file_id> files;
    // Inputs that cannot be read twice and failed (by the name diagnostics
    // give them, with why): for load_options::read_once.
    std::map<std::string, std::string> refused_once;
};
scanned_corpus scan_corpus(std::vector<std::string> const& paths, diagnostics& out,
                           load_options const& options,
                           std::function<void(parsed_file&&, source_set const&)> const& visit);

} // namespace evkg
