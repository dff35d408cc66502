// Parse throughput of grammar/: builds (in memory) a ~50 MB annotation file
// from the seed sample's declarations, replicated with renamed identifiers,
// and prints MB/s for parse_file (encoding check + X3 parse + structure
// check). Build RelWithDebInfo or Release; run with no argument, or with the
// size in MB.
#include "evkg/grammar/parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The declarations of a sample, without `use`, `prefix` and the `report`
// block (a file may declare one report only).
std::string declarations_of(std::string const& text) {
    std::istringstream lines(text);
    std::string out, line;
    bool in_report = false;
    while (std::getline(lines, line)) {
        if (line.rfind("report ", 0) == 0) in_report = true;
        if (in_report) {
            if (line == "}") in_report = false;
            continue;
        }
        if (line.rfind("use ", 0) == 0 || line.rfind("prefix ", 0) == 0) continue;
        out += line + "\n";
    }
    return out;
}

// Copy `n` of the declarations: every declared identifier gets the suffix -n.
std::string replica(std::string const& declarations, std::size_t n) {
    static std::regex const header(R"(^([a-z]+) ([A-Za-z_][A-Za-z0-9_-]*))", std::regex::multiline);
    return std::regex_replace(declarations, header, "$1 $2-" + std::to_string(n));
}

} // namespace

int main(int argc, char** argv) {
    std::size_t const megabytes = argc > 1 ? std::stoul(argv[1]) : 50;
    std::string const samples = EVKG_SAMPLES_DIR;
    std::string const registry = read(samples + "/sahel-registry.ev");
    std::string const report = read(samples + "/tinzaouatene.ev");
    std::string const body = declarations_of(registry) + declarations_of(report);

    std::string text = "prefix wd: <http://www.wikidata.org/entity/>\n"
                       "prefix gn: <https://sws.geonames.org/>\n";
    for (std::size_t n = 0; text.size() < megabytes * 1000000; ++n)
        text += replica(body, n);
    double const size_mb = static_cast<double>(text.size()) / 1e6;

    evkg::source_set sources;
    evkg::file_id const id = sources.add("generated.ev", std::move(text));
    // Wall time, and process CPU time (the better figure on a shared machine).
    std::vector<double> seconds, cpu_seconds;
    std::size_t statements = 0;
    for (int run = 0; run < 5; ++run) {
        evkg::diagnostics found;
        std::clock_t const cpu_start = std::clock();
        auto const start = std::chrono::steady_clock::now();
        evkg::parsed_file const parsed = evkg::parse_file(sources, id, found);
        auto const stop = std::chrono::steady_clock::now();
        std::clock_t const cpu_stop = std::clock();
        if (!found.all().empty()) {
            fmt::print(stderr, "the generated file has diagnostics:\n{}",
                       evkg::render_all(found, sources));
            return 1;
        }
        statements = parsed.document.statements.size();
        seconds.push_back(std::chrono::duration<double>(stop - start).count());
        cpu_seconds.push_back(static_cast<double>(cpu_stop - cpu_start) / CLOCKS_PER_SEC);
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpu_seconds.begin(), cpu_seconds.end());
    fmt::print("parsed {:.1f} MB ({} statements) 5 times\n"
               "  wall: median {:.3f} s = {:.1f} MB/s, best {:.3f} s = {:.1f} MB/s\n"
               "  cpu:  median {:.3f} s = {:.1f} MB/s, best {:.3f} s = {:.1f} MB/s\n",
               size_mb, statements, seconds[2], size_mb / seconds[2], seconds[0],
               size_mb / seconds[0], cpu_seconds[2], size_mb / cpu_seconds[2], cpu_seconds[0],
               size_mb / cpu_seconds[0]);
    return 0;
}
