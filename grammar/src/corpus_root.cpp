// --root: `use` and `text` stay inside one folder. The check is made on the
// canonical path (every `..` and symbolic link resolved), and evkg then opens
// that canonical path, so a link inside the corpus cannot lead out of it.
#include "evkg/grammar/input_files.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <system_error>

namespace evkg {

namespace fs = std::filesystem;

std::optional<corpus_root> corpus_root::open(std::string const& directory, std::string& why) {
    std::error_code error;
    fs::path const canonical = fs::canonical(directory.empty() ? "." : directory, error);
    if (error) {
        why = describe_file_error(error.value());
        return std::nullopt;
    }
    if (!fs::is_directory(canonical, error)) {
        why = "it is not a directory";
        return std::nullopt;
    }
    return corpus_root(canonical.string());
}

std::optional<std::string> corpus_root::confine(std::string const& folder,
                                                std::string const& target, std::string& why) const {
    if (!target.empty() && target.front() == '/') {
        why = fmt::format("absolute paths are refused under --root (write the path relative to "
                          "this file, inside `{}`)",
                          canonical_);
        return std::nullopt;
    }
    std::error_code error;
    // Resolves every link and `..` of the part that exists; a missing rest
    // is normalised as text, so a missing file inside the root is "no such
    // file" later, and one outside is refused here whether it exists or not.
    fs::path const resolved =
        fs::weakly_canonical(fs::path(folder.empty() ? "." : folder) / target, error);
    if (error) {
        why = describe_file_error(error.value());
        return std::nullopt;
    }
    std::string const& path = resolved.native();
    bool const inside =
        canonical_ == "/" || (path.compare(0, canonical_.size(), canonical_) == 0 &&
                              (path.size() == canonical_.size() || path[canonical_.size()] == '/'));
    if (!inside) {
        why = fmt::format("it lies outside the root `{}` (after resolving `..` and symbolic "
                          "links)",
                          canonical_);
        return std::nullopt;
    }
    return path;
}

} // namespace evkg
