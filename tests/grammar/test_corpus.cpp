// load_corpus: files, directories, `use`, canonical paths, order.
#include "ast_test_support.hpp"

#include <catch2/catch.hpp>

using evkg::testing::temporary_directory;

namespace {

struct loaded {
    evkg::corpus corpus;
    evkg::diagnostics found;
    std::string rendered() const { return evkg::render_all(found, corpus.sources); }
    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (auto const& f : corpus.files)
            out.push_back(std::filesystem::path(corpus.sources[f.file].path()).filename().string());
        return out;
    }
};

loaded load(std::vector<std::string> const& paths, evkg::load_options const& options = {}) {
    loaded result;
    result.corpus = evkg::load_corpus(paths, result.found, options);
    return result;
}

} // namespace

TEST_CASE("missing files and directories are diagnostics without a place", "[corpus]") {
    temporary_directory dir;
    std::string const missing = (dir.path() / "nope.ev").string();
    auto const a = load({missing});
    CHECK(a.rendered() == "evkg: error: cannot read `" + missing + "`: no such file\n");
    CHECK(a.corpus.files.empty());
    auto const b = load({dir.path().string()});
    CHECK(b.rendered() == "evkg: error: cannot read `" + dir.path().string() +
                              "`: it is a directory, not an annotation file\n");
}

TEST_CASE("`use` is relative to the including file, each file loads once", "[corpus]") {
    temporary_directory dir;
    dir.write("reports/r.ev", "use \"../registry/reg.ev\"\nreport r\n");
    dir.write("registry/reg.ev", "use \"more.ev\"\nstate mali\n");
    dir.write("registry/more.ev", "use \"reg.ev\"\nuse \"../reports/r.ev\"\nstate niger\n");
    auto const a = load({(dir.path() / "reports/r.ev").string(),
                         (dir.path() / "registry/../registry/reg.ev").string()});
    INFO(a.rendered());
    CHECK(a.found.all().empty());
    // Sorted by canonical path: registry/more.ev, registry/reg.ev, reports/r.ev.
    CHECK(a.names() == std::vector<std::string>{"more.ev", "reg.ev", "r.ev"});
}

TEST_CASE("the command-line order does not change the result", "[corpus]") {
    temporary_directory dir;
    auto const x = dir.write("x.ev", "state x\n").string();
    auto const y = dir.write("y.ev", "state y\n").string();
    auto const z = dir.write("z.ev", "use \"x.ev\"\nstate z\n").string();
    auto const one = load({x, y, z});
    auto const two = load({z, y, x});
    CHECK(one.names() == two.names());
    CHECK(one.names() == std::vector<std::string>{"x.ev", "y.ev", "z.ev"});
}

TEST_CASE("a missing `use` target points at the string", "[corpus]") {
    temporary_directory dir;
    auto const r = dir.write("r.ev", "state a\nuse \"gone.ev\"\n").string();
    auto const a = load({r});
    REQUIRE(a.found.all().size() == 1);
    auto const& d = a.found.all()[0];
    CHECK(d.where.known);
    CHECK(d.where.begin == 12);
    CHECK(d.message == "cannot use `gone.ev`: no such file");
}

TEST_CASE("`use` depth is limited", "[corpus]") {
    temporary_directory dir;
    for (int i = 0; i < 5; ++i)
        dir.write("f" + std::to_string(i) + ".ev",
                  "use \"f" + std::to_string(i + 1) + ".ev\"\nstate s" + std::to_string(i) + "\n");
    dir.write("f5.ev", "state s5\n");
    evkg::load_options options;
    options.max_use_depth = 3;
    auto const a = load({(dir.path() / "f0.ev").string()}, options);
    REQUIRE(a.found.all().size() == 1);
    CHECK(a.found.all()[0].message == "`use` nested deeper than 3 files");
    CHECK(a.corpus.files.size() == 4);
    options.max_use_depth = 5;
    CHECK(load({(dir.path() / "f0.ev").string()}, options).found.all().empty());
}

TEST_CASE("too large files are refused before reading", "[corpus]") {
    temporary_directory dir;
    auto const big = dir.write("big.ev", std::string(100, '#')).string();
    evkg::load_options options;
    options.limits.max_file_bytes = 50;
    auto const a = load({big}, options);
    CHECK(a.rendered() == "evkg: error: cannot read `" + big +
                              "`: the file is 100 bytes, more than the limit of 50 bytes\n");
}
