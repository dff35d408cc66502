// What the builder must know of the whole corpus before it builds any file:
// every declared identifier (symbol_table), each file's prefixes, and each
// report's publication date, language, outlet and article text.
//
// It is read from each file's AST in a first pass (summarize), then put
// together in the corpus' canonical file order (add, finish), so a corpus too
// large to keep parsed can be built file by file in a second pass, each file
// parsed again then (streaming build).
#pragma once

#include "evkg/grammar/parser.hpp"
#include "evkg/kg/dates.hpp"
#include "symbols.hpp"
#include "text_sources.hpp"

#include <map>
#include <optional>
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

// Reads what the index needs from one parsed file.
file_summary summarize(parsed_file const& file, source_set const& sources);

class corpus_index {
public:
    corpus_index(source_set const& sources, diagnostics& out);
    corpus_index(corpus_index const&) = delete;
    corpus_index& operator=(corpus_index const&) = delete;

    // Files in canonical order (file_index 0, 1, ...): declares their symbols
    // (duplicates and malformed identifiers are errors).
    void add(file_summary summary);
    // After the last add(): binds every file's prefixes, then resolves each
    // report's outlet, in report order (the order of the diagnostics).
    void finish();

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

    // The prefixes a file binds (name -> IRI).
    std::map<std::string, std::string, std::less<>> const& prefixes(std::size_t file_index) const {
        return files_[file_index].prefixes;
    }
    // How many identifiers the file declared (first definitions only).
    std::size_t declared_in(std::size_t file_index) const { return files_[file_index].declared; }
    std::vector<symbol const*> const& reports_in(std::size_t file_index) const {
        return files_[file_index].reports;
    }
    report_info const* report_info_of(std::string_view report_id) const;

private:
    struct file_entry {
        file_id file = 0;
        std::map<std::string, std::string, std::less<>> prefixes;
        std::vector<symbol const*> reports; // sorted by id
        std::size_t declared = 0;
        std::vector<file_summary::prefix> pending_prefixes;
    };

    source_set const& sources_;
    diagnostics& out_;
    symbol_table symbols_;
    std::vector<file_entry> files_;
    std::vector<std::pair<std::size_t, file_summary::report>> pending_reports_; // file, report
    std::unordered_map<std::string_view, report_info> reports_;                 // by report id
};

} // namespace evkg::kg
