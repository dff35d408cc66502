// Reading a whole file with plain system calls (a corpus has 10^5 files, and
// an ifstream costs each a locale, a buffer, seeks and a copy), never more
// than the limit: a device such as /dev/zero or an endless pipe is refused at
// the limit, not read until memory runs out.
#include "evkg/grammar/input_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace evkg {

namespace {

// Closes the descriptor on every way out (standard input is not ours: -1).
class file_descriptor {
public:
    explicit file_descriptor(int fd) : fd_(fd) {}
    file_descriptor(file_descriptor const&) = delete;
    file_descriptor& operator=(file_descriptor const&) = delete;
    ~file_descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }

private:
    int fd_;
};

input_read failed(std::string why) {
    input_read result;
    result.why = std::move(why);
    return result;
}

// Reads `fd` (described by `info`) to its end, or refuses it at one byte
// past `max_bytes`.
input_read read_descriptor(int fd, struct stat const& info, std::size_t max_bytes) {
    bool const regular = S_ISREG(info.st_mode);
    std::size_t const size =
        regular && info.st_size > 0 ? static_cast<std::size_t>(info.st_size) : 0;
    if (size > max_bytes)
        return failed(
            fmt::format("the file is {} bytes, more than the limit of {} bytes", size, max_bytes));
    // A regular file's size is known: one allocation, usually one read (a
    // byte more to see its end). Anything else grows as it comes, up to the
    // limit and one byte: enough to know it is too long.
    std::size_t const most = max_bytes + 1;
    std::string text;
    text.resize(size > 0 ? size + 1 : std::min<std::size_t>(65536, most));
    std::size_t used = 0;
    for (;;) {
        if (used == text.size()) {
            if (used >= most) break;
            text.resize(std::min(most, text.size() * 2));
        }
        ssize_t const got = ::read(fd, text.data() + used, text.size() - used);
        if (got < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) { // a non-blocking pipe we were given
                pollfd wait{fd, POLLIN, 0};
                ::poll(&wait, 1, -1);
                continue;
            }
            return failed(describe_file_error(errno));
        }
        if (got == 0) break;
        used += static_cast<std::size_t>(got);
        // A regular file reads short only at its end: no second read to
        // learn it (a file grown since fstat fills the buffer and goes on).
        if (size > 0 && used < text.size()) break;
    }
    if (used > max_bytes) {
        if (regular)
            return failed(fmt::format("the file grew past the limit of {} bytes while evkg read it",
                                      max_bytes));
        return failed(fmt::format("it is {} and gave more than the limit of {} bytes",
                                  file_type_name(info.st_mode), max_bytes));
    }
    text.resize(used);
    input_read result;
    result.text = std::move(text);
    result.regular = regular;
    return result;
}

} // namespace

char const* file_type_name(unsigned mode) {
    if (S_ISREG(mode)) return "a regular file";
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISFIFO(mode)) return "a pipe (FIFO)";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISLNK(mode)) return "a symbolic link";
    return "not a regular file";
}

std::string describe_file_error(int error) {
    switch (error) {
    case ENOENT:
        return "no such file";
    case ENOTDIR:
        return "no such file (a part of its path is not a directory)";
    case ELOOP:
        return "a loop of symbolic links (or too many of them in a row)";
    case EACCES:
        return "permission denied";
    default:
        return std::strerror(error);
    }
}

input_read read_input_file(char const* path, std::size_t max_bytes, input_kind kind) {
    // O_NONBLOCK: opening a FIFO without a writer returns at once (and the
    // fstat below refuses it) instead of waiting forever.
    int const flags =
        O_RDONLY | O_CLOEXEC | O_NOCTTY | (kind == input_kind::referenced ? O_NONBLOCK : 0);
    file_descriptor const file(::open(path, flags));
    if (file.get() < 0) return failed(describe_file_error(errno));
    struct stat info {};
    if (::fstat(file.get(), &info) != 0) return failed(describe_file_error(errno));
    if (S_ISDIR(info.st_mode)) return failed("it is a directory, not a file");
    if (kind == input_kind::referenced && !S_ISREG(info.st_mode))
        return failed(fmt::format("it is {}, not a regular file", file_type_name(info.st_mode)));
    return read_descriptor(file.get(), info, max_bytes);
}

input_read read_standard_input(std::size_t max_bytes) {
    struct stat info {};
    if (::fstat(STDIN_FILENO, &info) != 0) return failed(describe_file_error(errno));
    if (S_ISDIR(info.st_mode)) return failed("it is a directory, not a file");
    return read_descriptor(STDIN_FILENO, info, max_bytes);
}

} // namespace evkg
