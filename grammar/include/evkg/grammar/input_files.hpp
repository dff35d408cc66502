// Every file evkg reads goes through read_input_file: refused past its size
// limit before memory grows, and, when a corpus file names it (`use`,
// `text`), only a regular file, opened so that no read can wait forever.
// corpus_root confines what corpus files may name (--root).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace evkg {

enum class input_kind {
    // Named by whoever runs evkg (the command line): a pipe, a FIFO or a
    // device is read, up to the limit, as `cat` would (a FIFO waits for its
    // writer: the caller asked for it).
    named,
    // Named inside a corpus file (`use`, `text`): a regular file only,
    // opened without blocking, so a FIFO or a device never stalls a build.
    referenced,
};

struct input_read {
    std::optional<std::string> text; // the bytes; nullopt on failure
    std::string why;                 // on failure: why, in words ("no such file", ...)
    bool regular = false;            // a regular file, which can be read again
};

// The bytes of `path`, at most `max_bytes` of them: a regular file larger
// than that is refused before it is read, anything else once it has given
// one byte more.
input_read read_input_file(char const* path, std::size_t max_bytes, input_kind kind);

// Standard input, with the same bound.
input_read read_standard_input(std::size_t max_bytes);

// "a directory", "a FIFO", "a character device", ... for a stat(2) st_mode.
char const* file_type_name(unsigned mode);

// strerror(error), in the words diagnostics use ("no such file"; ELOOP
// named as a loop of symbolic links).
std::string describe_file_error(int error);

// --root DIR: the folder every `use` and `text` must stay in, after `..`
// and symbolic links are resolved.
class corpus_root {
public:
    // nullopt (and `why`) unless `directory` is a directory.
    static std::optional<corpus_root> open(std::string const& directory, std::string& why);

    // The canonical path of `target`, as written in a file whose folder is
    // `folder`; nullopt (and `why`) for an absolute target or one that lies
    // outside the root. `why` never quotes the target's content, nor where a
    // link outside the root points.
    std::optional<std::string> confine(std::string const& folder, std::string const& target,
                                       std::string& why) const;

    std::string const& path() const { return canonical_; }

private:
    explicit corpus_root(std::string canonical) : canonical_(std::move(canonical)) {}
    std::string canonical_;
};

} // namespace evkg
