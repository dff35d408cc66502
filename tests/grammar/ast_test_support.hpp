// Helpers for the grammar tests: parse a string as a file named "test.ev" and
// look at its AST dump or its rendered diagnostics.
#pragma once

#include "evkg/grammar/ast_dump.hpp"
#include "evkg/grammar/parser.hpp"

#include <filesystem>
#include <string>

namespace evkg::testing {

struct parse_result {
    source_set sources;
    parsed_file file;
    diagnostics found;
    std::string rendered() const { return render_all(found, sources); }
    std::string dumped() const { return ast::dump(file.document); }
};

parse_result parse_text(std::string text, parse_limits const& limits = {});

// The AST dump of a text that must parse without any diagnostic.
std::string dump_of(std::string text);

// The rendered diagnostics of a text ("" when there are none).
std::string diagnostics_of(std::string text);

// A fresh, empty directory under the system's temporary directory, removed
// when the object goes.
class temporary_directory {
public:
    temporary_directory();
    ~temporary_directory();
    temporary_directory(temporary_directory const&) = delete;
    temporary_directory& operator=(temporary_directory const&) = delete;
    std::filesystem::path const& path() const { return path_; }
    std::filesystem::path write(std::string const& name, std::string const& text) const;

private:
    std::filesystem::path path_;
};

} // namespace evkg::testing
