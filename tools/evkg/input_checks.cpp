#include "input_checks.hpp"

#include "evkg/grammar/input_files.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace evkg::cli {

std::optional<std::string> check_inputs_readable(std::vector<std::string> const& inputs) {
    for (auto const& path : inputs) {
        if (path == "-") continue;
        struct stat info {};
        if (::stat(path.c_str(), &info) != 0)
            return fmt::format("cannot read '{}': {}", path, evkg::describe_file_error(errno));
        if (S_ISDIR(info.st_mode))
            return fmt::format("cannot read '{}': it is a directory (give the .ev files)", path);
        if (::access(path.c_str(), R_OK) != 0)
            return fmt::format("cannot read '{}': {}", path, std::strerror(errno));
    }
    return std::nullopt;
}

std::optional<std::string> output_clashes_with_input(std::string const& output,
                                                     input_walk const& inputs) {
    if (output == "-") return std::nullopt;
    struct stat out {};
    if (::stat(output.c_str(), &out) != 0) return std::nullopt; // does not exist yet
    std::optional<std::string> clash;
    inputs([&](std::string const& path) {
        struct stat in {};
        if (path != "-" && ::stat(path.c_str(), &in) == 0 && in.st_dev == out.st_dev &&
            in.st_ino == out.st_ino)
            clash = fmt::format("refusing to write the output over the input '{}'", path);
        return !clash;
    });
    return clash;
}

std::optional<std::string> output_directory_problem(std::string const& output) {
    if (output == "-") return std::nullopt;
    std::error_code ec;
    if (std::filesystem::is_directory(output, ec))
        return fmt::format("cannot create '{}': it is a directory", output);
    std::filesystem::path const parent = std::filesystem::path(output).parent_path();
    if (parent.empty()) return std::nullopt;
    if (!std::filesystem::is_directory(parent, ec))
        return fmt::format("cannot create '{}': directory '{}' does not exist", output,
                           parent.string());
    return std::nullopt;
}

} // namespace evkg::cli
