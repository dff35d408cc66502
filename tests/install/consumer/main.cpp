// A program a researcher might write: use evkg as a library to build the
// graph of a corpus and report its size.
#include <evkg/grammar/parser.hpp>
#include <evkg/kg/build.hpp>

#include <iostream>

int main(int argc, char** argv) {
    evkg::diagnostics ds;
    evkg::corpus corpus = evkg::load_corpus({argv + 1, argv + argc}, ds);
    auto data = evkg::kg::build(corpus, {}, ds);
    std::cerr << evkg::render_all(ds, corpus.sources);
    if (!data) return 1;
    std::cout << "quads: " << data->quad_count() << "\n";
    return 0;
}
