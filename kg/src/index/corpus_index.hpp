// What the builder must know of the whole corpus before it builds any file:
// every declared identifier (symbol_table), each file's prefixes, and each
// report's publication date, language, outlet and article text.
//
// It is read from each file's AST in a first pass (summarize) and taken in
// as soon as a file is read (add), whatever the order; finish() then puts it
// in the corpus' canonical file order. So a corpus too large to keep parsed
// can be built file by file in a second pass, each file parsed again then
// (streaming build), and the first pass holds no more than the index.
#pragma once

#include "evkg/grammar/parser.hpp"
#include "evkg/kg/dates.hpp"
#include "index/symbols.hpp"
#include "index/text_sources.hpp"

#include <deque>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace evkg::kg {

struct report_info {
    symbol const* report = nullptr;
    std::optional<civil_date> published;
    std::string language; // canonical BCP 47 tag, or empty
    symbol const* outlet = nullptr;
    std::optional<article_text> text;
};

// What the first pass keeps of one file: small, and without AST pointers.
struct file_summary {
    // One declaration, compact: a corpus of a million events has millions,
    // all held until the first pass ends.
    struct declared {
        std::string id;
        std::uint32_t id_begin = 0;
        decl_kind kind{};
        std::uint32_t problem = no_problem; // into `problems`: not a valid declaration
    };
    static constexpr std::uint32_t no_problem = UINT32_MAX;
    struct prefix {
        std::string name, iri;
        bool prefixed = false; // `prefix x: y:z`, an error
        source_range name_range, iri_range;
    };
    struct report {
        std::string id;
        report_info info; // without report and outlet (resolved in finish)
        std::vector<diagnostic> before_outlet, after_outlet;
        std::optional<std::string> outlet;
        source_range outlet_range;
    };
    file_id file = 0;
    std::vector<declared> declarations;
    std::vector<diagnostic> problems;       // unknown kinds, malformed identifiers
    std::vector<std::string> article_files; // the reports' `text` files, as read
    std::vector<prefix> prefixes;
    std::vector<report> reports;
};

// Reads what the index needs from one parsed file (and the reports' texts).
file_summary summarize(parsed_file const& file, source_set const& sources,
                       text_access const& access = {});

class corpus_index {
public:
    corpus_index(source_set const& sources, diagnostics& out);
    corpus_index(corpus_index const&) = delete;
    corpus_index& operator=(corpus_index const&) = delete;

    // One file, in any order: declares its symbols. Which of two declarations
    // of one identifier wins, and the errors, wait for finish().
    void add(file_summary summary);
    // After the last add(), with every file added in canonical order:
    // numbers the files in that order (file_index 0, 1, ...); reports the
    // malformed and duplicate declarations (the first in canonical order
    // wins), file by file; binds every file's prefixes; then resolves each
    // report's outlet, in report order. The diagnostics come in the order
    // they would have if the files had been added in canonical order.
    void finish(std::vector<file_id> const& canonical);

    source_set const& sources() const { return sources_; }
    diagnostics& out() const { return out_; }
    symbol_table const& symbols() const { return symbols_; }
    std::size_t file_count() const { return files_.size(); }
    file_id file_of(std::size_t file_index) const { return files_[file_index].file; }

    // Where a symbol's identifier is written, for notes ("declared here").
    source_range declared_at(symbol const& s) const;

    // The declaration `name` at `where` names, if its kind is one of
    // `wanted`; otherwise an error ("not declared; did you mean", or "must
    // be ..." with a note at the declaration) naming `role`.
    // Errors go to `out` (each worker of a parallel build has its own).
    symbol const* reference(diagnostics& out, source_range where, std::string_view name,
                            kind_set wanted, std::string_view role) const;

    using prefix_map = std::map<std::string, std::string, std::less<>>;
    // The prefixes a file binds (name -> IRI).
    prefix_map const& prefixes(std::size_t file_index) const;
    // How many identifiers the file declared (first definitions only).
    std::size_t declared_in(std::size_t file_index) const { return files_[file_index].declared; }
    // The files the reports of a file name with `text`, as read.
    std::vector<std::string> const& article_files(std::size_t file_index) const;
    // The reports a file declares, sorted by identifier.
    std::span<report_info const* const> reports_in(std::size_t file_index) const {
        return {file_reports_.data() + files_[file_index].first_report,
                files_[file_index].report_count};
    }
    // The report `report` declares (it must be a report's symbol).
    report_info const* report_info_of(symbol const& report) const;
    std::size_t report_count() const { return file_reports_.size(); }
    // Bytes held after finish(), for the benchmarks' account of memory.
    std::size_t bytes() const;

private:
    // One per file of the corpus: a corpus of a million events has 300,000,
    // so what few files have (prefixes, article texts) is kept aside.
    struct file_entry {
        file_id file = 0;
        std::uint32_t declared = 0;
        // Into reports_ until finish(), then into file_reports_.
        std::uint32_t first_report = 0, report_count = 0;
    };
    // What a report needs until finish(), besides its report_info (which
    // is in place from add() on): one per file of a news corpus.
    struct report_pending {
        symbol const* holder = nullptr;   // of the report's identifier: it won if it is this file's
        std::uint32_t outlet = no_outlet; // into outlet_names_: a corpus has few outlets
        static constexpr std::uint32_t no_outlet = UINT32_MAX;
        file_id file = 0;
        std::uint32_t outlet_begin = 0, outlet_end = 0;
        std::uint32_t problems = no_problems; // into report_problems_
        static constexpr std::uint32_t no_problems = UINT32_MAX;
    };
    std::deque<report_pending> report_pending_; // parallel to reports_ until finish()
    std::vector<std::string> outlet_names_;
    std::unordered_map<std::string, std::uint32_t> outlet_numbers_;
    // Until finish(), by file id: what few files have is kept aside.
    std::unordered_map<file_id, std::vector<file_summary::prefix>> pending_prefixes_;
    std::unordered_map<file_id, std::vector<std::pair<std::uint32_t, diagnostic>>>
        pending_problems_; // malformed declarations, by id_begin
    // A declaration of an identifier some other declaration holds. finish()
    // swaps it with the holder when it comes first in canonical order.
    struct contender {
        symbol* holder;
        decl_kind kind;
        std::uint32_t file; // file id until finish(), then file_index
        std::uint32_t id_begin;
    };

    void decide_contenders(std::vector<std::uint32_t> const& rank);
    void report_declarations();
    void bind_prefixes();
    void resolve_reports();

    source_set const& sources_;
    diagnostics& out_;
    symbol_table symbols_;
    std::vector<file_entry> files_; // by file id until finish(), then by file_index
    std::vector<std::pair<std::vector<diagnostic>, std::vector<diagnostic>>>
        report_problems_; // before and after the outlet's
    std::vector<contender> contenders_;
    std::unordered_map<std::uint32_t, prefix_map> prefixes_;                    // by file_index
    std::unordered_map<std::uint32_t, std::vector<std::string>> article_files_; // by file_index
    std::deque<report_info> reports_;              // in the order files come to add()
    std::vector<report_info const*> file_reports_; // those that won, by file, then by id
};

} // namespace evkg::kg
