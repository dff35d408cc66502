#include "read_whole_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace evkg::detail {

namespace {

// Closes the descriptor on every way out.
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

} // namespace

std::optional<std::string> read_whole_file(char const* path, std::string& why) {
    file_descriptor const file(::open(path, O_RDONLY | O_CLOEXEC));
    if (file.get() < 0) {
        why = std::strerror(errno);
        return std::nullopt;
    }
    struct stat info {};
    if (::fstat(file.get(), &info) != 0) {
        why = std::strerror(errno);
        return std::nullopt;
    }
    // A regular file's size is known: one allocation, usually one read.
    // Anything else (a pipe) grows as it comes; so does a file that grows.
    std::string text;
    std::size_t const expected =
        S_ISREG(info.st_mode) && info.st_size > 0 ? static_cast<std::size_t>(info.st_size) : 0;
    text.resize(expected > 0 ? expected + 1 : 65536);
    std::size_t used = 0;
    for (;;) {
        if (used == text.size()) text.resize(text.size() * 2);
        ssize_t const got = ::read(file.get(), text.data() + used, text.size() - used);
        if (got < 0) {
            if (errno == EINTR) continue;
            why = std::strerror(errno);
            return std::nullopt;
        }
        if (got == 0) break;
        used += static_cast<std::size_t>(got);
        // A regular file reads short only at its end: no second read to
        // learn it (a file grown since fstat fills the buffer and goes on).
        if (expected > 0 && used < text.size()) break;
    }
    text.resize(used);
    return text;
}

} // namespace evkg::detail
