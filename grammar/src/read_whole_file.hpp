// Reading a whole file with plain system calls: a corpus has 10^5 files, and
// an ifstream costs each a locale, a buffer, seeks and a copy through a
// stringbuf.
#pragma once

#include <optional>
#include <string>

namespace evkg::detail {

// The bytes of `path` (a regular file, or a pipe or device read to its end),
// or nullopt with the reason in `why` (strerror).
std::optional<std::string> read_whole_file(char const* path, std::string& why);

} // namespace evkg::detail
