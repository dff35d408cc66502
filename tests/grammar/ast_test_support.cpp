#include "ast_test_support.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <fstream>
#include <random>

namespace evkg::testing {

parse_result parse_text(std::string text, parse_limits const& limits) {
    parse_result result;
    file_id const id = result.sources.add("test.ev", std::move(text));
    result.file = parse_file(result.sources, id, result.found, limits);
    return result;
}

std::string dump_of(std::string text) {
    parse_result const result = parse_text(std::move(text));
    INFO(result.rendered());
    CHECK(result.found.all().empty());
    CHECK(result.file.ok);
    return result.dumped();
}

std::string diagnostics_of(std::string text) { return parse_text(std::move(text)).rendered(); }

temporary_directory::temporary_directory() {
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("evkg-grammar-test-" + std::to_string(random()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
}

temporary_directory::~temporary_directory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path temporary_directory::write(std::string const& name,
                                                 std::string const& text) const {
    std::filesystem::path const file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

} // namespace evkg::testing
