// evkg-diagnose: loads annotation files as load_corpus does and prints the
// rendered diagnostics (or, with --dump, the AST). The golden runner for
// tests/bad uses it; it is also handy when writing a new golden.
//
//   evkg_grammar_diagnose [--dump] [--check-golden EXPECTED] FILE...
#include "evkg/grammar/ast_dump.hpp"
#include "evkg/grammar/parser.hpp"

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    bool dump = false;
    std::string golden;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        std::string const arg = argv[i];
        if (arg == "--dump")
            dump = true;
        else if (arg == "--check-golden" && i + 1 < argc)
            golden = argv[++i];
        else
            paths.push_back(arg);
    }
    evkg::diagnostics diagnostics;
    evkg::corpus const corpus = evkg::load_corpus(paths, diagnostics);
    std::string const rendered = evkg::render_all(diagnostics, corpus.sources);
    if (dump)
        for (auto const& file : corpus.files)
            std::cout << "== " << corpus.sources[file.file].path() << "\n"
                      << evkg::ast::dump(file.document);
    if (golden.empty()) {
        std::cout << rendered;
        return diagnostics.has_errors() ? 1 : 0;
    }
    std::ifstream in(golden, std::ios::binary);
    if (!in) {
        std::cerr << "cannot read golden file " << golden << "\n";
        return 2;
    }
    std::ostringstream expected;
    expected << in.rdbuf();
    if (expected.str() == rendered) return 0;
    std::cerr << "diagnostics differ from " << golden << "\n--- expected\n"
              << expected.str() << "--- actual\n"
              << rendered;
    return 1;
}
